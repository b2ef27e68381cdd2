import sys
def varint(b,p):
    r=0;s=0
    while True:
        x=b[p];p+=1;r|=(x&0x7f)<<s;s+=7
        if x<0x80: return r,p
def zz(n): return (n>>1)^-(n&1)
def cities(path):
    b=open(path,'rb').read();p=0;lat=0;lon=0
    while p<len(b):
        ln,p=varint(b,p);end=p+ln;c={}
        while p<end:
            key,p=varint(b,p);tag=key>>3;wt=key&7
            if wt==2:
                l,p=varint(b,p);v=b[p:p+l].decode('utf-8');p+=l
                c[{2:'name',3:'country',4:'alt',5:'muni',6:'munisub',7:'fc',8:'admin'}[tag]]=v
            else:
                v,p=varint(b,p)
                if tag==1:c['id']=zz(v)
                elif tag==9:c['pop']=v
                elif tag==10: lon+=zz(v); c['lon']=lon/1e5
                elif tag==11: lat+=zz(v); c['lat']=lat/1e5
        yield c
if __name__=='__main__':
    import collections
    cs=list(cities(sys.argv[1]))
    print(len(cs)); print(cs[:3])
    print(collections.Counter(c.get('fc') for c in cs).most_common(30))
    for c in cs:
        if c['name'] in ('Rafaḩ','Khān Yūnis','Jabālyā','Dayr al Balaḩ','Gaza','Washington','Tbilisi','Albany','Doha','Baghdad','Tehran') or 'Balah' in c['name'] or 'Jabal' in c['name'] and c['country']=='PS':
            print(c)
    print(collections.Counter(bool(c.get('alt')) for c in cs), [c for c in cs if c.get('alt')][:3])

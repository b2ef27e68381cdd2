// Writes the map's world outline: Natural Earth 1:110m countries (public domain) from the npm
// package world-atlas 2.0.2 (ISC), as SVG path data in an equirectangular projection
// (x = longitude + 180, y = 90 - latitude, tenths of a degree), so the page draws it without
// any projection code. Run once when updating the outline; the output is committed:
//   npm install world-atlas@2.0.2 topojson-client@3.1.0
//   node newsgraph-server/tools/world-outline.mjs > newsgraph-server/src/main/resources/org/newsgraph/server/web/data/world-110m.json
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(process.cwd() + '/');
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const countries = feature(topo, topo.objects.countries).features;
const r = (v) => Math.round(v * 10) / 10;
// A ring that crosses the antimeridian jumps across the map: start a new subpath there instead.
const ring = (points) => points.map(([lon, lat], i) => {
  const jump = i === 0 || Math.abs(lon - points[i - 1][0]) > 180;
  return (jump ? 'M' : 'L') + r(lon + 180) + ' ' + r(90 - lat);
}).join('') + 'Z';
const path = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((poly) => poly.map(ring).join('')).join('');
const out = {
  source: 'Natural Earth 1:110m countries (public domain), via the npm package world-atlas 2.0.2',
  projection: 'equirectangular: x = lon + 180, y = 90 - lat',
  countries: countries.filter((f) => f.geometry).map((f) => ({ name: f.properties.name, d: path(f.geometry) })),
};
process.stdout.write(JSON.stringify(out) + '\n');

// A map of the places the articles mention: the bundled world outline, one circle per place.

import { get, world } from '../api.js';
import { el, empty, fill, link, route, section, svg } from '../dom.js';

export async function mapPage(view) {
  const [outline, places] = await Promise.all([world(), get('places', { limit: 500 })]);
  const top = Math.max(1, ...places.places.map((p) => p.articles));
  const map = svg('svg', { class: 'map', viewBox: '0 0 360 180', role: 'img', 'aria-label': 'places on a world map' },
    svg('rect', { class: 'sea', x: 0, y: 0, width: 360, height: 180 }),
    outline.countries.map((c) => svg('path', { class: 'country', d: c.d }, svg('title', {}, c.name))),
    places.places.map((p) => {
      const dot = svg('circle', { class: 'place', cx: p.lon + 180, cy: 90 - p.lat, r: 0.8 + 3 * Math.sqrt(p.articles / top) },
        svg('title', {}, `${p.name}${p.country ? ', ' + p.country : ''}: ${p.articles} articles`));
      dot.addEventListener('click', () => { window.location.hash = route('/', { place: p.name }); });
      return dot;
    }));
  fill(view, el('h1', {}, 'Map'), el('div', { class: 'map-box' }, map),
    section('Places', places.places.length === 0 ? empty('No places with coordinates yet: they appear when the geocoder has run.') :
      el('ul', { class: 'facet columns' }, places.places.map((p) => el('li', {},
        link('/', { place: p.name }, p.name), p.country ? ' (' + p.country + ')' : '', ' ', el('span', { class: 'n' }, p.articles))))));
}

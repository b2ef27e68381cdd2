// Actors: who the articles are about, with aliases, titles and counts.

import { get } from '../api.js';
import { el, empty, fill, link, on, route } from '../dom.js';

const PAGE = 50;

export async function actorsPage(view, params) {
  const q = params.get('q') || '';
  const offset = Number(params.get('offset') || 0);
  const result = await get('actors', { q, limit: PAGE, offset });
  const input = el('input', { type: 'search', name: 'q', value: q, placeholder: 'part of a name', 'aria-label': 'name' });
  const form = on(el('form', { class: 'search' }, input, el('button', { type: 'submit' }, 'Find')), 'submit', (e) => {
    e.preventDefault();
    window.location.hash = route('/actors', { q: input.value });
  });
  fill(view, el('h1', {}, 'Actors'), form,
    result.items.length === 0 ? empty('No actors yet: they appear when the actor extractor has run over the articles.')
      : el('table', { class: 'grid actors' },
        el('thead', {}, el('tr', {}, ['Name', 'Type', 'Aliases', 'Titles', 'Articles', 'Quotes', 'Figures'].map((h) => el('th', {}, h)))),
        el('tbody', {}, result.items.map((a) => el('tr', {},
          el('td', {}, link('/actor', { name: a.name }, a.name)), el('td', {}, a.type || ''),
          el('td', {}, a.aliases.join(', ')), el('td', {}, a.titles.join(', ')),
          el('td', { class: 'n' }, a.articles), el('td', { class: 'n' }, a.quotes), el('td', { class: 'n' }, a.figures))))),
    el('nav', { class: 'pager' },
      offset > 0 ? link('/actors', { q, offset: Math.max(0, offset - PAGE) }, '← previous') : null,
      result.more ? link('/actors', { q, offset: offset + PAGE }, 'more →') : null));
}

// Search: words and filters in the address (#/?q=...&actor=...), results with snippets, facets to narrow by.

import { get } from '../api.js';
import { day, el, empty, fill, link, on, route, section } from '../dom.js';

const FILTERS = ['q', 'from', 'to', 'actor', 'place', 'source', 'quotes'];
const PAGE = 20;

export async function searchPage(view, params) {
  const current = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) || '']));
  const offset = Number(params.get('offset') || 0);
  const result = await get('search', { ...current, limit: PAGE, offset });
  const stats = await get('stats');
  fill(view, 
    form(current),
    chips(current),
    el('div', { class: 'search-layout' },
      el('div', { class: 'results' },
        el('p', { class: 'meta' }, stats.articles.toLocaleString('en') + ' articles in the store'),
        result.items.length === 0 ? empty('No article matches.') : el('ol', { class: 'hits', start: offset + 1 },
          result.items.map(hit)),
        pager(current, offset, result)),
      facets(current, result.facets)));
}

function form(current) {
  const q = el('input', { type: 'search', name: 'q', value: current.q, placeholder: 'ceasefire AND Doha, "orderly exit", headline:strike', 'aria-label': 'words' });
  const from = el('input', { type: 'date', name: 'from', value: current.from, 'aria-label': 'from' });
  const to = el('input', { type: 'date', name: 'to', value: current.to, 'aria-label': 'to' });
  const quotes = el('input', { type: 'checkbox', name: 'quotes', checked: current.quotes === 'true' });
  const f = el('form', { class: 'search', role: 'search' }, q, el('label', {}, 'from ', from), el('label', {}, 'to ', to),
    el('label', {}, quotes, ' with quotes'), el('button', { type: 'submit' }, 'Search'));
  return on(f, 'submit', (event) => {
    event.preventDefault();
    window.location.hash = route('/', { ...current, q: q.value, from: from.value, to: to.value, quotes: quotes.checked ? 'true' : '' });
  });
}

function chips(current) {
  const active = ['actor', 'place', 'source', 'from', 'to'].filter((k) => current[k]);
  if (active.length === 0) return null;
  return el('p', { class: 'chips' }, 'Filtered by: ', active.map((k) =>
    link('/', { ...current, [k]: '' }, el('span', { class: 'chip' }, k + ': ' + current[k] + ' ✕'))));
}

function hit(h) {
  return el('li', { class: 'hit' },
    el('h3', {}, link('/article/' + h.id, {}, h.headline || '(no headline)')),
    el('p', { class: 'meta' }, day(h.published), ' · ', h.sourcePath || '',
      h.prints > 1 ? el('span', { class: 'prints' }, ' · and ' + (h.prints - 1) + ' more '
        + (h.prints === 2 ? 'print' : 'prints') + ' of this story') : null),
    el('p', { class: 'snippet' }, marked(h.snippet || '')));
}

/** The snippet's matches sit between U+E000 and U+E001: cut there into text and <mark>, never parse it. */
function marked(snippet) {
  const out = [];
  for (const part of snippet.split('\uE000')) {
    const [inside, after] = part.includes('\uE001') ? part.split('\uE001', 2) : [null, part];
    if (inside !== null) out.push(el('mark', {}, inside));
    if (after) out.push(after);
  }
  return out;
}

function pager(current, offset, result) {
  return el('nav', { class: 'pager' },
    offset > 0 ? link('/', { ...current, offset: Math.max(0, offset - PAGE) }, '← newer / better') : null,
    result.more ? link('/', { ...current, offset: offset + PAGE }, 'more →') : null);
}

function facets(current, f) {
  if (!f) return null;
  const group = (title, counts, apply) => section(title, counts.length === 0 ? empty('—') : el('ul', { class: 'facet' },
    counts.map((c) => el('li', {}, link('/', { ...current, offset: '', ...apply(c.value) }, c.value), ' ', el('span', { class: 'n' }, c.n)))));
  return el('aside', { class: 'facets' },
    group('Month', f.months, monthSpan),
    group('Source', f.sources, (v) => ({ source: v })),
    group('Actor', f.actors, (v) => ({ actor: v })),
    group('Place', f.places, (v) => ({ place: v })));
}

function monthSpan(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: month + '-01', to: month + '-' + String(last).padStart(2, '0') };
}

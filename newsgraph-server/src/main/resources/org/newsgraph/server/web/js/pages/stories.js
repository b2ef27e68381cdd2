// Stories: texts the store holds several prints of (the same story from several outlets or files).

import { get } from '../api.js';
import { day, el, empty, fill, link } from '../dom.js';

const PAGE = 50;

export async function storiesPage(view, params) {
  const offset = Number(params.get('offset') || 0);
  const min = params.get('min') || '';
  const result = await get('stories', { min, limit: PAGE, offset });
  fill(view, el('h1', {}, 'Stories'),
    el('p', { class: 'meta' }, 'Texts stored more than once: reprints of one story across outlets or files, the most printed first.'),
    result.items.length === 0 ? empty('No story is stored more than once yet.')
      : el('table', { class: 'grid stories' },
        el('thead', {}, el('tr', {}, ['Story', 'Prints', 'Published', 'Sources'].map((h) => el('th', {}, h)))),
        el('tbody', {}, result.items.map((s) => el('tr', {},
          el('td', {}, link('/article/' + s.id, {}, s.headline || '(no headline)')),
          el('td', { class: 'n' }, s.prints),
          el('td', { class: 'date' }, s.firstPublished === s.lastPublished ? day(s.firstPublished)
            : day(s.firstPublished) + ' – ' + day(s.lastPublished)),
          el('td', { class: 'sources' }, s.sources.join(', ')))))),
    el('nav', { class: 'pager' },
      offset > 0 ? link('/stories', { min, offset: Math.max(0, offset - PAGE) }, '← previous') : null,
      result.more ? link('/stories', { min, offset: offset + PAGE }, 'more →') : null));
}

// The timeline: articles, events and quotes per day; the events themselves below.

import { get } from '../api.js';
import { dayBars } from '../chart.js';
import { day, el, empty, fill, link, route, section } from '../dom.js';

export async function timelinePage(view, params) {
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const [timeline, events] = await Promise.all([get('timeline', { from, to }), get('events', { from, to, limit: 100 })]);
  fill(view, el('h1', {}, 'Timeline'),
    section('Per day', dayBars('articles, events and quotes per day', timeline.days, [
      { field: 'articles', label: 'articles', cls: 's0' }, { field: 'events', label: 'events', cls: 's1' },
      { field: 'quotes', label: 'quotes', cls: 's2' }], (d) => { window.location.hash = route('/', { from: d, to: d }); })),
    section('Events', events.items.length === 0 ? empty('No events yet: they appear when the event extractor has run.') :
      el('ol', { class: 'events' }, events.items.map((e) => el('li', {},
        el('span', { class: 'date' }, e.date || day(e.article.published)), ' ',
        e.source ? link('/actor', { name: e.source }, e.source) : '?', ' ', el('strong', {}, e.action || ''), ' ',
        e.target ? link('/actor', { name: e.target }, e.target) : '', e.place ? ' in ' + e.place : '', ' — ',
        link('/article/' + e.article.id, { fact: 'event:' + e.ord }, e.article.headline || 'article'))))));
}

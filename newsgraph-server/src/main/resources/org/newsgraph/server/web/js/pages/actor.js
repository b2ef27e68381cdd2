// One actor: aliases and titles, quotes over time, figures claimed, the articles that name them.

import { get } from '../api.js';
import { dayBars } from '../chart.js';
import { day, el, empty, fill, link, number, section } from '../dom.js';

export async function actorPage(view, params) {
  const name = params.get('name') || '';
  const [actor, quotes, figures] = await Promise.all([
    get('actor', { name }),
    get('quotes', { speaker: name, limit: 100 }),
    get('figures', { claimant: name, limit: 100 }),
  ]);
  const perDay = new Map();
  for (const c of actor.quotesPerDay) perDay.set(c.value, { date: c.value, quotes: c.n, figures: 0 });
  for (const c of actor.figuresPerDay) {
    const row = perDay.get(c.value) || { date: c.value, quotes: 0, figures: 0 };
    row.figures = c.n;
    perDay.set(c.value, row);
  }
  const days = [...perDay.values()].sort((a, b) => a.date.localeCompare(b.date));
  fill(view, 
    el('header', { class: 'actor-head' },
      el('h1', {}, actor.name),
      el('p', { class: 'meta' }, actor.types.join(', ') || 'type unknown', ' · ', actor.articles, ' articles · ',
        actor.mentions, ' mentions · ', actor.quotes, ' quotes · ', actor.figures, ' figures claimed'),
      el('dl', { class: 'names' },
        el('dt', {}, 'Also called'), el('dd', {}, actor.aliases.length ? actor.aliases.join(', ') : '—'),
        el('dt', {}, 'Titles'), el('dd', {}, actor.titles.length ? actor.titles.join(', ') : '—'))),
    section('Quotes and figures over time', dayBars('quotes and figures per day', days, [
      { field: 'quotes', label: 'quotes', cls: 's0' }, { field: 'figures', label: 'figures', cls: 's1' }])),
    section('Quotes (' + actor.quotes + ')', quotes.items.length === 0 ? empty('No quotes attributed.') :
      el('ol', { class: 'quotes' }, quotes.items.map((q) => el('li', {},
        el('span', { class: 'date' }, day(q.article.published)), ' ',
        link('/article/' + q.article.id, { fact: 'quote:' + q.ord }, el('q', {}, q.text)),
        el('span', { class: 'who' }, q.cue ? ' ' + q.cue : '', q.medium ? ' (' + q.medium + ')' : '',
          ' — ', q.article.headline || ''))))),
    section('Figures claimed (' + actor.figures + ')', figures.items.length === 0 ? empty('No figures claimed.') :
      el('table', { class: 'grid' },
        el('thead', {}, el('tr', {}, ['Date', 'Figure', 'Counts', 'Where', 'When', 'Article'].map((h) => el('th', {}, h)))),
        el('tbody', {}, figures.items.map((f) => el('tr', {},
          el('td', {}, day(f.article.published)),
          el('td', { class: 'n' }, link('/article/' + f.article.id, { fact: 'figure:' + f.ord },
            [f.qualifier, number(f.value)].filter(Boolean).join(' '))),
          el('td', {}, f.counts ? link('/figures', { counts: f.counts }, f.counts) : ''),
          el('td', {}, f.where || ''), el('td', {}, f.when || ''), el('td', {}, f.article.headline || '')))))),
    section('Articles', actor.latestArticles.length === 0 ? empty('None.') : el('ul', { class: 'articles' },
      actor.latestArticles.map((a) => el('li', {}, el('span', { class: 'date' }, day(a.published)), ' ',
        link('/article/' + a.id, {}, a.headline || '(no headline)'))))));
}

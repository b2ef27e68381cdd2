// One quantity (what figures count) with each claimant's figures side by side over time.

import { get } from '../api.js';
import { seriesOverTime } from '../chart.js';
import { day, el, empty, fill, link, number, section } from '../dom.js';

const SERIES = 8;

export async function figuresPage(view, params) {
  const quantities = await get('figures/quantities', { limit: 30 });
  // the default quantity is the most frequent named one: 'other' and 'rate' are catch-alls, not a quantity to follow
  const named = quantities.items.find(q => q.value !== 'other' && q.value !== 'rate') || quantities.items[0];
  const counts = params.get('counts') || (named && named.value) || '';
  const picker = el('p', { class: 'chips' }, 'Quantity: ', quantities.items.map((q) =>
    link('/figures', { counts: q.value }, el('span', { class: q.value === counts ? 'chip active' : 'chip' }, q.value + ' (' + q.n + ')'))));
  if (!counts) {
    fill(view, el('h1', {}, 'Figures'), empty('No figures yet: they appear when the figure extractor has run over the articles.'));
    return;
  }
  const figures = await get('figures', { counts, limit: 100 });
  const byClaimant = new Map();
  for (const f of figures.items) {
    const who = f.claimant || 'unattributed';
    if (!byClaimant.has(who)) byClaimant.set(who, []);
    byClaimant.get(who).push(f);
  }
  const claimants = [...byClaimant.keys()];
  const series = claimants.map((who, i) => ({
    name: who, cls: 's' + (i % SERIES),
    points: byClaimant.get(who).map((f) => ({ date: dateOf(f), value: f.value,
      title: `${who}: ${[f.qualifier, number(f.value)].filter(Boolean).join(' ')} ${f.counts} (${dateOf(f)})` })),
  }));
  const dates = [...new Set(figures.items.map(dateOf))].sort();
  const table = el('table', { class: 'grid side-by-side' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Date'), claimants.map((who) => el('th', {},
      who === 'unattributed' ? who : link('/actor', { name: who }, who))))),
    el('tbody', {}, dates.map((d) => el('tr', {}, el('td', {}, d), claimants.map((who) => el('td', { class: 'n' },
      byClaimant.get(who).filter((f) => dateOf(f) === d).map((f) => el('div', {},
        link('/article/' + f.article.id, { fact: 'figure:' + f.ord }, [f.qualifier, number(f.value)].filter(Boolean).join(' ')),
        f.where ? el('span', { class: 'who' }, ' ' + f.where) : null))))))));
  fill(view, el('h1', {}, 'Figures: ', counts), picker,
    section('Each claimant over time', seriesOverTime(counts + ' by claimant', series)),
    section('Side by side', table),
    figures.more ? el('p', { class: 'meta' }, 'Showing the first ' + figures.items.length + ' figures.') : null);
}

/** A figure's day: its own "when" if that is a day, else its article's publication day. */
function dateOf(f) {
  return /^\d{4}-\d{2}-\d{2}/.test(f.when || '') ? f.when.slice(0, 10) : day(f.article.published);
}

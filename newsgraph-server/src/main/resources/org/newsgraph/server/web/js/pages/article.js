// One article: the clean text with its facts highlighted, the facts in a side panel. Clicking a
// fact scrolls the text to its sentence and highlights both.

import { get } from '../api.js';
import { day, el, empty, fill, link, on, section } from '../dom.js';
import { renderText, sentenceAround } from '../spans.js';

const SPEAKER_COLOURS = 8;

export async function articlePage(view, id, params) {
  const [article, prints] = await Promise.all([
    get('articles/' + encodeURIComponent(id)),
    get('articles/' + encodeURIComponent(id) + '/prints'),
  ]);
  const speakers = speakerIndex(article.quotes || []);
  const facts = factsOf(article, speakers);
  const body = el('article', { class: 'text', id: 'article-text' });
  const panel = el('aside', { class: 'facts' });
  let focused = null;

  function draw() {
    const annotations = facts.filter((f) => f.highlight || f.key === focused).map((f) => ({
      key: f.key, start: f.start, end: f.end, classes: f.key === focused ? [...f.classes, 'focus'] : f.classes,
    }));
    const fact = facts.find((f) => f.key === focused);
    if (fact) {
      const s = sentenceAround(article, fact.start, fact.end);
      annotations.push({ key: 'sentence', start: s.start, end: s.end, classes: ['sentence'] });
    }
    fill(body, renderText(article, annotations));
    for (const b of panel.querySelectorAll('button.fact')) b.classList.toggle('active', b.dataset.fact === focused);
  }

  function focus(key) {
    focused = key;
    draw();
    const target = body.querySelector('.focus');
    if (target) target.scrollIntoView({ block: 'center' });
    const url = new URL(window.location.href);
    url.hash = '#/article/' + encodeURIComponent(id) + '?fact=' + encodeURIComponent(key);
    history.replaceState(null, '', url);
  }

  fill(panel, factPanel(facts, speakers, focus));
  fill(view, 
    el('header', { class: 'article-head' },
      el('h1', {}, article.headline || '(no headline)'),
      el('p', { class: 'meta' },
        day(article.published && article.published.date),
        article.published && article.published.basis ? ' (' + article.published.basis + ')' : '',
        ' · ', article.source ? article.source.path : '',
        article.source && article.source.url ? ' · ' + article.source.url : ''),
      byline(article.metadata),
      otherPrints(prints.items),
    ),
    el('div', { class: 'article-layout' },
      el('div', { class: 'article-main' }, images(article.images || []), body),
      panel));
  draw();
  if (params.get('fact') && facts.some((f) => f.key === params.get('fact'))) focus(params.get('fact'));
}

/** The publisher's byline, section and site when the input gave them (web pages, feeds, JSONL). */
function byline(metadata) {
  if (!metadata) return '';
  const parts = [];
  if (metadata.authors && metadata.authors.length) parts.push('By ' + metadata.authors.join(', '));
  if (metadata.section) parts.push(metadata.section);
  if (metadata.site) parts.push(metadata.site);
  if (metadata.modified) parts.push('updated ' + metadata.modified);
  return parts.length ? el('p', { class: 'byline' }, parts.join(' · ')) : '';
}

/** Where else the same story ran: reprints the store found by their shared text. */
function otherPrints(items) {
  if (!items.length) return '';
  return el('div', { class: 'prints' }, 'Same story, also stored as: ',
    el('ul', {}, items.map((a) => el('li', {}, link('/article/' + a.id, {}, a.headline || '(no headline)'),
      ' ', el('span', { class: 'date' }, day(a.published)), a.source ? ' · ' + a.source : ''))));
}

function speakerIndex(quotes) {
  const index = new Map();
  for (const q of quotes) {
    const who = speakerName(q);
    if (!index.has(who)) index.set(who, index.size % SPEAKER_COLOURS);
  }
  return index;
}

function speakerName(q) {
  return q.speaker || (q.anonymous ? 'anonymous source' : q.speakerMention || 'unattributed');
}

/** Every fact of the article with its span, its label and how it is highlighted. */
function factsOf(a, speakers) {
  const out = [];
  const add = (kind, list, label, classes, highlight) => (list || []).forEach((f, i) => out.push({
    kind, key: kind + ':' + i, start: f.start, end: f.end, label: label(f), fact: f,
    classes: ['fact', 'fact-' + kind, ...classes(f)], highlight,
  }));
  add('quote', a.quotes, (q) => q.text, (q) => ['spk-' + speakers.get(speakerName(q))], true);
  add('figure', a.figures, (f) => [f.qualifier, f.value, f.counts].filter((x) => x !== null && x !== undefined).join(' '),
    () => [], true);
  add('entity', a.entities, (e) => e.text, (e) => ['ent-' + String(e.type || 'MISC').replace(/[^A-Z]/g, '')], true);
  add('place', a.places, (p) => p.name, () => [], true);
  add('date', a.dates, (d) => d.text + (d.value ? ' → ' + d.value : ''), () => [], true);
  add('claim', a.claims, (c) => c.text, () => [], false);
  add('event', a.events, (e) => [e.source, e.action, e.target].filter(Boolean).join(' · '), () => [], false);
  return out;
}

function factPanel(facts, speakers, focus) {
  const button = (f, ...content) => on(el('button', { class: 'fact ' + f.classes.filter((c) => c.startsWith('spk-')).join(' '),
    type: 'button', 'data-fact': f.key }, ...content), 'click', () => focus(f.key));
  const list = (kind, title, item) => {
    const mine = facts.filter((f) => f.kind === kind);
    if (mine.length === 0) return section(title, empty('none found in this article'));
    return section(title + ' (' + mine.length + ')', el('ul', { class: 'fact-list' }, mine.map((f) => el('li', {}, item(f)))));
  };
  const legend = el('ul', { class: 'legend' }, [...speakers.entries()].map(([name, i]) =>
    el('li', {}, el('span', { class: 'swatch spk-' + i }), ' ', link('/actor', { name }, name))));
  return [
    speakers.size > 0 ? section('Speakers', legend) : null,
    list('quote', 'Quotes', (f) => button(f, el('q', {}, f.fact.text), el('span', { class: 'who' },
      ' — ', speakerName(f.fact), f.fact.cue ? ', ' + f.fact.cue : '', f.fact.medium ? ' (' + f.fact.medium + ')' : ''))),
    list('figure', 'Figures', (f) => button(f, el('strong', {}, f.label), el('span', { class: 'who' },
      f.fact.subject ? ' ' + f.fact.subject : '', f.fact.where ? ' · ' + f.fact.where : '',
      f.fact.when ? ' · ' + f.fact.when : '', f.fact.claimant ? ' — ' + f.fact.claimant : ''))),
    list('claim', 'Claims', (f) => button(f, f.label, el('span', { class: 'who' },
      f.fact.claimant ? ' — ' + f.fact.claimant : '', f.fact.disputedBy ? ' (disputed by ' + f.fact.disputedBy + ')' : ''))),
    list('entity', 'Entities', (f) => button(f, f.label, el('span', { class: 'who' }, ' ', f.fact.type || ''))),
    list('place', 'Places', (f) => button(f, f.label, el('span', { class: 'who' }, f.fact.country ? ' ' + f.fact.country : ''))),
    list('date', 'Dates', (f) => button(f, f.label)),
    list('event', 'Events', (f) => button(f, f.label, el('span', { class: 'who' }, f.fact.date ? ' · ' + f.fact.date : ''))),
  ];
}

/** Photos: caption and credit shown apart, never mixed into the body. */
function images(list) {
  if (list.length === 0) return null;
  return el('div', { class: 'images' }, list.map((img) => el('figure', { class: 'photo' },
    el('div', { class: 'photo-frame' }, img.fileImage ? el('span', { class: 'badge' }, 'file photo') : null),
    el('figcaption', {},
      el('span', { class: 'caption' }, img.caption || ''),
      img.credit ? el('span', { class: 'credit' }, 'Credit: ', img.credit) : null,
      img.photographer ? el('span', { class: 'photographer' }, 'Photographer: ', img.photographer) : null,
      img.date ? el('span', { class: 'photo-date' }, 'Taken ', img.date) : null))));
}

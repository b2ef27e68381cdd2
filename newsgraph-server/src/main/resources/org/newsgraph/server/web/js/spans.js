// An article's text with its annotations laid over it. Every annotation is a span [start, end) of
// offsets into article.text; the text is cut at every span boundary and each piece becomes a text
// node, wrapped in a <span> carrying the classes of the annotations that cover it. No HTML is parsed.

import { el } from './dom.js';

/**
 * @param article     the contract object (text, blocks)
 * @param annotations [{key, start, end, classes}] — key names the fact ("quote:0"), classes style it
 * @returns one element per block: h3 for subheads, p for paragraphs
 */
export function renderText(article, annotations) {
  const text = article.text || '';
  const valid = annotations.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end)
    && a.start >= 0 && a.end <= text.length && a.start < a.end);
  return blocksOf(article).map((block) => {
    const node = el(block.kind === 'SUBHEAD' ? 'h3' : 'p', { class: 'block', 'data-start': block.start });
    const inside = valid.filter((a) => a.start < block.end && a.end > block.start);
    const cuts = new Set([block.start, block.end]);
    for (const a of inside) {
      cuts.add(Math.max(a.start, block.start));
      cuts.add(Math.min(a.end, block.end));
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const piece = text.slice(from, to);
      const covering = inside.filter((a) => a.start <= from && a.end >= to);
      if (covering.length === 0) {
        node.append(document.createTextNode(piece));
      } else {
        node.append(el('span', {
          class: [...new Set(covering.flatMap((a) => a.classes))].join(' '),
          'data-facts': covering.map((a) => a.key).join(' '),
          'data-start': from,
        }, piece));
      }
    }
    return node;
  });
}

/** The article's blocks with offsets; an article without them is cut at blank lines. */
function blocksOf(article) {
  const text = article.text || '';
  if (Array.isArray(article.blocks) && article.blocks.length > 0
      && article.blocks.every((b) => Number.isInteger(b.start) && b.start >= 0 && b.end <= text.length)) {
    return article.blocks;
  }
  const out = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    out.push({ kind: 'PARAGRAPH', start, end: start + part.length });
    start += part.length + 2;
  }
  return out;
}

/** The sentence around [start, end): back to the last . ! or ? before it, on to the first after it, within the block. */
export function sentenceAround(article, start, end) {
  const text = article.text || '';
  const block = blocksOf(article).find((b) => b.start <= start && start < b.end) || { start: 0, end: text.length };
  const stop = (i) => /[.!?]/.test(text[i - 1]) && (i >= block.end || /\s/.test(text[i]));
  let s = start;
  while (s > block.start && !stop(s)) s--;
  while (s < start && /\s/.test(text[s])) s++;
  let e = Math.max(end, start + 1);
  while (e < block.end && !stop(e)) e++;
  return { start: s, end: Math.min(e, block.end) };
}

// Building the page from untrusted text: every string becomes a text node, attributes are set one
// by one, and links may only point inside this site. Nothing here parses HTML.

const SAFE_HREF = /^(#|\/(?!\/))/; // same document (#...) or same origin (/path), never javascript: or //host
const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttributes(node, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') throw new Error('refusing attribute ' + name);
    if ((name === 'href' || name === 'src') && !SAFE_HREF.test(String(value))) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** An HTML element: el('p', {class: 'x'}, 'text', otherNode). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  return append(node, children);
}

/** An SVG element. */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  return append(node, children);
}

/** A link to a page of this app: link('/article/ab12', {fact: 'quote:0'}, 'text'). */
export function link(path, params, ...children) {
  return el('a', { href: route(path, params) }, ...children);
}

export function route(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') qs.set(k, v);
  const q = qs.toString();
  return '#' + path + (q ? '?' + q : '');
}

export function on(node, type, handler) {
  node.addEventListener(type, handler);
  return node;
}

export function section(title, ...children) {
  return el('section', { class: 'panel' }, el('h2', {}, title), ...children);
}

export function empty(text) {
  return el('p', { class: 'empty' }, text);
}

/** A day or a date-time as yyyy-mm-dd, or 'date unknown'. */
export function day(value) {
  return value ? String(value).slice(0, 10) : 'date unknown';
}

export function number(value) {
  return value === null || value === undefined ? '?' : Number(value).toLocaleString('en');
}

/** Replaces the node's children; null and false children are left out (replaceChildren would print them). */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

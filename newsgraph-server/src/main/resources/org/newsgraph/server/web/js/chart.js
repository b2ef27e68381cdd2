// Small SVG charts drawn from numbers: bars per day, and points-and-lines per series over time.

import { el, svg } from './dom.js';

const W = 720;
const H = 200;
const PAD = { left: 44, right: 12, top: 10, bottom: 28 };

function dayNumber(d) {
  return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86400000;
}

function axis(minDay, maxDay, maxValue) {
  const x = (d) => PAD.left + (maxDay === minDay ? 0.5 : (dayNumber(d) - minDay) / (maxDay - minDay)) * (W - PAD.left - PAD.right);
  const y = (v) => H - PAD.bottom - (maxValue === 0 ? 0 : v / maxValue) * (H - PAD.top - PAD.bottom);
  return { x, y };
}

function frame(label, minDate, maxDate, maxValue, ...content) {
  return svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label },
    svg('line', { x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom, class: 'axis' }),
    svg('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom, class: 'axis' }),
    svg('text', { x: PAD.left, y: H - 8, class: 'tick' }, minDate),
    svg('text', { x: W - PAD.right, y: H - 8, class: 'tick end' }, maxDate),
    svg('text', { x: PAD.left - 6, y: PAD.top + 10, class: 'tick end' }, String(maxValue)),
    svg('text', { x: PAD.left - 6, y: H - PAD.bottom, class: 'tick end' }, '0'),
    ...content);
}

/**
 * Bars per day: rows [{date, ...}], series [{field, label, cls}]; onClick(date) when a bar is clicked.
 */
export function dayBars(label, rows, series, onClick) {
  const days = rows.filter((r) => /^\d{4}-\d{2}-\d{2}/.test(r.date));
  if (days.length === 0) return el('p', { class: 'empty' }, 'No dated items yet.');
  const min = dayNumber(days[0].date);
  const max = dayNumber(days[days.length - 1].date);
  const top = Math.max(1, ...days.flatMap((r) => series.map((s) => r[s.field] || 0)));
  const { x, y } = axis(min - 0.5, max + 0.5, top);
  const slot = Math.max(2, Math.min(24, (W - PAD.left - PAD.right) / (max - min + 1) - 2));
  const width = slot / series.length;
  const bars = days.flatMap((r) => series.map((s, i) => {
    const v = r[s.field] || 0;
    const bar = svg('rect', { x: x(r.date) - slot / 2 + i * width, y: y(v), width, height: y(0) - y(v), class: 'bar ' + s.cls,
      'data-date': r.date }, svg('title', {}, `${r.date}: ${v} ${s.label}`));
    if (onClick) bar.addEventListener('click', () => onClick(r.date));
    return bar;
  }));
  return el('figure', { class: 'chart-box' }, frame(label, days[0].date, days[days.length - 1].date, top, ...bars),
    el('figcaption', {}, series.map((s) => el('span', { class: 'key' }, el('span', { class: 'swatch ' + s.cls }), ' ', s.label, ' '))));
}

/** Points joined per series: series [{name, cls, points: [{date, value, title}]}]. */
export function seriesOverTime(label, series) {
  const all = series.flatMap((s) => s.points).filter((p) => p.value !== null && p.value !== undefined);
  if (all.length === 0) return el('p', { class: 'empty' }, 'No figures with a value yet.');
  const dates = all.map((p) => p.date).sort();
  const top = Math.max(...all.map((p) => p.value));
  const { x, y } = axis(dayNumber(dates[0]) - 0.5, dayNumber(dates[dates.length - 1]) + 0.5, top);
  const marks = series.flatMap((s) => {
    const pts = s.points.filter((p) => p.value !== null && p.value !== undefined).sort((a, b) => a.date.localeCompare(b.date));
    return [
      pts.length > 1 ? svg('polyline', { class: 'line ' + s.cls, points: pts.map((p) => x(p.date) + ',' + y(p.value)).join(' ') }) : null,
      ...pts.map((p) => svg('circle', { class: 'point ' + s.cls, cx: x(p.date), cy: y(p.value), r: 4 }, svg('title', {}, p.title))),
    ];
  });
  return el('figure', { class: 'chart-box' }, frame(label, dates[0], dates[dates.length - 1], top, ...marks),
    el('figcaption', {}, series.map((s) => el('span', { class: 'key' }, el('span', { class: 'swatch ' + s.cls }), ' ', s.name, ' '))));
}

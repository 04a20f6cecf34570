/**
 * Charts as standalone SVG strings, for exported files (inline in HTML, an image in DOCX and
 * Markdown). Same visual language as the web's metric-chart.tsx: NHS colours, the baseline
 * hatched and the follow-up solid, lines told apart by dash and marker shape as well as colour,
 * a title and a text description. Pure: no DOM, no I/O; callers pass figures already scaled
 * (percent, per N, or the mean's unit) and already suppressed.
 */

import { scaleLinear } from 'd3-scale';
import { esc } from '../../common/html-escape.js';
import { WITHHELD } from '../export.model.js';

/** One figure on a chart. A suppressed figure carries no number, so it cannot be drawn as one. */
export type ChartValue = { kind: 'value'; value: number; lower: number | null; upper: number | null } | { kind: 'suppressed' } | { kind: 'missing' };

export interface ChartText {
  /** Unique within a page: ids of the title, description and pattern start with it. */
  idPrefix: string;
  title: string;
  description: string;
  /** What the y axis measures, e.g. "Per cent" or "Gap with White, percentage points". */
  axisLabel: string;
}

export interface BeforeAfterData extends ChartText {
  beforeLabel: string;
  afterLabel: string;
  /** Appended to value labels, e.g. "%"; empty for rates and means (the axis says the unit). */
  valueSuffix: string;
  /** The intervals' level as the legend says it, e.g. "99.8%"; 95% when absent. */
  level?: string;
  groups: { group: string; before: ChartValue; after: ChartValue }[];
}

export interface GapOverTimeData extends ChartText {
  periods: string[];
  /** One point per period, in the order of `periods`. */
  series: { group: string; points: ChartValue[] }[];
}

export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 420;
const PAD = { top: 28, right: 24, bottom: 118, left: 76 };
export const PLOT = { left: PAD.left, right: CHART_WIDTH - PAD.right, top: PAD.top, bottom: CHART_HEIGHT - PAD.bottom };
export const INK = '#212b32';
const SECONDARY = '#4c6272';
export const GRID = '#d8dde0';
const BASELINE = '#425563';
const FOLLOW_UP = '#005eb8';
const LINE_COLOURS = ['#005eb8', '#d5281b', '#007f3b', '#330072', '#7c2855', '#425563'];
const DASHES = ['', '8 4', '2 4', '12 4 2 4', '4 4', '1 3'];
const FONT = 'Arial, Helvetica, sans-serif';

const NUMBER = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const TICK = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
/** "12.3", with a sign when it is a difference. */
export const formatChartNumber = (v: number, signed = false) => `${signed && v > 0 ? '+' : ''}${NUMBER.format(v)}`;
export const r = (v: number) => Math.round(v * 10) / 10;

/** Round tick values for an axis, from at or below `min` to at or above `max` (so no bar or whisker runs off the top). */
export function ticks(min: number, max: number, count = 5): number[] {
  return scaleLinear()
    .domain([min, max === min ? min + 1 : max])
    .nice(count)
    .ticks(count);
}

function text(x: number, y: number, content: string, options: { size?: number; anchor?: 'start' | 'middle' | 'end'; fill?: string; rotate?: number; weight?: string } = {}): string {
  const { size = 13, anchor = 'middle', fill = INK, rotate, weight } = options;
  const transform = rotate ? ` transform="rotate(${rotate} ${r(x)} ${r(y)})"` : '';
  return `<text x="${r(x)}" y="${r(y)}" font-size="${size}" text-anchor="${anchor}" fill="${fill}"${weight ? ` font-weight="${weight}"` : ''}${transform}>${esc(content)}</text>`;
}

const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1, dash = '') =>
  `<line x1="${r(x1)}" y1="${r(y1)}" x2="${r(x2)}" y2="${r(y2)}" stroke="${stroke}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;

/** Words of `label` in lines of at most `width` characters, at most `lines` of them (the last cut with "…"). */
export function wrap(label: string, width: number, lines = 3): string[] {
  const out: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = out.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1].slice(0, Math.max(width - 1, 1))}…`;
  return kept;
}

/** The frame every chart shares: the svg element, its title and description, and the y axis with gridlines. */
function frame(data: ChartText, yTicks: number[], y: (v: number) => number, body: string[], defs = ''): string {
  const id = data.idPrefix;
  const grid = yTicks.map((t) => line(PLOT.left, y(t), PLOT.right, y(t), t === 0 ? INK : GRID) + text(PLOT.left - 8, y(t) + 4, TICK.format(t), { anchor: 'end' }));
  const axisTitle = text(18, (PLOT.top + PLOT.bottom) / 2, data.axisLabel, { size: 13, rotate: -90, fill: SECONDARY });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT}">`,
    `<title id="${id}-title">${esc(data.title)}</title>`,
    `<desc id="${id}-desc">${esc(data.description)}</desc>`,
    defs && `<defs>${defs}</defs>`,
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    ...grid,
    axisTitle,
    ...body,
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Legend items laid out in rows from `top`; each item is a symbol 28 wide and its label. */
function legend(items: { symbol: (x: number, y: number) => string; label: string }[], top: number): string[] {
  const out: string[] = [];
  let [x, y] = [PLOT.left, top];
  for (const item of items) {
    const width = 36 + item.label.length * 6.6 + 24;
    if (x + width > CHART_WIDTH - 8 && x > PLOT.left) [x, y] = [PLOT.left, y + 22];
    out.push(item.symbol(x, y), text(x + 36, y + 5, item.label, { anchor: 'start', size: 12.5 }));
    x += width;
  }
  return out;
}

const valueBounds = (v: ChartValue) => (v.kind === 'value' ? [v.value, v.lower ?? v.value, v.upper ?? v.value] : []);

/** Before and after by group: a hatched and a solid bar per group, each with its interval (95% unless `level` says) and its value written above. */
export function beforeAfterSvg(data: BeforeAfterData): string {
  const all = data.groups.flatMap((g) => [...valueBounds(g.before), ...valueBounds(g.after)]);
  const yTicks = ticks(Math.min(0, ...all), Math.max(...all, data.valueSuffix === '%' ? 10 : 1));
  const [yMin, yMax] = [yTicks[0], yTicks.at(-1)!];
  const y = (v: number) => PLOT.bottom - ((v - yMin) / (yMax - yMin || 1)) * (PLOT.bottom - PLOT.top);
  const band = (PLOT.right - PLOT.left) / Math.max(data.groups.length, 1);
  const barW = Math.min(48, band / 3);
  const hatch = `${data.idPrefix}-hatch`;
  const defs = `<pattern id="${hatch}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="8" stroke="${BASELINE}" stroke-width="4"/></pattern>`;

  function bar(v: ChartValue, x: number, colour: string, fill: string, which: string): string {
    const cx = x + barW / 2;
    if (v.kind !== 'value') {
      // Standing text where the bar would be: never a height, so a suppressed figure gives nothing away.
      return `<g data-bar="${which}" data-kind="${v.kind}">${text(cx + 4, y(Math.max(0, yMin)) - 6, v.kind === 'suppressed' ? WITHHELD : 'no data', { size: 12, anchor: 'start', rotate: -90, fill: SECONDARY })}</g>`;
    }
    const base = y(Math.max(0, yMin));
    const top = y(v.value);
    const [lo, hi] = [y(v.lower ?? v.value), y(v.upper ?? v.value)];
    const whisker = v.lower !== null && v.upper !== null ? [line(cx, lo, cx, hi, INK, 2), line(cx - 6, lo, cx + 6, lo, INK, 2), line(cx - 6, hi, cx + 6, hi, INK, 2)].join('') : '';
    return [
      `<g data-bar="${which}" data-kind="value">`,
      `<rect x="${r(x)}" y="${r(Math.min(top, base))}" width="${r(barW)}" height="${r(Math.abs(base - top))}" fill="${fill}" stroke="${colour}" stroke-width="2"/>`,
      whisker,
      text(cx, Math.min(hi, top) - 6, `${formatChartNumber(v.value)}${data.valueSuffix}`, { size: 11 }),
      '</g>',
    ].join('');
  }

  const body = data.groups.map((g, i) => {
    const centre = PLOT.left + i * band + band / 2;
    const x0 = centre - barW - 2;
    const labels = wrap(g.group, Math.max(Math.floor(band / 7), 6)).map((part, j) => text(centre, PLOT.bottom + 18 + j * 15, part, { size: 12 }));
    return `<g data-group="${esc(g.group)}">${bar(g.before, x0, BASELINE, `url(#${hatch})`, 'before')}${bar(g.after, x0 + barW + 4, FOLLOW_UP, FOLLOW_UP, 'after')}${labels.join('')}</g>`;
  });
  const swatch = (fill: string, stroke: string) => (x: number, y: number) => `<rect x="${x + 6}" y="${y - 7}" width="16" height="14" fill="${fill}" stroke="${stroke}" stroke-width="2"/>`;
  const keys = legend(
    [
      { symbol: swatch(`url(#${hatch})`, BASELINE), label: data.beforeLabel },
      { symbol: swatch(FOLLOW_UP, FOLLOW_UP), label: data.afterLabel },
      {
        symbol: (x, y) => line(x + 14, y - 8, x + 14, y + 8, INK, 2) + line(x + 8, y - 8, x + 20, y - 8, INK, 2) + line(x + 8, y + 8, x + 20, y + 8, INK, 2),
        label: `${data.level ?? '95%'} confidence interval`,
      },
    ],
    CHART_HEIGHT - 42,
  );
  return frame(data, yTicks, y, [...body, line(PLOT.left, y(Math.max(0, yMin)), PLOT.right, y(Math.max(0, yMin)), INK), ...keys], defs);
}

/** A marker of one of six shapes, so that lines differ by more than colour. */
function marker(shape: number, x: number, y: number, colour: string, scale = 1, outlined = false): string {
  const [a, b] = [5 * scale, 6 * scale];
  // A white edge keeps a marker distinct where it overlaps another.
  const edge = outlined ? ' stroke="#ffffff" stroke-width="1.5"' : '';
  switch (shape % 6) {
    case 0:
      return `<circle cx="${r(x)}" cy="${r(y)}" r="${r(a)}" fill="${colour}"${edge}/>`;
    case 1:
      return `<rect x="${r(x - a)}" y="${r(y - a)}" width="${r(2 * a)}" height="${r(2 * a)}" fill="${colour}"${edge}/>`;
    case 2:
      return `<path d="M${r(x)} ${r(y - b)}L${r(x + b)} ${r(y + a)}L${r(x - b)} ${r(y + a)}Z" fill="${colour}"${edge}/>`;
    case 3:
      return `<path d="M${r(x)} ${r(y - b)}L${r(x + b)} ${r(y)}L${r(x)} ${r(y + b)}L${r(x - b)} ${r(y)}Z" fill="${colour}"${edge}/>`;
    case 4:
      return `<circle cx="${r(x)}" cy="${r(y)}" r="${r(a)}" fill="#ffffff" stroke="${colour}" stroke-width="2.5"/>`;
    default:
      return `<rect x="${r(x - a)}" y="${r(y - a)}" width="${r(2 * a)}" height="${r(2 * a)}" fill="#ffffff" stroke="${colour}" stroke-width="2.5"/>`;
  }
}

/** The gap with the reference group at every period: a line per group, its last value written at its end. */
export function gapOverTimeSvg(data: GapOverTimeData): string {
  const all = data.series.flatMap((s) => s.points.flatMap((p) => (p.kind === 'value' ? [p.value] : [])));
  // A little room beyond the extremes, so that no marker sits on the plot's edge.
  const room = (Math.max(0, ...all) - Math.min(0, ...all)) * 0.05;
  const yTicks = ticks(Math.min(0, ...all.map((v) => v - room)), Math.max(0, ...all.map((v) => v + room)));
  const [yMin, yMax] = [yTicks[0], yTicks.at(-1)!];
  const plotRight = PLOT.right - 48; // room for the end labels
  const y = (v: number) => PLOT.bottom - ((v - yMin) / (yMax - yMin || 1)) * (PLOT.bottom - PLOT.top);
  const x = (i: number) => PLOT.left + 16 + (data.periods.length === 1 ? (plotRight - PLOT.left - 16) / 2 : (i / (data.periods.length - 1)) * (plotRight - PLOT.left - 16));
  const slanted = data.periods.length > 6;
  const periodLabels = data.periods.map((p, i) => (slanted ? text(x(i) + 4, PLOT.bottom + 16, p, { size: 12, anchor: 'end', rotate: -35 }) : text(x(i), PLOT.bottom + 20, p, { size: 12 })));

  const ends: { y: number; label: string; series: number }[] = [];
  const lines = data.series.map((s, si) => {
    const colour = LINE_COLOURS[si % LINE_COLOURS.length];
    // A suppressed or missing period breaks the line, rather than joining across it.
    const runs: [number, number][][] = [[]];
    s.points.forEach((p, i) => {
      if (p.kind === 'value') runs.at(-1)!.push([x(i), y(p.value)]);
      else if (runs.at(-1)!.length) runs.push([]);
    });
    const paths = runs
      .filter((run) => run.length > 1)
      .map(
        (run) =>
          `<polyline points="${run.map(([px, py]) => `${r(px)},${r(py)}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="3"${DASHES[si % DASHES.length] ? ` stroke-dasharray="${DASHES[si % DASHES.length]}"` : ''}/>`,
      );
    const markers = runs.flat().map(([px, py]) => marker(si, px, py, colour, 1, true));
    const lastIndex = s.points.map((p) => p.kind).lastIndexOf('value');
    const last = s.points[lastIndex];
    if (last?.kind === 'value') ends.push({ y: y(last.value), label: formatChartNumber(last.value, true), series: si });
    return { line: `<g data-line="${esc(s.group)}">${paths.join('')}</g>`, markers: `<g data-markers="${esc(s.group)}">${markers.join('')}</g>` };
  });
  // All lines under all markers; the first group's markers on top, so that where two points meet
  // the smaller shape shows inside the other rather than hidden under it.
  const layers = [...lines.map((l) => l.line), ...lines.map((l) => l.markers).reverse()];
  // End labels nudged apart so that close lines keep readable labels.
  ends.sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) ends[i].y = Math.max(ends[i].y, ends[i - 1].y + 14);
  // Each label carries its line's marker, so that it is not told apart by position alone.
  const endLabels = ends.map((e) => marker(e.series, plotRight + 14, e.y, LINE_COLOURS[e.series % LINE_COLOURS.length], 0.7) + text(plotRight + 22, e.y + 4, e.label, { size: 11.5, anchor: 'start' }));

  const keys = legend(
    data.series.map((s, si) => {
      const colour = LINE_COLOURS[si % LINE_COLOURS.length];
      const hidden = data.periods.filter((_, i) => s.points[i]?.kind === 'suppressed');
      const dash = DASHES[si % DASHES.length];
      return {
        symbol: (lx: number, ly: number) => line(lx, ly, lx + 28, ly, colour, 3, dash) + marker(si, lx + 14, ly, colour),
        label: hidden.length ? `${s.group} (${WITHHELD} at ${hidden.join(', ')})` : s.group,
      };
    }),
    CHART_HEIGHT - 64,
  );
  return frame(data, yTicks, y, [...periodLabels, ...layers, ...endLabels, ...keys]);
}

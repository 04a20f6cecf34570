/**
 * An SPC chart (Making Data Count) as a standalone SVG string for exports, in the language of
 * chart-svg.ts and of the web's spc-chart.tsx: the values joined as a run chart, the mean,
 * the process limits (stepped per point for a p-chart, a stretch per recalculation point), the
 * target; special cause points told apart by shape as well as colour; a title and a description.
 * Pure: callers pass figures already scaled (percent, per N, or the mean's unit).
 */
// The frame, ink and rounding are chart-svg.ts's, so both kinds of chart are drawn alike.
import { esc } from '../../common/html-escape.js';
import { CHART_HEIGHT, CHART_WIDTH, formatChartNumber, GRID, INK, PLOT, r, ticks } from './chart-svg.js';

export type SpcPointVariation = 'COMMON_CAUSE' | 'SPECIAL_CAUSE_IMPROVING' | 'SPECIAL_CAUSE_CONCERNING';

export interface SpcSvgData {
  idPrefix: string;
  title: string;
  description: string;
  axisLabel: string;
  points: { period: string; value: number; mean: number; upper: number; lower: number; recalculated: boolean; variation: SpcPointVariation }[];
  target: number | null;
}

const COMMON = '#768692';
const IMPROVING = '#005eb8';
const CONCERNING = '#ed8b00';
const LIMIT = '#425563';
const TARGET = '#d5281b';
const text = (x: number, y: number, content: string, size = 12, anchor = 'middle', extra = '') =>
  `<text x="${r(x)}" y="${r(y)}" font-size="${size}" text-anchor="${anchor}" fill="${INK}"${extra}>${esc(content)}</text>`;

function marker(variation: SpcPointVariation, x: number, y: number): string {
  if (variation === 'SPECIAL_CAUSE_IMPROVING') return `<rect x="${r(x - 6)}" y="${r(y - 6)}" width="12" height="12" fill="${IMPROVING}" stroke="${INK}"/>`;
  if (variation === 'SPECIAL_CAUSE_CONCERNING') return `<path d="M${r(x)} ${r(y - 8)}L${r(x + 8)} ${r(y + 6)}L${r(x - 8)} ${r(y + 6)}Z" fill="${CONCERNING}" stroke="${INK}"/>`;
  return `<circle cx="${r(x)}" cy="${r(y)}" r="4" fill="${COMMON}"/>`;
}

export function spcSvg(data: SpcSvgData): string {
  const { points } = data;
  const all = points.flatMap((p) => [p.value, p.upper, p.lower]).concat(data.target ?? []);
  const yTicks = ticks(Math.min(...all), Math.max(...all));
  const [yMin, yMax] = [yTicks[0], yTicks.at(-1)!];
  const y = (v: number) => PLOT.bottom - ((v - yMin) / (yMax - yMin || 1)) * (PLOT.bottom - PLOT.top);
  const x = (i: number) => PLOT.left + 16 + (points.length === 1 ? (PLOT.right - PLOT.left - 32) / 2 : (i / (points.length - 1)) * (PLOT.right - PLOT.left - 32));
  const stretches: number[][] = [];
  points.forEach((p, i) => (i === 0 || p.recalculated ? stretches.push([i]) : stretches.at(-1)!.push(i)));
  const path = (key: 'mean' | 'upper' | 'lower', stroke: string, dash: string) =>
    `<path d="${stretches.map((s) => s.map((i, k) => `${k ? 'L' : 'M'}${r(x(i))} ${r(y(points[i][key]))}`).join('')).join('')}" fill="none" stroke="${stroke}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  const every = Math.max(1, Math.ceil(points.length / 12));
  const labels = points.map((p, i) =>
    i % every === 0 || i === points.length - 1 ? text(x(i) + 4, PLOT.bottom + 16, p.period, 12, 'end', ` transform="rotate(-35 ${r(x(i) + 4)} ${r(PLOT.bottom + 16)})"`) : '',
  );
  const grid = yTicks.map(
    (t) => `<line x1="${PLOT.left}" y1="${r(y(t))}" x2="${PLOT.right}" y2="${r(y(t))}" stroke="${GRID}"/>` + text(PLOT.left - 8, y(t) + 4, formatChartNumber(t).replace(/\.0$/, ''), 13, 'end'),
  );
  const recalculations = points.flatMap((p, i) =>
    p.recalculated ? [`<line x1="${r(x(i))}" y1="${PLOT.top}" x2="${r(x(i))}" y2="${PLOT.bottom}" stroke="${INK}" stroke-dasharray="2 4" data-recalculated="${esc(p.period)}"/>`] : [],
  );
  const target =
    data.target === null ? [] : [`<line x1="${PLOT.left}" y1="${r(y(data.target))}" x2="${PLOT.right}" y2="${r(y(data.target))}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="2 3"/>`];
  const legendY = CHART_HEIGHT - 30;
  const legend = [
    `<line x1="${PLOT.left}" y1="${legendY}" x2="${PLOT.left + 24}" y2="${legendY}" stroke="${INK}" stroke-width="2"/>`,
    text(PLOT.left + 30, legendY + 4, 'Mean', 12, 'start'),
    `<line x1="${PLOT.left + 80}" y1="${legendY}" x2="${PLOT.left + 104}" y2="${legendY}" stroke="${LIMIT}" stroke-width="2" stroke-dasharray="8 4"/>`,
    text(PLOT.left + 110, legendY + 4, 'Process limits', 12, 'start'),
    marker('COMMON_CAUSE', PLOT.left + 210, legendY),
    text(PLOT.left + 220, legendY + 4, 'Common cause', 12, 'start'),
    marker('SPECIAL_CAUSE_IMPROVING', PLOT.left + 320, legendY),
    text(PLOT.left + 330, legendY + 4, 'Improving', 12, 'start'),
    marker('SPECIAL_CAUSE_CONCERNING', PLOT.left + 410, legendY),
    text(PLOT.left + 420, legendY + 4, 'Concerning', 12, 'start'),
    ...(data.target === null
      ? []
      : [
          `<line x1="${PLOT.left + 510}" y1="${legendY}" x2="${PLOT.left + 534}" y2="${legendY}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="2 3"/>`,
          text(PLOT.left + 540, legendY + 4, 'Target', 12, 'start'),
        ]),
  ];
  const id = data.idPrefix;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="Arial, Helvetica, sans-serif">`,
    `<title id="${id}-title">${esc(data.title)}</title>`,
    `<desc id="${id}-desc">${esc(data.description)}</desc>`,
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    ...grid,
    text(18, (PLOT.top + PLOT.bottom) / 2, data.axisLabel, 13, 'middle', ` transform="rotate(-90 18 ${r((PLOT.top + PLOT.bottom) / 2)})"`),
    ...recalculations,
    path('upper', LIMIT, '8 4'),
    path('lower', LIMIT, '8 4'),
    path('mean', INK, ''),
    ...target,
    `<polyline points="${points.map((p, i) => `${r(x(i))},${r(y(p.value))}`).join(' ')}" fill="none" stroke="${COMMON}" stroke-width="2"/>`,
    ...points.map((p, i) => marker(p.variation, x(i), y(p.value))),
    ...labels,
    ...legend,
    '</svg>',
  ].join('\n');
}

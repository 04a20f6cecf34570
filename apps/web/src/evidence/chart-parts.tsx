/** Pieces the metric charts share: sizes, axis ticks, wrapped labels, and the line styles with their legend keys. */

import { scaleLinear } from 'd3-scale';
import type { ReactNode } from 'react';
import { TableHead } from '../layout/table-head';

/** The drawing's natural size. It is never drawn wider (its box's max-width), so at normal widths one unit is one pixel. */
export const WIDTH = 640;
export const HEIGHT = 360;
/** Text size in drawing units: 15px at the natural size, well above the 14px floor for chart text. */
export const FONT = 15;
const LINE_HEIGHT = 18;
/** Room for up to three lines of group names under the bars. */
export const PAD = { top: 16, right: 24, bottom: 16 + 3 * LINE_HEIGHT + 10, left: 72 };
export const INK = '#212b32';
export const GRID = '#d8dde0';
export const BASELINE = '#425563';
export const FOLLOW_UP = '#005eb8';

/** Round tick values for an axis, from at or below `min` to at or above `max` (so no bar or whisker runs off the top). */
export function ticks(min: number, max: number, count = 5): number[] {
  return scaleLinear()
    .domain([min, max === min ? min + 1 : max])
    .nice(count)
    .ticks(count);
}

/** About how many characters of FONT-sized text fit in `width` drawing units. */
export const charsIn = (width: number) => Math.max(4, Math.floor(width / (FONT * 0.55)));

/** Splits a label into at most `maxLines` lines of about `maxChars`, at spaces; what does not fit ends in "…" (the table has it whole). */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const cut = (line: string) => (line.length > maxChars ? `${line.slice(0, maxChars - 1)}…` : line);
  if (lines.length <= maxLines) return lines.map(cut);
  const kept = lines.slice(0, maxLines).map(cut);
  const end = kept[maxLines - 1];
  kept[maxLines - 1] = end.endsWith('…') ? end : `${end.length >= maxChars ? end.slice(0, maxChars - 1) : end}…`;
  return kept;
}

/** A label under the axis, wrapped onto lines. */
export function AxisLabel({ x, y, lines, anchor = 'middle' }: { x: number; y: number; lines: string[]; anchor?: 'start' | 'middle' | 'end' }) {
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={FONT} fill={INK}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'ring';

/** One line per group: colour, dash and marker all differ, so no group is told apart by colour alone (WCAG 1.4.1). */
export const SERIES_STYLES: { colour: string; dash?: string; marker: MarkerShape }[] = [
  { colour: '#005eb8', marker: 'circle' },
  { colour: '#d5281b', dash: '10 5', marker: 'square' },
  { colour: '#007f3b', dash: '3 4', marker: 'triangle' },
  { colour: '#330072', dash: '14 4 3 4', marker: 'diamond' },
  { colour: '#7c2855', dash: '6 3', marker: 'triangle-down' },
  { colour: '#425563', dash: '2 6', marker: 'ring' },
];
export const seriesStyle = (index: number) => SERIES_STYLES[index % SERIES_STYLES.length];

/** The corners of the markers drawn as polygons, from the centre. */
const POLYGONS: Partial<Record<MarkerShape, [number, number][]>> = {
  triangle: [
    [0, -6.5],
    [6, 4.5],
    [-6, 4.5],
  ],
  'triangle-down': [
    [0, 6.5],
    [6, -4.5],
    [-6, -4.5],
  ],
  diamond: [
    [0, -7],
    [7, 0],
    [0, 7],
    [-7, 0],
  ],
};

/** A point marker centred on (x, y), about 11 units across. */
export function Marker({ shape, x, y, colour }: { shape: MarkerShape; x: number; y: number; colour: string }) {
  const corners = POLYGONS[shape];
  if (corners) return <polygon data-marker={shape} points={corners.map(([dx, dy]) => `${x + dx},${y + dy}`).join(' ')} fill={colour} />;
  switch (shape) {
    case 'square':
      return <rect data-marker={shape} x={x - 5} y={y - 5} width="10" height="10" fill={colour} />;
    case 'ring':
      return <circle data-marker={shape} cx={x} cy={y} r="5" fill="#ffffff" stroke={colour} strokeWidth="3" />;
    default:
      return <circle data-marker={shape} cx={x} cy={y} r="5.5" fill={colour} />;
  }
}

/** The legend's key for one line: a short stretch of it, dashed the same, with its marker. */
export function LineKey({ index }: { index: number }) {
  const style = seriesStyle(index);
  return (
    <svg className="app-chart__key" width="44" height="18" viewBox="0 0 44 18" focusable="false" aria-hidden="true">
      <line x1="2" x2="42" y1="9" y2="9" stroke={style.colour} strokeWidth="3" strokeDasharray={style.dash} />
      <Marker shape={style.marker} x={22} y={9} colour={style.colour} />
    </svg>
  );
}

/** The legend's key for a bar: hatched (baseline) or solid (follow-up), as the bars are drawn. */
export function BarKey({ hatched, patternId }: { hatched: boolean; patternId: string }) {
  const colour = hatched ? BASELINE : FOLLOW_UP;
  return (
    <svg className="app-chart__key" width="20" height="20" viewBox="0 0 20 20" focusable="false" aria-hidden="true">
      {hatched && <HatchPattern id={patternId} />}
      <rect x="1" y="1" width="18" height="18" fill={hatched ? `url(#${patternId})` : colour} stroke={colour} strokeWidth="2" />
    </svg>
  );
}

/** A chart's figures as a table under it, for those who cannot see the drawing or want the numbers: the caption, the column headings, then `children`, the rows. */
export function ChartTable({ caption, columns, testId, children }: { caption: ReactNode; columns: ReactNode[]; testId?: string; children: ReactNode }) {
  return (
    <table className="nhsuk-table app-chart__table" data-testid={testId}>
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <TableHead columns={columns} />
      <tbody className="nhsuk-table__body">{children}</tbody>
    </table>
  );
}

/** Diagonal stripes for baseline bars, so that before and after differ by more than colour. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="8" stroke={BASELINE} strokeWidth="4" />
      </pattern>
    </defs>
  );
}

import { useId } from 'react';
import { formatEstimate, number, scaled, unitOf, type EstimateLike, type MetricScale } from './evidence-format';
import type { MetricAnalysis } from './use-evidence';

const WIDTH = 640;
const HEIGHT = 320;
const PAD = { top: 16, right: 16, bottom: 56, left: 64 };
const BASELINE = '#425563';
const FOLLOW_UP = '#005eb8';
const LINE_COLOURS = ['#005eb8', '#d5281b', '#007f3b', '#330072', '#7c2855', '#425563'];

/** Round tick values for an axis from `min` to `max`. */
function ticks(min: number, max: number, count = 5): number[] {
  const span = max - min || 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  // Up to the first tick at or above `max`, so that no bar or whisker runs off the top.
  for (let v = Math.floor(min / step + 1e-9) * step; v < max + step - step / 1e6; v += step) out.push(Number(v.toFixed(10)));
  return out;
}

interface BarDatum {
  group: string;
  baseline: EstimateLike;
  followUp: EstimateLike;
}

const shown = (scale: MetricScale, e: EstimateLike) => (e.available && e.estimate !== null ? scaled(scale, e.estimate) : null);

/** Before and after by group: bars with 95% interval whiskers, and the same figures as a table. */
export function BeforeAfterChart({ name, scale, analysis }: { name: string; scale: MetricScale; analysis: MetricAnalysis }) {
  const id = useId();
  const data: BarDatum[] = analysis.groups.map((g) => ({ group: g.group, baseline: g.baseline.value, followUp: g.followUp.value }));
  if (!data.length) return null;
  const before = analysis.baselinePeriod ?? 'Baseline';
  const after = analysis.followUpPeriod ?? 'Follow-up';
  const tops = data.flatMap((d) => [d.baseline, d.followUp]).map((e) => (e.available && e.upper !== null ? scaled(scale, e.upper) : (shown(scale, e) ?? 0)));
  const yTicks = ticks(0, Math.max(...tops, scale.kind === 'PROPORTION' ? 10 : 1));
  const yMax = yTicks[yTicks.length - 1];
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - (v / yMax) * plotH;
  const band = plotW / data.length;
  const barW = Math.min(48, band / 3);
  const unit = unitOf(scale);
  const title = `${name}: ${before} and ${after} by group`;
  const summary = data
    .map((d) => {
      const b = shown(scale, d.baseline);
      const a = shown(scale, d.followUp);
      return `${d.group}: ${b === null ? 'no figure' : `${number(b)}${unit}`} at ${before}, ${a === null ? 'no figure' : `${number(a)}${unit}`} at ${after}`;
    })
    .join('; ');

  function bar(e: EstimateLike, x: number, colour: string, pattern?: string) {
    const v = shown(scale, e);
    if (v === null) return <text x={x + barW / 2} y={y(0) - 6} textAnchor="middle" fontSize="12" fill="#4c6272">n/a</text>;
    const lo = e.lower !== null ? scaled(scale, e.lower) : v;
    const hi = e.upper !== null ? scaled(scale, e.upper) : v;
    const cx = x + barW / 2;
    return (
      <>
        <rect x={x} y={y(v)} width={barW} height={Math.max(0, y(0) - y(v))} fill={pattern ? `url(#${pattern})` : colour} stroke={colour} strokeWidth="2" />
        <line x1={cx} x2={cx} y1={y(lo)} y2={y(hi)} stroke="#212b32" strokeWidth="2" />
        <line x1={cx - 6} x2={cx + 6} y1={y(lo)} y2={y(lo)} stroke="#212b32" strokeWidth="2" />
        <line x1={cx - 6} x2={cx + 6} y1={y(hi)} y2={y(hi)} stroke="#212b32" strokeWidth="2" />
      </>
    );
  }

  const hatch = `${id}-hatch`.replace(/:/g, '');
  return (
    <figure className="app-chart nhsuk-grid-row">
      <div className="nhsuk-grid-column-one-half">
        <svg className="app-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{`${summary}. Bars show values, lines show 95% confidence intervals. The table gives the figures.`}</desc>
          <defs>
            <pattern id={hatch} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
              <rect width="8" height="8" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="8" stroke={BASELINE} strokeWidth="4" />
            </pattern>
          </defs>
          {yTicks.map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke="#d8dde0" />
              <text x={PAD.left - 8} y={y(t) + 4} textAnchor="end" fontSize="13" fill="#212b32">
                {number(t)}
                {scale.kind === 'PROPORTION' ? '%' : ''}
              </text>
            </g>
          ))}
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#212b32" />
          {data.map((d, i) => {
            const x0 = PAD.left + i * band + band / 2 - barW - 2;
            return (
              <g key={d.group}>
                {bar(d.baseline, x0, BASELINE, hatch)}
                {bar(d.followUp, x0 + barW + 4, FOLLOW_UP)}
                <text x={PAD.left + i * band + band / 2} y={HEIGHT - PAD.bottom + 20} textAnchor="middle" fontSize="13" fill="#212b32">
                  {d.group.length > 18 ? `${d.group.slice(0, 17)}…` : d.group}
                </text>
              </g>
            );
          })}
        </svg>
        <ul className="app-chart__legend" aria-hidden="true">
          <li>
            <span className="app-chart__swatch app-chart__swatch--hatched" /> {before}
          </li>
          <li>
            <span className="app-chart__swatch" style={{ background: FOLLOW_UP }} /> {after}
          </li>
        </ul>
      </div>
      <div className="nhsuk-grid-column-one-half">
        <table className="nhsuk-table app-chart__table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">{title}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">Group</th>
              <th scope="col" className="nhsuk-table__header">{before}</th>
              <th scope="col" className="nhsuk-table__header">{after}</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {data.map((d) => (
              <tr className="nhsuk-table__row" key={d.group}>
                <th scope="row" className="nhsuk-table__header">{d.group}</th>
                <td className="nhsuk-table__cell">{formatEstimate(scale, d.baseline)}</td>
                <td className="nhsuk-table__cell">{formatEstimate(scale, d.followUp)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** The gap between each group and the reference group at every period: lines, and the same figures as a table. */
export function GapOverTimeChart({ name, scale, analysis }: { name: string; scale: MetricScale; analysis: MetricAnalysis }) {
  const id = useId();
  const series = analysis.timeSeries;
  const groups = [...new Set(series.flatMap((p) => p.groups.filter((g) => !g.isReference && g.gapToReference).map((g) => g.group)))];
  if (series.length < 3 || !groups.length) return null;
  const gapAt = (period: (typeof series)[number], group: string) => period.groups.find((g) => g.group === group)?.gapToReference ?? null;
  const values = series.flatMap((p) => groups.map((g) => gapAt(p, g))).flatMap((e) => (e && e.available && e.estimate !== null ? [scaled(scale, e.estimate)] : []));
  const yTicks = ticks(Math.min(0, ...values), Math.max(0, ...values));
  const yMin = yTicks[0];
  const yMax = yTicks[yTicks.length - 1];
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - ((v - yMin) / (yMax - yMin || 1)) * plotH;
  const x = (i: number) => PAD.left + (series.length === 1 ? plotW / 2 : (i / (series.length - 1)) * plotW);
  const unit = unitOf(scale, true);
  const title = `${name}: gap with ${analysis.referenceGroup} over time`;
  const summary = groups
    .map((g) => {
      const points = series.map((p) => gapAt(p, g)).filter((e) => e && e.available && e.estimate !== null);
      if (points.length < 1) return `${g}: no figures`;
      const first = scaled(scale, points[0]!.estimate!);
      const last = scaled(scale, points[points.length - 1]!.estimate!);
      return `${g}: from ${number(first)} to ${number(last)}${unit}`;
    })
    .join('; ');
  return (
    <figure className="app-chart nhsuk-grid-row">
      <div className="nhsuk-grid-column-one-half">
        <svg className="app-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{`${summary}. The table gives every period's figures.`}</desc>
          {yTicks.map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? '#212b32' : '#d8dde0'} />
              <text x={PAD.left - 8} y={y(t) + 4} textAnchor="end" fontSize="13" fill="#212b32">
                {number(t)}
              </text>
            </g>
          ))}
          {series.map((p, i) => (
            // The first and last labels sit inside the chart rather than half off its edges.
            <text key={p.period} x={x(i)} y={HEIGHT - PAD.bottom + 20} textAnchor={i === 0 && series.length > 1 ? 'start' : i === series.length - 1 && series.length > 1 ? 'end' : 'middle'} fontSize="12" fill="#212b32">
              {p.period}
            </text>
          ))}
          {groups.map((g, gi) => {
            const colour = LINE_COLOURS[gi % LINE_COLOURS.length];
            const points = series.flatMap((p, i) => {
              const e = gapAt(p, g);
              return e && e.available && e.estimate !== null ? [[x(i), y(scaled(scale, e.estimate))] as const] : [];
            });
            return (
              <g key={g}>
                <polyline points={points.map(([px, py]) => `${px},${py}`).join(' ')} fill="none" stroke={colour} strokeWidth="3" strokeDasharray={gi % 2 ? '8 4' : undefined} />
                {points.map(([px, py], i) => (
                  <circle key={i} cx={px} cy={py} r="5" fill={colour} />
                ))}
              </g>
            );
          })}
        </svg>
        <ul className="app-chart__legend" aria-hidden="true">
          {groups.map((g, gi) => (
            <li key={g}>
              <span className="app-chart__swatch" style={{ background: LINE_COLOURS[gi % LINE_COLOURS.length] }} /> {g}
            </li>
          ))}
        </ul>
      </div>
      <div className="nhsuk-grid-column-one-half">
        <table className="nhsuk-table app-chart__table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">{title}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">Period</th>
              {groups.map((g) => (
                <th scope="col" className="nhsuk-table__header" key={g}>
                  {g}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {series.map((p) => (
              <tr className="nhsuk-table__row" key={p.period}>
                <th scope="row" className="nhsuk-table__header">{p.period}</th>
                {groups.map((g) => {
                  const e = gapAt(p, g);
                  return (
                    <td className="nhsuk-table__cell" key={g}>
                      {e ? formatEstimate(scale, e, true) : 'No figure'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

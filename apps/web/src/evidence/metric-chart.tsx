import { useId } from 'react';
import { AxisLabel, BarKey, ChartTable, BASELINE, charsIn, FOLLOW_UP, FONT, GRID, HatchPattern, HEIGHT, INK, LineKey, Marker, PAD, seriesStyle, ticks, WIDTH, wrapLabel } from './chart-parts';
import { formatEstimate, number, scaled, unitOf, type EstimateLike, type MetricScale } from './evidence-format';
import type { MetricAnalysis } from './use-evidence';

interface BarDatum {
  group: string;
  baseline: EstimateLike;
  followUp: EstimateLike;
}

const shown = (scale: MetricScale, e: EstimateLike) => (e.available && e.estimate !== null ? scaled(scale, e.estimate) : null);
const plotW = WIDTH - PAD.left - PAD.right;

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
    if (v === null)
      return (
        <text x={x + barW / 2} y={y(0) - 6} textAnchor="middle" fontSize={FONT} fill="#4c6272">
          n/a
        </text>
      );
    const lo = e.lower !== null ? scaled(scale, e.lower) : v;
    const hi = e.upper !== null ? scaled(scale, e.upper) : v;
    const cx = x + barW / 2;
    return (
      <>
        <rect x={x} y={y(v)} width={barW} height={Math.max(0, y(0) - y(v))} fill={pattern ? `url(#${pattern})` : colour} stroke={colour} strokeWidth="2" />
        <line x1={cx} x2={cx} y1={y(lo)} y2={y(hi)} stroke={INK} strokeWidth="2" />
        <line x1={cx - 6} x2={cx + 6} y1={y(lo)} y2={y(lo)} stroke={INK} strokeWidth="2" />
        <line x1={cx - 6} x2={cx + 6} y1={y(hi)} y2={y(hi)} stroke={INK} strokeWidth="2" />
      </>
    );
  }

  const hatch = `${id}-hatch`.replace(/:/g, '');
  return (
    <figure className="app-chart">
      <div className="app-chart__drawing" style={{ maxWidth: WIDTH }}>
        <svg className="app-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{`${summary}. Hatched bars show ${before}, solid bars ${after}; lines show 95% confidence intervals. The table gives the figures.`}</desc>
          <HatchPattern id={hatch} />
          {yTicks.map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke={GRID} />
              <text x={PAD.left - 8} y={y(t) + 5} textAnchor="end" fontSize={FONT} fill={INK}>
                {number(t)}
                {scale.kind === 'PROPORTION' ? '%' : ''}
              </text>
            </g>
          ))}
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke={INK} />
          {data.map((d, i) => {
            const x0 = PAD.left + i * band + band / 2 - barW - 2;
            return (
              <g key={d.group}>
                {bar(d.baseline, x0, BASELINE, hatch)}
                {bar(d.followUp, x0 + barW + 4, FOLLOW_UP)}
                <AxisLabel x={PAD.left + i * band + band / 2} y={y(0) + 22} lines={wrapLabel(d.group, charsIn(band - 8))} />
              </g>
            );
          })}
        </svg>
        <ul className="app-chart__legend" aria-hidden="true">
          <li>
            <BarKey hatched patternId={`${hatch}-key`} /> {before} (hatched)
          </li>
          <li>
            <BarKey hatched={false} patternId="" /> {after} (solid)
          </li>
        </ul>
      </div>
      <ChartTable caption={title} columns={['Group', before, after]}>
        {data.map((d) => (
          <tr className="nhsuk-table__row" key={d.group}>
            <th scope="row" className="nhsuk-table__header">
              {d.group}
            </th>
            <td className="nhsuk-table__cell">{formatEstimate(scale, d.baseline)}</td>
            <td className="nhsuk-table__cell">{formatEstimate(scale, d.followUp)}</td>
          </tr>
        ))}
      </ChartTable>
    </figure>
  );
}

/** Which period labels fit under the axis without running into each other: every nth, and the last. */
function shownPeriods(periods: string[]): Set<number> {
  if (periods.length < 2) return new Set([0]);
  const widest = Math.max(...periods.map((p) => p.length)) * FONT * 0.55 + 16;
  const every = Math.ceil(widest / (plotW / (periods.length - 1)));
  const last = periods.length - 1;
  const shown = periods.map((_, i) => i).filter((i) => i % every === 0 && last - i >= every);
  return new Set([...shown, last]);
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
  // One line of period labels: less room below than the bars need.
  const bottom = 44;
  const plotH = HEIGHT - PAD.top - bottom;
  const y = (v: number) => PAD.top + plotH - ((v - yMin) / (yMax - yMin || 1)) * plotH;
  const x = (i: number) => PAD.left + (series.length === 1 ? plotW / 2 : (i / (series.length - 1)) * plotW);
  const labelled = shownPeriods(series.map((p) => p.period));
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
    <figure className="app-chart">
      <div className="app-chart__drawing" style={{ maxWidth: WIDTH }}>
        <svg className="app-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{`${summary}. Zero is no gap. The table gives every period's figures.`}</desc>
          {yTicks.map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? INK : GRID} />
              <text x={PAD.left - 8} y={y(t) + 5} textAnchor="end" fontSize={FONT} fill={INK}>
                {number(t)}
              </text>
            </g>
          ))}
          {series.map((p, i) =>
            labelled.has(i) ? (
              // The first and last labels sit inside the chart rather than half off its edges.
              <AxisLabel
                key={p.period}
                x={x(i)}
                y={HEIGHT - bottom + 24}
                lines={[p.period]}
                anchor={i === 0 && series.length > 1 ? 'start' : i === series.length - 1 && series.length > 1 ? 'end' : 'middle'}
              />
            ) : null,
          )}
          {groups.map((g, gi) => {
            const style = seriesStyle(gi);
            const points = series.flatMap((p, i) => {
              const e = gapAt(p, g);
              return e && e.available && e.estimate !== null ? [[x(i), y(scaled(scale, e.estimate))] as const] : [];
            });
            return (
              <g key={g} data-series={g}>
                <polyline points={points.map(([px, py]) => `${px},${py}`).join(' ')} fill="none" stroke={style.colour} strokeWidth="3" strokeDasharray={style.dash} />
                {points.map(([px, py], i) => (
                  <Marker key={i} shape={style.marker} x={px} y={py} colour={style.colour} />
                ))}
              </g>
            );
          })}
        </svg>
        <ul className="app-chart__legend" aria-hidden="true">
          {groups.map((g, gi) => (
            <li key={g} data-series={g}>
              <LineKey index={gi} /> {g}
            </li>
          ))}
        </ul>
      </div>
      <ChartTable caption={title} columns={['Period', ...groups]}>
        {series.map((p) => (
          <tr className="nhsuk-table__row" key={p.period}>
            <th scope="row" className="nhsuk-table__header app-chart__period">
              {p.period}
            </th>
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
      </ChartTable>
    </figure>
  );
}

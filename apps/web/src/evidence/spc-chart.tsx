/**
 * Run and SPC charts as NHS England's Making Data Count draws them (the server computes them:
 * packages/stats/src/spc.ts), and the data quality of ethnicity recording. Nothing is told by
 * colour alone: special cause points have their own marker shape, the icons are words, each
 * chart has a title and a text description, and a table gives every figure.
 */
import { useId } from 'react';
import type { DataQualityFieldsFragment, SpcAssurance, SpcChartFieldsFragment, SpcVariation } from '../gql/graphql';
import { TableHead } from '../layout/table-head';
import { AxisLabel, ChartTable, FONT, GRID, HEIGHT, INK, PAD, ticks, WIDTH } from './chart-parts';
import { number, scaled, unitOf, type MetricScale } from './evidence-format';
import { WarningCallout } from '../layout/warning-callout';

const COMMON = '#768692';
const IMPROVING = '#005eb8';
const CONCERNING = '#ed8b00';
const LIMIT = '#425563';
const TARGET = '#d5281b';
const plotW = WIDTH - PAD.left - PAD.right;
const BOTTOM = 44;

export const VARIATION_LABELS: Record<SpcVariation, string> = {
  COMMON_CAUSE: 'Common cause variation',
  SPECIAL_CAUSE_IMPROVING: 'Special cause variation: improving',
  SPECIAL_CAUSE_CONCERNING: 'Special cause variation: concerning',
};
export const ASSURANCE_LABELS: Record<SpcAssurance, string> = {
  CONSISTENTLY_HIT: 'Target consistently hit',
  CONSISTENTLY_MISSED: 'Target consistently missed',
  HIT_AND_MISS: 'Target hit and missed at random',
  NO_TARGET: 'No target set',
};
const TAGS: Record<SpcVariation, string> = { COMMON_CAUSE: 'nhsuk-tag--grey', SPECIAL_CAUSE_IMPROVING: 'nhsuk-tag--blue', SPECIAL_CAUSE_CONCERNING: 'nhsuk-tag--orange' };

type Point = SpcChartFieldsFragment['points'][number];

/** The rules that hold at a point, in words: "above the upper limit; run of 7 above the mean". */
export function pointSignals(p: Point): string {
  const side = (s: string | null, high: string, low: string) => (s === 'HIGH' ? high : low);
  return [
    p.beyondLimits && side(p.beyondLimits, 'above the upper limit', 'below the lower limit'),
    p.shift && side(p.shift, 'run of 7 or more above the mean', 'run of 7 or more below the mean'),
    p.trend && side(p.trend, 'trend of 7 or more increasing', 'trend of 7 or more decreasing'),
    p.twoOfThree && side(p.twoOfThree, 'two of three beyond 2 sigma above', 'two of three beyond 2 sigma below'),
  ]
    .filter(Boolean)
    .join('; ');
}

function PointMarker({ variation, x, y }: { variation: SpcVariation; x: number; y: number }) {
  if (variation === 'SPECIAL_CAUSE_IMPROVING') return <rect x={x - 6} y={y - 6} width={12} height={12} fill={IMPROVING} stroke={INK} strokeWidth="1" />;
  if (variation === 'SPECIAL_CAUSE_CONCERNING') return <path d={`M ${x} ${y - 8} L ${x + 8} ${y + 6} L ${x - 8} ${y + 6} Z`} fill={CONCERNING} stroke={INK} strokeWidth="1" />;
  return <circle cx={x} cy={y} r={4} fill={COMMON} />;
}

/** One series' SPC chart: the values joined (a run chart), the mean, the process limits, recalculation points and the target; icons as words; a table. */
export function SpcChartFigure({ name, scale, chart }: { name: string; scale: MetricScale; chart: SpcChartFieldsFragment }) {
  const id = useId().replace(/:/g, '');
  const subject = chart.isOverall ? 'all people' : chart.group;
  const title = `${name}: SPC chart (${chart.type === 'P' ? 'p-chart' : 'XmR chart'}) for ${subject}`;
  if (!chart.available)
    return (
      <p className="nhsuk-body" data-testid="spc-unavailable">
        No SPC chart for {subject}: {chart.reason}
      </p>
    );
  const points = chart.points;
  const unit = unitOf(scale);
  const v = (x: number) => scaled(scale, x);
  const show = (x: number) => `${number(v(x))}${unit}`;
  const all = points.flatMap((p) => [p.value, p.upperLimit, p.lowerLimit]).concat(chart.target ?? []);
  const yTicks = ticks(Math.min(...all.map(v)), Math.max(...all.map(v)));
  const [yMin, yMax] = [yTicks[0], yTicks[yTicks.length - 1]];
  const plotH = HEIGHT - PAD.top - BOTTOM;
  const y = (value: number) => PAD.top + plotH - ((v(value) - yMin) / (yMax - yMin || 1)) * plotH;
  const x = (i: number) => PAD.left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  // Limits and mean are drawn per stretch (a recalculation starts a new one), stepped per point for a p-chart.
  const stretches: number[][] = [];
  points.forEach((p, i) => (i === 0 || p.recalculated ? stretches.push([i]) : stretches[stretches.length - 1].push(i)));
  const path = (key: 'mean' | 'upperLimit' | 'lowerLimit') => stretches.map((s) => s.map((i, k) => `${k === 0 ? 'M' : 'L'} ${x(i)} ${y(points[i][key])}`).join(' ')).join(' ');
  const every = Math.max(1, Math.ceil(points.length / 6));
  const last = points[points.length - 1];
  const description = `${chart.description} The table below gives every period's value, limits and the rules that hold.`;
  return (
    <figure className="app-chart" data-testid="spc-chart">
      <p className="nhsuk-body-s">
        <strong className={`nhsuk-tag ${TAGS[chart.variation ?? 'COMMON_CAUSE']}`}>{VARIATION_LABELS[chart.variation ?? 'COMMON_CAUSE']}</strong>{' '}
        <strong className="nhsuk-tag nhsuk-tag--white">{ASSURANCE_LABELS[chart.assurance ?? 'NO_TARGET']}</strong>
        {chart.provisional && <span> Limits are provisional: fewer than 12 points.</span>}
      </p>
      <div className="app-chart__drawing" style={{ maxWidth: WIDTH }}>
        <svg className="app-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {yTicks.map((t) => (
            <g key={t}>
              <line
                x1={PAD.left}
                x2={WIDTH - PAD.right}
                y1={PAD.top + plotH - ((t - yMin) / (yMax - yMin || 1)) * plotH}
                y2={PAD.top + plotH - ((t - yMin) / (yMax - yMin || 1)) * plotH}
                stroke={GRID}
              />
              <text x={PAD.left - 8} y={PAD.top + plotH - ((t - yMin) / (yMax - yMin || 1)) * plotH + 5} textAnchor="end" fontSize={FONT} fill={INK}>
                {number(t)}
                {scale.kind === 'PROPORTION' ? '%' : ''}
              </text>
            </g>
          ))}
          {points.map((p, i) =>
            (i % every === 0 && points.length - 1 - i >= every) || i === points.length - 1 ? (
              <AxisLabel key={p.period} x={x(i)} y={HEIGHT - BOTTOM + 24} lines={[p.period]} anchor={i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'} />
            ) : null,
          )}
          {points.map((p, i) =>
            p.recalculated ? <line key={`r${i}`} x1={x(i)} x2={x(i)} y1={PAD.top} y2={PAD.top + plotH} stroke={INK} strokeDasharray="2 4" data-testid="spc-recalculation" /> : null,
          )}
          <path d={path('upperLimit')} fill="none" stroke={LIMIT} strokeWidth="2" strokeDasharray="8 4" />
          <path d={path('lowerLimit')} fill="none" stroke={LIMIT} strokeWidth="2" strokeDasharray="8 4" />
          <path d={path('mean')} fill="none" stroke={INK} strokeWidth="2" />
          {chart.median !== null && (
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(chart.median)} y2={y(chart.median)} stroke={COMMON} strokeWidth="1.5" strokeDasharray="1 4" data-testid="run-median" />
          )}
          {chart.target !== null && <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(chart.target)} y2={y(chart.target)} stroke={TARGET} strokeWidth="2" strokeDasharray="2 3" />}
          <polyline points={points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')} fill="none" stroke={COMMON} strokeWidth="2" />
          {points.map((p, i) => (
            <PointMarker key={p.period} variation={p.variation} x={x(i)} y={y(p.value)} />
          ))}
        </svg>
        <ul className="app-chart__legend" aria-hidden="true">
          <li>Solid line: mean. Dashed lines: process limits (3 sigma). Dotted grey line: median (run chart).</li>
          {chart.target !== null && <li>Dotted red line: target ({show(chart.target)}).</li>}
          <li>Circle: common cause. Square: special cause, improving. Triangle: special cause, concerning.</li>
          {stretches.length > 1 && <li>Dotted vertical line: limits recalculated.</li>}
        </ul>
      </div>
      {chart.sentence && <p className="nhsuk-body">{chart.sentence}</p>}
      {chart.median !== null && (
        <p className="nhsuk-body-s" data-testid="run-chart">
          Run chart: median {show(chart.median)}; {chart.runSignals.length ? `${chart.runSignals.join('; ')}.` : 'no shift of 6 or more around the median and no trend of 5 or more.'}
        </p>
      )}
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Figures for the SPC chart for {subject}</span>
        </summary>
        <div className="nhsuk-details__text">
          <ChartTable caption={title} columns={['Period', 'Value', 'Mean', 'Lower limit', 'Upper limit', 'Variation', 'Rules that hold']} testId="spc-table">
            {points.map((p) => (
              <tr className="nhsuk-table__row" key={p.period}>
                <th scope="row" className="nhsuk-table__header app-chart__period">
                  {p.period}
                  {p.recalculated ? ' (limits recalculated)' : ''}
                </th>
                <td className="nhsuk-table__cell">{show(p.value)}</td>
                <td className="nhsuk-table__cell">{show(p.mean)}</td>
                <td className="nhsuk-table__cell">{show(p.lowerLimit)}</td>
                <td className="nhsuk-table__cell">{show(p.upperLimit)}</td>
                <td className="nhsuk-table__cell">{VARIATION_LABELS[p.variation]}</td>
                <td className="nhsuk-table__cell">{pointSignals(p) || 'None'}</td>
              </tr>
            ))}
          </ChartTable>
          <p className="nhsuk-body-s">Latest: {show(last.value)}.</p>
        </div>
      </details>
    </figure>
  );
}

/** Every SPC chart of a metric: all people first, then each group in a details element. */
export function SpcCharts({ name, scale, charts }: { name: string; scale: MetricScale; charts: SpcChartFieldsFragment[] }) {
  const [overall, ...groups] = charts;
  if (!overall) return null;
  // Two periods give one moving range: limits from it would mean nothing (the export draws none either).
  if (overall.available && overall.points.length < 3)
    return (
      <p className="nhsuk-body" data-testid="spc-too-few">
        Run and SPC charts need values for at least 3 periods (Making Data Count advises 15 to 20); with {overall.points.length}, compare the baseline and follow-up above.
      </p>
    );
  return (
    <>
      <h3 className="nhsuk-heading-m">Run and SPC charts</h3>
      <p className="nhsuk-body">
        Every period, as NHS England’s Making Data Count charts it: a p-chart for proportions, an XmR chart for rates and means. A point is special cause when it is beyond a process limit, part of a
        run of 7 on one side of the mean or a trend of 7, or two of three are beyond 2 sigma on one side.
      </p>
      <SpcChartFigure name={name} scale={scale} chart={overall} />
      {groups.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">SPC charts by ethnic group</span>
          </summary>
          <div className="nhsuk-details__text">
            {groups.map((chart) => (
              <section key={chart.group} aria-label={`SPC chart for ${chart.group}`}>
                <h4 className="nhsuk-heading-s">{chart.group}</h4>
                <SpcChartFigure name={name} scale={scale} chart={chart} />
              </section>
            ))}
          </div>
        </details>
      )}
    </>
  );
}

/** Flags on ethnicity recording, and the Not stated share at each period. */
export function DataQualityReport({ quality }: { quality: DataQualityFieldsFragment }) {
  if (!quality.notStated.length) return null;
  const pct = (v: number | null, hidden: boolean) => (v === null ? (hidden ? 'Hidden (small numbers)' : 'No one counted') : `${number(v * 100)}%`);
  return (
    <>
      <h3 className="nhsuk-heading-m">Data quality</h3>
      {quality.flags.length > 0 ? (
        <WarningCallout level={4} heading="Ethnicity recording" data-testid="data-quality-flags">
          <ul className="nhsuk-list nhsuk-list--bullet">
            {quality.flags.map((f) => (
              <li key={`${f.kind}-${f.period}-${f.group}`}>{f.message}</li>
            ))}
          </ul>
        </WarningCallout>
      ) : (
        <p className="nhsuk-body">Ethnicity was stated for at least 90% of people at every period, and no group’s make-up changed between baseline and follow-up.</p>
      )}
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Ethnicity not stated, by period</span>
        </summary>
        <div className="nhsuk-details__text">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">Share of people with ethnicity not stated or not known (code Z)</caption>
            <TableHead columns={['Period', 'Not stated', 'Flag']} />
            <tbody className="nhsuk-table__body">
              {quality.notStated.map((s) => (
                <tr className="nhsuk-table__row" key={s.period}>
                  <th scope="row" className="nhsuk-table__header">
                    {s.period}
                  </th>
                  <td className="nhsuk-table__cell">{pct(s.share, s.suppressed)}</td>
                  <td className="nhsuk-table__cell">{[s.high && 'Above 10%', s.moved && 'Moved by more than 5 points'].filter(Boolean).join('; ') || 'None'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

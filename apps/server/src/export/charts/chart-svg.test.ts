import { describe, expect, it } from 'vitest';
import { beforeAfterSvg, CHART_HEIGHT, gapOverTimeSvg, ticks, wrap, type BeforeAfterData, type ChartValue } from './chart-svg.js';

const value = (v: number, lower: number, upper: number): ChartValue => ({ kind: 'value', value: v, lower, upper });
const BARS: BeforeAfterData = {
  idPrefix: 'm1',
  title: 'Screening: 2023-Q1 and 2024-Q1 by ethnic group',
  description: 'White: 75.0% at 2023-Q1, 80.0% at 2024-Q1.',
  axisLabel: 'Per cent',
  beforeLabel: '2023-Q1 (baseline)',
  afterLabel: '2024-Q1 (follow-up)',
  valueSuffix: '%',
  groups: [
    { group: 'White', before: value(75, 70.5, 79.1), after: value(80, 75.8, 83.6) },
    { group: 'Black, Black British, Caribbean or African', before: value(50, 39.3, 60.7), after: value(75, 64.5, 83.2) },
    { group: 'Asian or Asian British', before: { kind: 'suppressed' }, after: value(94.2, 86.2, 97.7) },
    { group: 'Other ethnic group', before: { kind: 'missing' }, after: { kind: 'missing' } },
  ],
};

/** The svg element's groups with a data-bar attribute, each with its markup. */
const bars = (svg: string) => [...svg.matchAll(/<g data-bar="(before|after)" data-kind="(\w+)">(.*?)<\/g>/g)].map((m) => ({ which: m[1], kind: m[2], markup: m[3] }));
const numbers = (markup: string, attribute: string) => [...markup.matchAll(new RegExp(` ${attribute}="(-?[\\d.]+)"`, 'g'))].map((m) => Number(m[1]));
/** The plot's top and bottom: the y of the highest and lowest gridline. */
function plotSpan(svg: string): [number, number] {
  const grid = [...svg.matchAll(/<line x1="76" y1="([\d.]+)" x2="696" y2="\1" stroke="#(?:d8dde0|212b32)"/g)].map((m) => Number(m[1]));
  return [Math.min(...grid), Math.max(...grid)];
}

describe('beforeAfterSvg', () => {
  const svg = beforeAfterSvg(BARS);

  it('is a standalone, labelled SVG image: title, description, and ids from the prefix', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('role="img" aria-labelledby="m1-title m1-desc"');
    expect(svg).toContain('<title id="m1-title">Screening: 2023-Q1 and 2024-Q1 by ethnic group</title>');
    expect(svg).toContain('<desc id="m1-desc">White: 75.0% at 2023-Q1, 80.0% at 2024-Q1.</desc>');
    expect(svg).toContain('<pattern id="m1-hatch"');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('draws a hatched and a solid bar for each group with a value, each with its value written', () => {
    const drawn = bars(svg).filter((b) => b.kind === 'value');
    expect(drawn.map((b) => b.which)).toEqual(['before', 'after', 'before', 'after', 'after']);
    for (const b of drawn) expect(b.markup).toMatch(/<rect /);
    expect(drawn.filter((b) => b.which === 'before').every((b) => b.markup.includes('fill="url(#m1-hatch)"'))).toBe(true);
    expect(drawn.filter((b) => b.which === 'after').every((b) => b.markup.includes('fill="#005eb8"'))).toBe(true);
    for (const label of ['75.0%', '80.0%', '50.0%', '94.2%']) expect(svg).toContain(`>${label}</text>`);
    for (const group of ['White', 'Asian or', 'Other ethnic']) expect(svg).toContain(group);
  });

  it('puts every bar and 95% CI whisker inside the axis', () => {
    const [top, bottom] = plotSpan(svg);
    expect(bottom).toBeGreaterThan(top);
    for (const b of bars(svg).filter((x) => x.kind === 'value')) {
      const ys = [...numbers(b.markup, 'y1'), ...numbers(b.markup, 'y2')];
      expect(ys.length).toBe(6); // the whisker and its two caps
      for (const y of ys) expect(y).toBeGreaterThanOrEqual(top - 0.1);
      for (const y of ys) expect(y).toBeLessThanOrEqual(bottom + 0.1);
      const [rectY] = numbers(b.markup.match(/<rect [^>]*>/)![0], 'y');
      expect(rectY).toBeGreaterThanOrEqual(top - 0.1);
    }
  });

  it('writes "withheld" where a suppressed figure would be, and draws no bar for it', () => {
    const asian = svg.split('<g data-group=').find((part) => part.startsWith('"Asian or Asian British"'))!;
    const hidden = bars(asian).find((b) => b.which === 'before')!;
    expect(hidden.kind).toBe('suppressed');
    expect(hidden.markup).toContain('>withheld</text>');
    expect(hidden.markup).not.toMatch(/<rect|<line/);
    expect(
      bars(svg)
        .filter((b) => b.kind === 'missing')
        .map((b) => b.markup),
    ).toEqual([expect.stringContaining('>no data</text>'), expect.stringContaining('>no data</text>')]);
  });

  it('has a legend in the image itself: the periods and the interval', () => {
    for (const key of ['2023-Q1 (baseline)', '2024-Q1 (follow-up)', '95% confidence interval']) expect(svg).toContain(`>${key}</text>`);
  });

  it('escapes user text', () => {
    const evil = beforeAfterSvg({ ...BARS, title: '<script>x</script> & "q"', groups: [{ group: '<b>G</b>', before: value(1, 0, 2), after: value(2, 1, 3) }] });
    expect(evil).not.toContain('<script>');
    expect(evil).not.toContain('<b>');
    expect(evil).toContain('&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;');
  });
});

describe('gapOverTimeSvg', () => {
  const svg = gapOverTimeSvg({
    idPrefix: 'm1-gap',
    title: 'Screening: gap with White over time',
    description: 'Black: from -25.0 to -5.0 percentage points.',
    axisLabel: 'Gap with White, percentage points',
    periods: ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4'],
    series: [
      { group: 'Black', points: [value(-25, -35, -15), value(-15, -25, -5), value(-10, -20, 0), value(-5, -15, 5)] },
      { group: 'Asian', points: [value(-20, -30, -10), { kind: 'suppressed' }, value(-8, -18, 2), value(-2, -12, 8)] },
    ],
  });

  it('draws a line per group, broken where a figure is suppressed, with different dashes and markers', () => {
    const layer = (kind: string, group: string) => svg.match(new RegExp(`<g data-${kind}="${group}">(.*?)</g>`))![1];
    expect(layer('line', 'Black').match(/<polyline/g)).toHaveLength(1);
    expect(layer('markers', 'Black').match(/<circle/g)).toHaveLength(4);
    // The suppressed period leaves a single point then a run of two: one line, three markers.
    expect(layer('line', 'Asian').match(/<polyline/g)).toHaveLength(1);
    expect(layer('markers', 'Asian').match(/<rect/g)).toHaveLength(3);
    expect(layer('line', 'Asian')).toContain('stroke-dasharray="8 4"');
    // Markers above every line, the first group's on top.
    expect(svg.indexOf('data-markers="Asian"')).toBeGreaterThan(svg.indexOf('data-line="Asian"'));
    expect(svg.indexOf('data-markers="Black"')).toBeGreaterThan(svg.indexOf('data-markers="Asian"'));
  });

  it('labels the periods, the last value of each line, and says in the legend where figures are suppressed', () => {
    for (const p of ['2023-Q1', '2023-Q4']) expect(svg).toContain(`>${p}</text>`);
    expect(svg).toContain('>-5.0</text>');
    expect(svg).toContain('>-2.0</text>');
    expect(svg).toContain('>Asian (withheld at 2023-Q2)</text>');
    expect(svg).toContain('>Gap with White, percentage points</text>');
  });

  it('keeps every point inside the axis, which includes zero', () => {
    const [top, bottom] = plotSpan(svg);
    const lines = [...svg.matchAll(/<g data-markers="[^"]+">(.*?)<\/g>/g)].map((m) => m[1]).join('');
    const ys = [...lines.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g), ...lines.matchAll(/<rect x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(7);
    for (const y of ys) expect(y).toBeGreaterThanOrEqual(top - 0.1);
    for (const y of ys) expect(y).toBeLessThanOrEqual(bottom + 0.1);
    expect(svg).toMatch(/>0<\/text>/);
    expect(Math.max(...ys)).toBeLessThan(CHART_HEIGHT);
  });
});

describe('helpers', () => {
  it('ticks cover the whole range with round steps', () => {
    expect(ticks(0, 73)).toEqual([0, 20, 40, 60, 80]);
    expect(ticks(0, 80)).toEqual([0, 20, 40, 60, 80]);
    expect(ticks(-25, 5)).toEqual([-25, -20, -15, -10, -5, 0, 5]);
    expect(ticks(0, 0.8).at(-1)).toBeGreaterThanOrEqual(0.8);
  });

  it('wraps long group names on word boundaries, cutting the third line', () => {
    expect(wrap('Black, Black British, Caribbean or African', 14)).toEqual(['Black, Black', 'British,', 'Caribbean or…']);
    expect(wrap('White', 14)).toEqual(['White']);
  });
});

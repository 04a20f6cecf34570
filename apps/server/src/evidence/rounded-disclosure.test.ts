import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../test-support/api-client.js';
import type { RoundedViewQuery } from '../test-support/gql/graphql.js';
import { DISCLOSURE_SET_VALUES, ROUNDED_CREATE_METRIC, ROUNDED_VIEW } from '../test-support/operations.js';
import { useTestTeam } from '../test-support/test-team.js';
import { MetricKind } from './evidence.enums.js';
import { valueAt, zOf } from './metric.methods.js';

/**
 * Rounding to the nearest 5, seen from outside by someone who sees rounded figures (a nurse; the
 * lead for exports): every figure is worked out from the rounded counts, so that no field gives an
 * exact count back (shown 5/15 beside 17.6% would reveal 3/17). Each check reads only what the
 * API, the files and the exports hand out.
 */

const { server, team } = useTestTeam();
const PERIODS = ['Q1 2023', 'Q2 2023', 'Q3 2023', 'Q4 2023'];
// Numerator/denominator per period: none a multiple of 5, so rounding moves every one. Bangladeshi
// (K) at Q1 is 3 of 41, small (hidden, and Pakistani with it); Not stated (Z) feeds the data quality.
const PROPORTIONS: Record<string, [number, number][]> = {
  A: [
    [613, 817],
    [629, 822],
    [641, 826],
    [658, 831],
  ],
  B: [
    [47, 68],
    [52, 71],
    [49, 66],
    [54, 73],
  ],
  H: [
    [138, 251],
    [151, 247],
    [163, 256],
    [176, 262],
  ],
  J: [
    [96, 173],
    [104, 181],
    [117, 178],
    [121, 184],
  ],
  K: [
    [3, 41],
    [12, 44],
    [14, 39],
    [16, 43],
  ],
  N: [
    [71, 143],
    [83, 149],
    [91, 152],
    [102, 154],
  ],
  Z: [
    [29, 112],
    [33, 118],
    [36, 121],
    [41, 127],
  ],
};
// Emergency admissions per 100,000 by age band (a directly standardised rate beside the crude one).
const BANDED = ['2022', '2023'].flatMap((period, p) => [
  { period, ethnicCode: 'A', ageBand: '80-84', numerator: 17 + p, denominator: 9987 },
  { period, ethnicCode: 'A', ageBand: '85-89', numerator: 31 + p, denominator: 10012 },
  { period, ethnicCode: 'A', ageBand: '90+', numerator: 22 - p, denominator: 5003 },
  { period, ethnicCode: 'H', ageBand: '85-89', numerator: 13 + p, denominator: 1012 },
  { period, ethnicCode: 'H', ageBand: '90+', numerator: 11 - p, denominator: 508 },
]);
// Minutes to antibiotics: the means stay as they are; n is a count, rounded.
const MEANS = [
  { period: '2022', ethnicCode: 'A', mean: 41.3, sd: 12.1, n: 87 },
  { period: '2022', ethnicCode: 'H', mean: 47.9, sd: 14.2, n: 23 },
  { period: '2023', ethnicCode: 'A', mean: 38.2, sd: 11.4, n: 92 },
  { period: '2023', ethnicCode: 'H', mean: 44.1, sd: 13.0, n: 27 },
];

type ViewedMetric = NonNullable<RoundedViewQuery['entry']>['metrics'][number];
type Analysis = ViewedMetric['ons'];
type Figures = Analysis['overall'][number];
type Estimate = Figures['value'];

const get = (path: string, client: ApiClient) => fetch(`${server.url}${path}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
const view = async (client: ApiClient) => (await client.ok(ROUNDED_VIEW, { id: team.entryId })).entry!.metrics.filter((m) => m.name.startsWith('Rounded'));
const isFive = (x: number | null | undefined) => x == null || x % 5 === 0;
const COUNT_KEYS = new Set(['numerator', 'denominator', 'n', 'events', 'population', 'notStated', 'total']);
const FIGURE_KEYS = new Set(['estimate', 'lower', 'upper', 'value', 'mean', 'median', 'upperLimit', 'lowerLimit', 'upperTwoSigma', 'lowerTwoSigma', 'share']);

/** Every number under one of `keys` anywhere in a JSON-like value. */
function numbersUnder(value: unknown, keys: Set<string>, out: number[] = []): number[] {
  if (Array.isArray(value)) value.forEach((v) => numbersUnder(v, keys, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'number' && keys.has(k)) out.push(v);
      else numbersUnder(v, keys, out);
    }
  return out;
}

/** A figure as text writes it: a percentage or percentage points, a rate per N, or a mean, to 1 decimal place. */
function textForms(metric: ViewedMetric): (x: number) => string[] {
  const factor = metric.kind === MetricKind.PROPORTION ? 100 : metric.kind === MetricKind.RATE ? (metric.ratePer ?? 1000) : 1;
  // Sentences give 2 decimal places where 1 would round a change to nothing.
  return (x) => [(Math.abs(x) * factor).toFixed(1), (Math.abs(x) * factor).toFixed(2)];
}

/** Each figure's value and interval, as one who reads its counts would work them out (Wilson, exact Poisson/Byar, t). */
function expectWorkedFrom(metric: ViewedMetric, f: Figures) {
  if (f.suppressed) {
    expect([f.numerator, f.denominator, f.n, f.value.estimate]).toEqual([null, null, null, null]);
    return;
  }
  expect([f.numerator, f.denominator, f.n].every(isFive)).toBe(true);
  if (metric.kind !== MetricKind.MEAN && f.denominator) expect(f.value.estimate).toBeCloseTo(f.numerator! / f.denominator, 12);
  const worked = valueAt(metric.kind as MetricKind, { numerator: f.numerator, denominator: f.denominator, mean: f.mean, sd: f.sd, n: f.n }, zOf(metric.confidenceLevel as never));
  if ('estimate' in worked) {
    expect(f.value.estimate).toBeCloseTo(worked.estimate, 12);
    expect(f.value.lower).toBeCloseTo(worked.lower, 12);
    expect(f.value.upper).toBeCloseTo(worked.upper, 12);
  } else expect(f.value.available).toBe(false);
}

const difference = (a: Estimate, b: Estimate, d: Estimate | null | undefined) => {
  if (d?.available) expect(d.estimate).toBeCloseTo(a.estimate! - b.estimate!, 12);
};

/** The checks of one analysis as a rounded viewer reads it. */
function expectConsistent(metric: ViewedMetric, analysis: Analysis) {
  expect(numbersUnder(analysis, COUNT_KEYS).every(isFive)).toBe(true);
  for (const g of analysis.groups) {
    expectWorkedFrom(metric, g.baseline);
    expectWorkedFrom(metric, g.followUp);
  }
  for (const period of analysis.timeSeries) for (const g of period.groups) expectWorkedFrom(metric, g.figures);
  for (const f of analysis.overall) expectWorkedFrom(metric, f);
  if (metric.kind !== MetricKind.PROPORTION) return;
  // Changes and gaps are differences of the values shown.
  const reference = analysis.groups.find((g) => g.isReference)!;
  for (const g of analysis.groups) {
    difference(g.followUp.value, g.baseline.value, g.change);
    if (!g.isReference) {
      difference(g.baseline.value, reference.baseline.value, g.gapBefore?.difference);
      difference(g.followUp.value, reference.followUp.value, g.gapAfter?.difference);
    }
  }
  for (const period of analysis.timeSeries) {
    const ref = period.groups.find((g) => g.isReference)!;
    for (const g of period.groups) difference(g.figures.value, ref.figures.value, g.gapToReference);
    // All people is the groups added up, as shown.
    const all = analysis.overall.find((f) => f.period === period.period)!;
    if (!all.suppressed && period.groups.every((g) => !g.figures.suppressed)) {
      expect(all.numerator).toBe(period.groups.reduce((s, g) => s + g.figures.numerator!, 0));
      expect(all.denominator).toBe(period.groups.reduce((s, g) => s + g.figures.denominator!, 0));
    }
  }
  // The SPC chart of all people plots the shown proportions.
  for (const chart of analysis.spc.filter((c) => c.isOverall && c.available))
    for (const p of chart.points) expect(p.value).toBeCloseTo(analysis.overall.find((f) => f.period === p.period)!.value.estimate!, 12);
  // The Not stated share is its shown count of the shown total.
  for (const s of analysis.dataQuality.notStated) if (!s.suppressed) expect(s.share).toBeCloseTo(s.notStated! / s.total!, 12);
}

let dir: string;
let nurse: ViewedMetric[];
let analyst: ViewedMetric[];
/** Exact counts (100 or more) and figures worked out from them that the rounded view must not hold, as patterns. */
let forbidden: { what: string; pattern: RegExp }[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-rounded-'));
  const analystClient = team.members.ANALYST.client;
  const create = async (fields: Record<string, unknown>) =>
    (await analystClient.ok(ROUNDED_CREATE_METRIC, { i: { entryId: team.entryId, definition: 'As named.', direction: 'HIGHER_IS_BETTER', roundToFive: true, ...fields } as never })).createMetric.metric
      .id;
  const proportion = await create({ name: 'Rounded screening within an hour', kind: 'PROPORTION', baselinePeriod: PERIODS[0], followUpPeriod: PERIODS[3] });
  const values = Object.entries(PROPORTIONS).flatMap(([ethnicCode, rows]) => rows.map(([numerator, denominator], i) => ({ period: PERIODS[i], ethnicCode, numerator, denominator })));
  await analystClient.ok(DISCLOSURE_SET_VALUES, { i: { metricId: proportion, values } });
  const rate = await create({ name: 'Rounded emergency admissions', kind: 'RATE', ratePer: 100000, direction: 'LOWER_IS_BETTER' });
  await analystClient.ok(DISCLOSURE_SET_VALUES, { i: { metricId: rate, values: BANDED } });
  const mean = await create({ name: 'Rounded minutes to antibiotics', kind: 'MEAN', unit: 'minutes', direction: 'LOWER_IS_BETTER' });
  await analystClient.ok(DISCLOSURE_SET_VALUES, { i: { metricId: mean, values: MEANS } });

  nurse = await view(team.members.NURSE.client);
  analyst = await view(analystClient);
  expect(nurse.map((m) => m.kind)).toEqual(['PROPORTION', 'RATE', 'MEAN']);

  // What the analyst sees is exact: every count and figure of theirs that the rounded view does not also show is forbidden to it.
  forbidden = [];
  const shown = new Set(nurse.flatMap((m) => numbersUnder([m.ons, m.detailed], FIGURE_KEYS).flatMap(textForms(m))));
  for (const exact of analyst) {
    const form = textForms(exact);
    for (const x of new Set(numbersUnder([exact.ons, exact.detailed], FIGURE_KEYS).flatMap(form)))
      if (!shown.has(x)) forbidden.push({ what: `${exact.name}: figure ${x}`, pattern: new RegExp(`(?<![\\w.])${x.replace('.', '\\.')}(?!\\d)`) });
    // In text, only counts of 100 or more: smaller numbers stand in references ("Stat Med 1998;17") and notes ("fewer than 12 points");
    // every count field is checked to be a multiple of 5, and the figures worked out from small counts are forbidden above.
    const counts = new Set([...numbersUnder([exact.values, exact.ons, exact.detailed], COUNT_KEYS)].filter((x) => x >= 100 && x % 5 !== 0));
    for (const x of counts) forbidden.push({ what: `${exact.name}: count ${x}`, pattern: new RegExp(`(?<![\\w.,-])(${x}|${x.toLocaleString('en-GB')})(?![\\w.]|,\\d)`) });
  }
  // The exact Q1 proportion of White British (613/817 = 75.0%) and the rounded one (615/815 = 75.5%) differ: the check has teeth.
  expect(forbidden.map((f) => f.what)).toEqual(expect.arrayContaining(['Rounded screening within an hour: count 613', 'Rounded screening within an hour: figure 75.0']));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Which forbidden figures a text holds (none, it should be). */
const leaks = (text: string) =>
  forbidden.flatMap((f) => {
    const at = f.pattern.exec(text)?.index;
    return at === undefined ? [] : [`${f.what} in “…${text.slice(Math.max(0, at - 40), at + 20)}…”`];
  });

describe('rounded to the nearest 5: every figure is worked out from the rounded counts', () => {
  it('through the API: values, both levels of the analysis, standardised rates, SPC and data quality agree with the rounded counts and give no exact count back', async () => {
    for (const metric of nurse) {
      expect(metric.values.every((v) => [v.numerator, v.denominator, v.n].every(isFive))).toBe(true);
      expectConsistent(metric, metric.ons);
      expectConsistent(metric, metric.detailed);
      expect(leaks(JSON.stringify(metric))).toEqual([]);
    }
    const [proportion, rate, mean] = nurse;
    // White British at Q1 reads 615/815, 75.5%: not 75.0% (613/817).
    const whiteBritish = proportion.detailed.groups.find((g) => g.group === 'White British')!;
    expect(whiteBritish.baseline).toMatchObject({ numerator: 615, denominator: 815 });
    expect(whiteBritish.baseline.value.estimate).toBeCloseTo(615 / 815, 12);
    // The Asian group at Q1 is its categories' rounded counts added up (Indian 140/250, Pakistani 95/175, Bangladeshi 5/40), two of them hidden.
    expect(proportion.ons.groups.find((g) => g.group === 'Asian or Asian British')!.baseline).toMatchObject({ numerator: 240, denominator: 465 });
    expect(proportion.values.filter((v) => v.period === PERIODS[0] && ['J', 'K'].includes(v.ethnicCode)).map((v) => [v.numerator, v.suppressed])).toEqual([
      [null, 'WITHHELD'],
      [null, 'WITHHELD'],
    ]);
    // A group's crude counts are its age bands' rounded counts added up; its standardised rate is of those bands too.
    const white2022 = rate.values.filter((v) => v.period === '2022' && v.ethnicCode === 'A');
    const crude = rate.detailed.timeSeries.find((p) => p.period === '2022')!.groups.find((g) => g.code === 'A')!.figures;
    expect([crude.numerator, crude.denominator]).toEqual([white2022.reduce((s, v) => s + v.numerator!, 0), white2022.reduce((s, v) => s + v.denominator!, 0)]);
    expect([crude.numerator, crude.denominator]).toEqual([15 + 30 + 20, 9985 + 10010 + 5005]);
    for (const r of rate.ons.standardisedRates) expect(r.crude.estimate).toBeCloseTo(r.events! / r.population!, 12);
    // Means are shown as entered; n is rounded and the t interval rests on it.
    expect(mean.values.map((v) => v.n)).toEqual([85, 25, 90, 25]);
  });

  it('the ready-to-paste sentences, the analyst’s too, quote only what the rounded view shows', async () => {
    for (const [i, metric] of nurse.entries()) {
      for (const level of ['ons', 'detailed'] as const) {
        const mine = analyst[i][level];
        const theirs = metric[level];
        expect(mine.sentences).toEqual(theirs.sentences);
        expect(mine.groups.map((g) => [g.changeSentence, g.gapSentence])).toEqual(theirs.groups.map((g) => [g.changeSentence, g.gapSentence]));
        expect(leaks(JSON.stringify([mine.sentences, mine.groups.map((g) => [g.changeSentence, g.gapSentence])]))).toEqual([]);
      }
    }
    // White British's sentence (detailed level) quotes 615/815, the rounded counts (75.46%), never 613/817 (75.03%).
    const sentence = analyst[0].detailed.groups.find((g) => g.group === 'White British')!.changeSentence!;
    expect(sentence).toContain(`${((615 / 815) * 100).toFixed(2)}%`);
    expect(sentence).not.toContain(`${((613 / 817) * 100).toFixed(2)}%`);
  });

  it('the analysis files (CSV and XLSX) as the nurse downloads them', async () => {
    for (const metric of nurse) {
      const csv = await (await get(`/metrics/${metric.id}/analysis.csv`, team.members.NURSE.client)).text();
      expect(leaks(csv)).toEqual([]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await (await get(`/metrics/${metric.id}/analysis.xlsx`, team.members.NURSE.client)).arrayBuffer());
      const cells: unknown[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push(...(row.values as unknown[]))));
      expect(leaks(cells.map((c) => (c == null ? '' : String(c))).join('\n'))).toEqual([]);
      // Every series row's estimate is its own (rounded) numerator over its denominator.
      if (metric.kind === MetricKind.PROPORTION) {
        const header = csv
          .replace(/^\uFEFF/, '')
          .split('\r\n')[0]
          .split(',');
        const col = (name: string) => header.indexOf(name);
        const rows = csv
          .split('\r\n')
          .filter((l) => l.startsWith('series,'))
          .map((l) => l.split(','));
        expect(rows.length).toBeGreaterThan(0);
        for (const r of rows.filter((r) => r[col('denominator')])) {
          expect(Number(r[col('numerator')]) % 5).toBe(0);
          expect(Number(r[col('estimate')])).toBeCloseTo(Number(r[col('numerator')]) / Number(r[col('denominator')]), 12);
        }
      }
    }
  });

  it('every export (Markdown, HTML, DOCX and the evidence pack PDF) as the lead makes it', async () => {
    const lead = team.members.LEAD.client;
    const text = async (format: 'md' | 'html' | 'docx' | 'pdf') => {
      const response = await get(`/entries/${team.entryId}/export.${format}`, lead);
      expect(response.status).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      if (format === 'docx') return (await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
      if (format === 'pdf') {
        writeFileSync(join(dir, 'pack.pdf'), body);
        return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'pack.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      }
      // The words a reader sees: tags (and the charts' SVG coordinates in them), styles and embedded images left out; chart labels kept.
      return body
        .toString('utf8')
        .replace(/<style[\s\S]*?<\/style>/g, ' ')
        .replace(/data:[^)"\s]+/g, ' ')
        .replace(/<[^>]+>/g, ' ');
    };
    for (const format of ['md', 'html', 'docx', 'pdf'] as const) {
      const exported = await text(format);
      // The exports do carry the metrics: the rounded White British counts and their proportion.
      expect(exported, format).toMatch(/615/);
      expect(exported, format).toContain(`${((615 / 815) * 100).toFixed(1)}%`);
      expect(leaks(exported), format).toEqual([]);
    }
  });
});

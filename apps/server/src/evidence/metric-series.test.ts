import { beforeAll, describe, expect, it } from 'vitest';
import type { UpdateMetricInput } from '../test-support/gql/graphql.js';
import { useTestTeam } from '../test-support/test-team.js';
import { DISCLOSURE_SET_VALUES, IMPORT_VALUES, SERIES_ANALYSIS, SERIES_CREATE, SERIES_UPDATE } from '../test-support/operations.js';

const WHITE = 'White';
const ASIAN = 'Asian or Asian British';
const BLACK = 'Black, Black British, Caribbean or African';
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

/**
 * 24 months. White (A): 50% for a year then 60%, ±3 in 180 month to month (a step change).
 * Asian: Indian (H) 90 and Pakistani (J) 10 a month in 2023, the other way round in 2024, all at
 * 50%. Black (M): 42% and 58% in turn, first 42% and last 58% (a change beyond chance between
 * the two months compared, and no rule on the chart). Not stated (Z): 30% of everyone, then
 * 60% in the last month. Mixed (D): 2 of 9 in March 2023 only, a cell hidden from all but analysts.
 */
function dataset(): string {
  const rows = MONTHS.flatMap((period, i) => {
    const late = i >= 12;
    const white = (late ? 108 : 90) + (i % 2 ? 3 : -3);
    const [h, j] = late ? [10, 90] : [90, 10];
    const black = i % 2 ? 58 : 42;
    const z = i === 23 ? 570 : 163; // 163 of 543 ≈ 30%; 570 of 950 = 60%
    return [
      `${period},A,${white},180`,
      `${period},H,${h / 2},${h}`,
      `${period},J,${j / 2},${j}`,
      `${period},M,${black},100`,
      `${period},Z,${Math.round(z / 2)},${z}`,
      ...(period === '2023-03' ? [`${period},D,2,9`] : []),
    ];
  });
  return ['period,ethnic_code,numerator,denominator', ...rows].join('\n');
}

const { server, team } = useTestTeam();
let metricId: string;
const analyst = () => team.members.ANALYST.client;
const lead = () => team.members.LEAD.client;

async function analysisAs(client: () => ReturnType<typeof analyst>) {
  const { entry } = await client().ok(SERIES_ANALYSIS, { id: team.entryId });
  return { analysis: entry!.metrics.find((m) => m.id === metricId)!.analysis, readiness: entry!.readiness };
}

beforeAll(async () => {
  const created = await analyst().ok(SERIES_CREATE, {
    i: { entryId: team.entryId, name: 'Sepsis screening within one hour', definition: 'Screened within an hour of arrival.', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' },
  });
  metricId = created.createMetric.metric.id;
  expect(created.createMetric.metric).toMatchObject({ target: null, recalculationPeriods: [] });
  await analyst().ok(IMPORT_VALUES, { i: { metricId, csv: dataset(), replace: true } });
});

describe('the whole series and its SPC charts', () => {
  it('keeps every period, for all people and for each group, not only the first and last', async () => {
    const { analysis } = await analysisAs(analyst);
    expect(analysis.periods).toEqual(MONTHS);
    expect(analysis.overall.map((p) => p.period)).toEqual(MONTHS);
    // All people at the first month: every group, Not stated included.
    expect(analysis.overall[0]).toMatchObject({ numerator: 87 + 45 + 5 + 42 + 82, denominator: 180 + 100 + 100 + 163, suppressed: false });
    expect(analysis.spc.map((c) => c.group)).toEqual(['All people', WHITE, 'Mixed or Multiple ethnic groups', ASIAN, BLACK]);
    for (const chart of analysis.spc.filter((c) => c.available)) expect(chart.points).toHaveLength(chart.group.startsWith('Mixed') ? 1 : 24);
  });

  it('draws a p-chart with limits per point, flags the step change as shifts, and recalculates limits from a marked period', async () => {
    let white = (await analysisAs(analyst)).analysis.spc.find((c) => c.group === WHITE)!;
    expect(white).toMatchObject({ available: true, type: 'P', provisional: false, assurance: 'NO_TARGET', variation: 'SPECIAL_CAUSE_IMPROVING' });
    const pBar = white.points[0].mean;
    expect(white.points[0].upperLimit).toBeCloseTo(pBar + 3 * Math.sqrt((pBar * (1 - pBar)) / 180), 12);
    expect(white.points.slice(0, 12).every((p) => p.shift === 'LOW' && p.variation === 'SPECIAL_CAUSE_CONCERNING')).toBe(true);
    expect(white.points.slice(12).every((p) => p.shift === 'HIGH')).toBe(true);
    expect(white.signals).toEqual(['a run of 7 or more points above the mean (from 2024-01)', 'a run of 7 or more points below the mean (from 2023-01)']);
    expect(white.sentence).toMatch(/^Over 24 periods \(2023-01 to 2024-12\), sepsis screening within one hour for White patients showed special cause variation of an improving nature/);
    expect(white.description).toMatch(/^SPC p-chart of Sepsis screening within one hour for White patients, 24 periods/);
    expect((await analysisAs(analyst)).analysis.notes).toContain(
      'The SPC chart for White has runs on both sides of its mean, a step change from about 2024-01: if a change was made then, mark it as a recalculation point.',
    );

    // The analyst marks January 2024, when the change was made: two stretches, no shift in either.
    const updated = await analyst().ok(SERIES_UPDATE, { i: { metricId, recalculationPeriods: [' 2024-01 '], target: 0.4 } });
    expect(updated.updateMetric.metric).toMatchObject({ target: 0.4, recalculationPeriods: ['2024-01'] });
    white = (await analysisAs(analyst)).analysis.spc.find((c) => c.group === WHITE)!;
    expect(white.points[12]).toMatchObject({ recalculated: true, segment: 1, mean: expect.closeTo(108 / 180, 12) });
    expect(white.points[11]).toMatchObject({ recalculated: false, segment: 0, mean: expect.closeTo(90 / 180, 12) });
    expect(white.points.some((p) => p.shift || p.trend || p.beyondLimits || p.twoOfThree)).toBe(false);
    expect(white).toMatchObject({ variation: 'COMMON_CAUSE', target: 0.4, assurance: 'CONSISTENTLY_HIT', provisional: false });
    expect(white.description).toMatch(/Limits recalculated from 2024-01\./);
    expect((await analysisAs(analyst)).analysis.notes.join(' ')).not.toMatch(/SPC chart for White has runs on both sides/);
    await analyst().ok(SERIES_UPDATE, { i: { metricId, recalculationPeriods: [], target: null } });
  });

  it('claims special cause improvement only when a rule holds: a change beyond chance between two months is qualified when the chart shows common cause', async () => {
    const { analysis } = await analysisAs(analyst);
    const black = analysis.groups.find((g) => g.group === BLACK)!;
    expect(black.changeVerdict).toBe('IMPROVED');
    expect(black.changeSentence).toMatch(/no Making Data Count rule signals special cause improvement: the SPC chart shows common cause variation\.$/);
    const chart = analysis.spc.find((c) => c.group === BLACK)!;
    expect(chart).toMatchObject({ variation: 'COMMON_CAUSE', signals: [] });
    expect(chart.sentence).toMatch(/showed common cause variation only/);
    // Sentences: a group's chart only when a rule holds on it; ready-to-paste sentences are the suppressed ones for
    // everyone (analysts too), and the all-people chart is withheld wherever a group is, so its sentence is not among them.
    expect(analysis.sentences.filter((s) => s.startsWith('Over 24 periods')).map((s) => s.match(/for (\w+ )?patients/)![0])).toEqual(['for White patients']);
  });

  it('draws an XmR chart for a mean: limits at the mean ± 2.66 × the mean moving range, and assurance against a target in the unit', async () => {
    const created = await analyst().ok(SERIES_CREATE, {
      i: {
        entryId: team.entryId,
        name: 'Time to antibiotics',
        definition: 'Minutes from arrival to the first dose.',
        kind: 'MEAN',
        direction: 'LOWER_IS_BETTER',
        unit: 'minutes',
        target: 75,
      },
    });
    const id = created.createMetric.metric.id;
    // 60 and 64 minutes in turn: mean 62, every moving range 4, limits 62 ± 10.64.
    const values = MONTHS.slice(0, 12).map((period, i) => ({ period, ethnicCode: 'A', mean: i % 2 ? 64 : 60, sd: 10, n: 40 }));
    await analyst().ok(DISCLOSURE_SET_VALUES, { i: { metricId: id, values } });
    const { entry } = await analyst().ok(SERIES_ANALYSIS, { id: team.entryId });
    const [overall, white] = entry!.metrics.find((m) => m.id === id)!.analysis.spc;
    for (const chart of [overall, white]) {
      expect(chart).toMatchObject({ type: 'XMR', available: true, provisional: false, variation: 'COMMON_CAUSE', assurance: 'CONSISTENTLY_HIT', target: 75 });
      expect(chart.points[0].mean).toBeCloseTo(62, 10);
      expect(chart.points[0].upperLimit).toBeCloseTo(62 + 2.66 * 4, 10);
      expect(chart.points[0].lowerLimit).toBeCloseTo(62 - 2.66 * 4, 10);
    }
    expect(overall.description).toContain('Latest value 64.0 minutes; mean 62.0 minutes, process limits 51.4 minutes to 72.6 minutes.');
  });

  it('refuses a proportion’s target outside 0 to 1 and a blank recalculation period, changing nothing', async () => {
    const refused: [UpdateMetricInput, string][] = [
      [{ metricId, target: 1.5 }, 'input.target'],
      [{ metricId, recalculationPeriods: ['2024-01', '  '] }, 'input.recalculationPeriods.1'],
    ];
    for (const [i, field] of refused) {
      const result = await analyst().request(SERIES_UPDATE, { i });
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const white = (await analysisAs(analyst)).analysis.spc.find((c) => c.group === WHITE)!;
    expect(white).toMatchObject({ target: null, assurance: 'NO_TARGET' });
  });

  it('hides a chart from those who may not see one of its figures, and all people wherever a group is hidden', async () => {
    const { analysis } = await analysisAs(lead);
    const byGroup = new Map(analysis.spc.map((c) => [c.group, c]));
    expect(byGroup.get('Mixed or Multiple ethnic groups')).toMatchObject({ available: false, points: [], reason: expect.stringMatching(/hidden/) });
    expect(byGroup.get('All people')).toMatchObject({ available: false, points: [] });
    expect(byGroup.get(WHITE)).toMatchObject({ available: true });
    expect(analysis.overall.find((p) => p.period === '2023-03')).toMatchObject({ suppressed: true, numerator: null, denominator: null, value: { estimate: null } });
    expect(analysis.overall.find((p) => p.period === '2023-04')).toMatchObject({ suppressed: false });
    expect(JSON.stringify(analysis.spc)).not.toMatch(/2 of 9/);
  });
});

describe('data quality', () => {
  it('flags Not stated above 10% and its move from 30% to 60%, per period', async () => {
    const { analysis } = await analysisAs(analyst);
    const shares = analysis.dataQuality.notStated;
    expect(shares.map((s) => s.period)).toEqual(MONTHS);
    expect(shares[0]).toMatchObject({ share: expect.closeTo(163 / 543, 12), notStated: 163, total: 543, high: true, moved: false });
    expect(shares[23]).toMatchObject({ share: 0.6, high: true, moved: true });
    expect(shares.filter((s) => s.moved).map((s) => s.period)).toEqual(['2024-12']);
    const kinds = analysis.dataQuality.flags.map((f) => [f.kind, f.period, f.group]);
    expect(kinds).toEqual([
      ['NOT_STATED_HIGH', '2023-01', null],
      ['NOT_STATED_MOVED', '2024-12', null],
      ['GROUP_MAKE_UP_CHANGED', '2024-12', ASIAN],
    ]);
    expect(analysis.dataQuality.flags[1].message).toBe('The share of patients with ethnicity not stated moved from 30.0% to 60.0% at 2024-12: every group’s make-up may have changed with it.');
    expect(analysis.dataQuality.flags[0].message).toMatch(/at 24 periods \(30\.0% at 2023-01, .* and 18 more\)/);
    for (const flag of analysis.dataQuality.flags) expect(analysis.notes).toContain(flag.message);
  });

  it('flags an Asian group that was Indian at baseline and Pakistani at follow-up in the analysis, its sentences and readiness', async () => {
    const { analysis, readiness } = await analysisAs(analyst);
    const flag = analysis.dataQuality.flags.find((f) => f.kind === 'GROUP_MAKE_UP_CHANGED')!;
    expect(flag.message).toBe(
      'The Asian or Asian British group’s make-up changed between 2023-01 and 2024-12 (Pakistani 10.0% → 90.0%, Indian 90.0% → 10.0%): its change may reflect who is counted in it rather than a change in care.',
    );
    // Those from whom small numbers are hidden read which category was largest, without shares.
    const asLead = (await analysisAs(lead)).analysis.dataQuality.flags.find((f) => f.kind === 'GROUP_MAKE_UP_CHANGED')!;
    expect(asLead.message).toMatch(/\(mostly Indian at 2023-01, mostly Pakistani at 2024-12\)/);
    // Sentences to paste are the suppressed ones for everyone, the analyst too: the caution without shares.
    const asian = analysis.groups.find((g) => g.group === ASIAN)!;
    expect(asian.gapSentence).toContain(asLead.message);
    expect(analysis.sentences).toContain(asian.gapSentence);
    // The export (Markdown here) carries the flags and the SPC charts, suppressed as exports always are.
    const response = await fetch(`${server.url}/entries/${team.entryId}/export.md`, { headers: { cookie: lead().cookie! } });
    const markdown = await response.text();
    expect(response.status).toBe(200);
    expect(markdown).toContain('(mostly Indian at 2023-01, mostly Pakistani at 2024-12)');
    expect(markdown).toContain('moved from 30.0% to 60.0% at 2024-12');
    // All people's chart is withheld (a Mixed cell is suppressed in March 2023); White's, which has a signal, is drawn.
    expect(markdown).not.toMatch(/SPC p-chart, all people/);
    expect(markdown).toMatch(/SPC p-chart, White/);
    expect(markdown).not.toMatch(/Indian 90\.0%/);
    expect(readiness.dataQualityWarnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^“Sepsis screening within one hour”: Ethnicity was not stated or not known for more than 10%/),
      expect.stringMatching(/moved from 30\.0% to 60\.0% at 2024-12/),
      expect.stringMatching(/mostly Indian at 2023-01, mostly Pakistani at 2024-12/),
    ]);
  });
});

import { analyseGaps, type IntervalResult } from '@quorum/stats';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, queryText } from '../test-support/api-client.js';
import { addMetric } from '../test-support/evidence-factories.js';
import { createTeam, type Team } from '../test-support/factories.js';
import type { CreateMetricInput, GroupLevel, RecordConsentInput, UpdateMetricInput } from '../test-support/gql/graphql.js';
import { useTestTeam } from '../test-support/test-team.js';
import { EntryState } from '../common/enums.js';
import { Entry } from '../entries/entry.entity.js';
import { CriterionLink } from './criterion-link.entity.js';
import { Metric } from './metric.entity.js';
import { MetricValue } from './metric-value.entity.js';
import { Testimonial } from './testimonial.entity.js';
import {
  ANALYSIS,
  CONSENT,
  ENTRY_CRITERIA,
  EVIDENCE_ADD_TESTIMONIAL,
  EVIDENCE_CREATE_METRIC,
  EVIDENCE_DELETE_METRIC,
  EVIDENCE_LINK_CRITERION,
  EVIDENCE_SET_WORD_LIMIT,
  IMPORT,
  READINESS,
  REPLACE,
  SET,
  TESTIMONIALS,
  UPDATE,
} from '../test-support/operations.js';

// A known dataset: White (A, B) and Black (M, N, P) patients before and after, plus a small
// Mixed group (D) and a P cell of 2 in 9 that must be hidden from all but analysts.
const DATASET = `period,ethnic_code,numerator,denominator
2023-Q1,A,300,400
2023-Q1,B,50,60
2023-Q1,M,40,80
2023-Q1,N,35,70
2023-Q1,P,2,9
2023-Q1,D,3,10
2024-Q1,A,320,400
2024-Q1,B,52,60
2024-Q1,M,60,80
2024-Q1,N,52,70
2024-Q1,P,6,9
2024-Q1,D,6,10
`;
const WHITE = 'White';
const BLACK = 'Black, Black British, Caribbean or African';

const { server, team } = useTestTeam();
const em = () => server.orm.em.fork();
const lead = () => team.members.LEAD.client;
// Only those who see every value unsuppressed may enter values (disclosure.test.ts).
const analyst = () => team.members.ANALYST.client;
const counts = () => Promise.all([em().count(Metric), em().count(MetricValue), em().count(Testimonial), em().count(CriterionLink)]);

/** The extensions of the error refusing createMetric, or updateMetric, with this input. */
const createRefused = async (input: CreateMetricInput) => (await lead().request(EVIDENCE_CREATE_METRIC, { i: input })).errors![0].extensions;
const updateRefused = async (input: UpdateMetricInput) => (await lead().request(UPDATE, { i: input })).errors![0].extensions;

async function newMetric(fields: Partial<CreateMetricInput> = {}): Promise<string> {
  const input: CreateMetricInput = {
    entryId: team.entryId,
    name: 'Sepsis screening within one hour',
    definition: 'Patients with suspected sepsis screened within an hour of arrival.',
    kind: 'PROPORTION',
    direction: 'HIGHER_IS_BETTER',
    ...fields,
  };
  return (await lead().ok(EVIDENCE_CREATE_METRIC, { i: input })).createMetric.metric.id;
}

describe('metrics', () => {
  it('creates a metric with defaults, updates it, and deletes it with its values and links', async () => {
    const created = (
      await lead().ok(EVIDENCE_CREATE_METRIC, {
        i: { entryId: team.entryId, name: ' Falls ', definition: 'Inpatient falls per 1,000 bed days.', kind: 'RATE', direction: 'LOWER_IS_BETTER', dataSource: 'Datix' },
      })
    ).createMetric.metric;
    expect(created).toMatchObject({ name: 'Falls', kind: 'RATE', ratePer: 1000, population: 'patients', referenceCode: 'A', suppressionThreshold: 5, dataSource: 'Datix' });
    const updated = (await team.members.NURSE.client.ok(UPDATE, { i: { metricId: created.id, name: 'Inpatient falls', dataSource: null, baselinePeriod: '2022', ratePer: 10000 } })).updateMetric
      .metric;
    expect(updated).toEqual({ id: created.id, name: 'Inpatient falls', dataSource: null, baselinePeriod: '2022', ratePer: 10000 });

    await analyst().ok(IMPORT, { i: { metricId: created.id, csv: 'period,ethnic_code,numerator,denominator\n2023,A,5,900\n' } });
    const criterionId = await firstCriterion();
    await lead().ok(EVIDENCE_LINK_CRITERION, { i: { criterionId, metricIds: [created.id] } });
    const deleted = (await team.members.ANALYST.client.ok(EVIDENCE_DELETE_METRIC, { i: { metricId: created.id } })).deleteMetric;
    expect(deleted.deletedMetricId).toBe(created.id);
    expect(deleted.entry.metrics.map((m) => m.id)).not.toContain(created.id);
    expect(await em().count(MetricValue, { metric: created.id })).toBe(0);
    expect(await em().count(CriterionLink, { metric: created.id })).toBe(0);
  });

  it('refuses bad input with codes and the field at fault, writing nothing', async () => {
    const before = await counts();
    const base: CreateMetricInput = { entryId: team.entryId, name: 'X', definition: 'Y', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' };
    expect(await createRefused({ ...base, name: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await createRefused({ ...base, referenceCode: 'Z' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.referenceCode' });
    expect(await createRefused({ ...base, suppressionThreshold: 2 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.suppressionThreshold' });
    expect(await createRefused({ ...base, ratePer: 100 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ratePer' });
    expect(await createRefused({ ...base, entryId: 'nope' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.entryId' });
    expect(await createRefused({ ...base, entryId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(codeOf(await team.outsider.client.request(EVIDENCE_CREATE_METRIC, { i: base }))).toBe('NOT_FOUND');
    expect(codeOf(await team.members.PATIENT_REP.client.request(EVIDENCE_CREATE_METRIC, { i: base }))).toBe('FORBIDDEN');
    expect(await updateRefused({ metricId: '00000000-0000-4000-8000-000000000000', name: 'Z' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a blank name or definition, which the trim would store as an empty string', async () => {
    const metricId = await newMetric();
    const before = await counts();
    const base: CreateMetricInput = { entryId: team.entryId, name: 'X', definition: 'Y', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' };
    expect(await createRefused({ ...base, name: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await createRefused({ ...base, definition: ' \n\t ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.definition' });
    expect(await updateRefused({ metricId, name: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await updateRefused({ metricId, definition: '  ', dataSource: 'Audit' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.definition' });
    expect(await counts()).toEqual(before);
    expect(await em().findOneOrFail(Metric, metricId)).toMatchObject({ name: 'Sepsis screening within one hour', definition: expect.stringMatching(/^Patients/), dataSource: null });
  });

  it('refuses a baseline dated after the follow-up, or the same period, on create and on update against the stored other; named periods may sort either way', async () => {
    const base: CreateMetricInput = { entryId: team.entryId, name: 'X', definition: 'Y', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' };
    const before = await counts();
    expect(await createRefused({ ...base, baselinePeriod: '2024', followUpPeriod: '2022' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.followUpPeriod' });
    expect(await createRefused({ ...base, baselinePeriod: '2023-Q10', followUpPeriod: '2023-Q2' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.followUpPeriod' });
    expect(await createRefused({ ...base, baselinePeriod: 'Baseline', followUpPeriod: ' Baseline ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.followUpPeriod' });
    expect(await counts()).toEqual(before);
    // Named periods may sort either way: "Post-intervention" sorts before "Pre-intervention".
    await lead().ok(EVIDENCE_CREATE_METRIC, { i: { ...base, baselinePeriod: 'Pre-intervention', followUpPeriod: 'Post-intervention' } });

    const metricId = await newMetric({ baselinePeriod: '2023-Q2', followUpPeriod: '2023-Q10' }); // natural order, as the analysis reads it
    expect(await updateRefused({ metricId, followUpPeriod: '2023-Q1' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.followUpPeriod' });
    expect(await updateRefused({ metricId, baselinePeriod: '2024', name: 'Renamed' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.baselinePeriod' });
    expect(await em().findOneOrFail(Metric, metricId)).toMatchObject({ name: 'Sepsis screening within one hour', baselinePeriod: '2023-Q2', followUpPeriod: '2023-Q10' });
    await lead().ok(UPDATE, { i: { metricId, baselinePeriod: '2025', followUpPeriod: '2026' } });
    await lead().ok(UPDATE, { i: { metricId, baselinePeriod: null } });
    expect(await em().findOneOrFail(Metric, metricId)).toMatchObject({ baselinePeriod: null, followUpPeriod: '2026' });

    // A metric stored reversed before this check can still be renamed, and its periods put right.
    await em().nativeUpdate(Metric, { id: metricId }, { baselinePeriod: '2024', followUpPeriod: '2022' });
    await lead().ok(UPDATE, { i: { metricId, name: 'Renamed' } });
    await lead().ok(UPDATE, { i: { metricId, followUpPeriod: null } });
  });

  it('freezes the evidence of a submitted entry (CONFLICT)', async () => {
    const submitted = await createTeam(server);
    const metricId = await addMetric(server, submitted);
    await em().nativeUpdate(Entry, { id: submitted.entryId }, { state: EntryState.SUBMITTED });
    const boss = submitted.members.LEAD.client;
    const before = await counts();
    expect(codeOf(await boss.request(EVIDENCE_CREATE_METRIC, { i: { entryId: submitted.entryId, name: 'X', definition: 'Y', kind: 'MEAN', direction: 'HIGHER_IS_BETTER' } }))).toBe('CONFLICT');
    expect(codeOf(await submitted.members.ANALYST.client.request(IMPORT, { i: { metricId, csv: 'period,ethnic_code,numerator,denominator\n1,A,1,2\n' } }))).toBe('CONFLICT');
    expect(codeOf(await boss.request(EVIDENCE_ADD_TESTIMONIAL, { i: { entryId: submitted.entryId, quote: 'Q', source: 'STAFF' } }))).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });
});

describe('values', () => {
  it('imports a good CSV file, then merges or replaces', async () => {
    const metricId = await newMetric();
    const imported = (await analyst().ok(IMPORT, { i: { metricId, csv: DATASET } })).importMetricValues;
    expect(imported.written).toBe(12);
    expect(imported.metric.periods).toEqual(['2023-Q1', '2024-Q1']);
    const merged = (await analyst().ok(IMPORT, { i: { metricId, csv: 'period,ethnic_code,numerator,denominator\n2024-Q1,A,330,400\n2025-Q1,A,1,2\n' } })).importMetricValues;
    expect(merged.metric.periods).toEqual(['2023-Q1', '2024-Q1', '2025-Q1']);
    expect(await em().count(MetricValue, { metric: metricId })).toBe(13);
    expect((await em().findOneOrFail(MetricValue, { metric: metricId, period: '2024-Q1', ethnicCode: 'A' })).numerator).toBe(330);
    await analyst().ok(IMPORT, { i: { metricId, csv: 'period,ethnic_code,numerator,denominator\n2022,H,7,10\n', replace: true } });
    expect(await em().count(MetricValue, { metric: metricId })).toBe(1);
  });

  it('imports nothing from a file with any bad row, and reports every bad row with line, column and reason', async () => {
    const metricId = await newMetric();
    await analyst().ok(IMPORT, { i: { metricId, csv: 'period,ethnic_code,numerator,denominator\n2023,A,10,20\n' } });
    const before = await counts();
    const csv = ['period,ethnic_code,numerator,denominator', '2024,A,12,20', '2024,Q,1,2', '2024,B,30,20', '2024,C,-3,20', '2024,D,ten,20', '2024,A,13,20'].join('\n');
    const result = await analyst().request(IMPORT, { i: { metricId, csv, replace: true } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions).toMatchObject({ field: 'input.csv' });
    expect(result.errors![0].message).toMatch(/problems on 5 lines; nothing was imported/);
    const problems = result.errors![0].extensions!.problems as { line: number; column: string; reason: string }[];
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'ethnic_code'],
      [4, 'numerator'],
      [5, 'numerator'],
      [6, 'numerator'],
      [7, 'ethnic_code'],
    ]);
    expect(problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/Unknown ethnic category code “Q”/),
      'The numerator (30) is above the denominator (20).',
      'The numerator cannot be negative.',
      expect.stringMatching(/“ten” is not a number/),
      'Duplicate: period 2024 and code A already appear on line 2.',
    ]);
    expect(await counts()).toEqual(before);
    expect((await em().findOneOrFail(MetricValue, { metric: metricId })).numerator).toBe(10); // not replaced
  });

  it('sets values from GraphQL all or nothing, naming each field at fault', async () => {
    const metricId = await newMetric({ kind: 'MEAN', direction: 'LOWER_IS_BETTER', unit: 'minutes' });
    const ok = (await analyst().ok(SET, { i: { metricId, values: [{ period: 'Baseline', ethnicCode: 'h', mean: 64.5, sd: 20, n: 40 }] } })).setMetricValues;
    expect(ok.metric.values).toEqual([{ period: 'Baseline', ethnicCode: 'H', numerator: null, denominator: null, mean: 64.5, sd: 20, n: 40 }]);
    const before = await counts();
    const values = [
      { period: 'Follow-up', ethnicCode: 'H', mean: 50, sd: 18, n: 40 },
      { period: 'Follow-up', ethnicCode: 'A', mean: 51, sd: -1, n: 30, numerator: 3 },
    ];
    const result = await analyst().request(SET, { i: { metricId, values } });
    expect(result.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.values.1.sd',
      fields: [
        { field: 'input.values.1.sd', message: 'The sd cannot be negative.' },
        { field: 'input.values.1.numerator', message: 'A MEAN metric takes no numerator.' },
      ],
    });
    expect(await counts()).toEqual(before);
    expect(codeOf(await team.members.OBSERVER.client.request(SET, { i: { metricId, values: [] } }))).toBe('FORBIDDEN');
  });
});

describe('values out of bounds', () => {
  it('refuses counts beyond the database’s integer range and means or sds beyond bounds, from CSV and GraphQL, writing nothing', async () => {
    const metricId = await newMetric();
    const meanId = await newMetric({ kind: 'MEAN', direction: 'LOWER_IS_BETTER' });
    await analyst().ok(IMPORT, { i: { metricId, csv: 'period,ethnic_code,numerator,denominator\n2023,A,10,20\n' } });
    const before = await counts();
    const problemsOf = async (id: string, csv: string) => {
      const result = await analyst().request(IMPORT, { i: { metricId: id, csv, replace: true } });
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.csv' });
      return (result.errors![0].extensions!.problems as { line: number; column: string; columnNumber: number; reason: string }[]).map((p) => [p.line, p.column, p.columnNumber, p.reason]);
    };
    expect(await problemsOf(metricId, 'period,ethnic_code,numerator,denominator\n2023,A,99999999999,99999999999\n2023,B,1e2,200\n')).toEqual([
      [2, 'numerator', 3, 'The numerator must be at most 2,147,483,647.'],
      [2, 'denominator', 4, 'The denominator must be at most 2,147,483,647.'],
      [3, 'numerator', 3, 'The numerator “1e2” must be written in digits only, e.g. 1234.'],
    ]);
    expect(await problemsOf(meanId, 'period,ethnic_code,mean,sd,n\n2023,A,1e400,1e400,3\n')).toEqual([
      [2, 'mean', 3, 'The mean must be between -1,000,000,000,000 and 1,000,000,000,000.'],
      [2, 'sd', 4, 'The sd must be at most 1,000,000,000,000.'],
    ]);

    const values = [
      { period: '2023', ethnicCode: 'A', mean: 1e300, sd: 1, n: 3 },
      { period: '2023', ethnicCode: 'B', mean: 1, sd: 1e-100, n: 3 },
    ];
    expect((await analyst().request(SET, { i: { metricId: meanId, values } })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.values.0.mean',
      fields: [
        { field: 'input.values.0.mean', message: 'The mean must be between -1,000,000,000,000 and 1,000,000,000,000.' },
        { field: 'input.values.1.sd', message: 'The sd must be 0 or at least 0.000000000001.' },
      ],
    });
    // GraphQL's Int refuses a count this size before the resolver runs; its message names the path.
    // Sent as the document's text: the count is over Int's range, so the variable is wrongly typed.
    const huge = await analyst().request(queryText(SET), { i: { metricId, values: [{ period: '2023', ethnicCode: 'A', numerator: 99999999999, denominator: 99999999999 }] } });
    expect(codeOf(huge)).toBe('BAD_USER_INPUT');
    expect(huge.errors![0].message).toMatch(/i\.values\[0\]\.numerator/);
    expect(await counts()).toEqual(before);
    expect((await em().findOneOrFail(MetricValue, { metric: metricId })).numerator).toBe(10);
  });

  it('accepts negative means (e.g. of change scores) from CSV and GraphQL', async () => {
    const metricId = await newMetric({ kind: 'MEAN', direction: 'LOWER_IS_BETTER', unit: 'points' });
    await analyst().ok(IMPORT, { i: { metricId, csv: 'period,ethnic_code,mean,sd,n\nBaseline,A,-2.5,1.5,30\n' } });
    const set = (await analyst().ok(SET, { i: { metricId, values: [{ period: 'Follow-up', ethnicCode: 'A', mean: -4, sd: 1.2, n: 30 }] } })).setMetricValues;
    expect(set.metric.values.map((v) => v.mean)).toEqual([-2.5, -4]);
  });

  it('refuses a CSV header that names a column twice, importing nothing', async () => {
    const metricId = await newMetric();
    const before = await counts();
    const result = await analyst().request(IMPORT, { i: { metricId, csv: 'period,ethnic_code,numerator,denominator,DENOMINATOR\n2023,A,1,2,3\n' } });
    expect(result.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.csv',
      problems: [{ line: 1, column: 'denominator', columnNumber: 5, reason: 'The header names the denominator column twice (columns 4 and 5): keep only one.' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses a period over 40 characters with the same words from CSV and GraphQL', async () => {
    const metricId = await newMetric();
    const before = await counts();
    const reason = 'The period must be at most 40 characters.';
    const values = [41, 200, 201].map((length, i) => ({ period: 'x'.repeat(length), ethnicCode: 'ABC'[i], numerator: 1, denominator: 2 }));
    expect((await analyst().request(SET, { i: { metricId, values } })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.values.0.period',
      fields: [0, 1, 2].map((i) => ({ field: `input.values.${i}.period`, message: reason })),
    });
    const csv = await analyst().request(IMPORT, { i: { metricId, csv: `period,ethnic_code,numerator,denominator\n${'x'.repeat(41)},A,1,2\n` } });
    expect(csv.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.csv', problems: [{ line: 2, column: 'period', columnNumber: 1, reason }] });
    expect(await analyst().ok(SET, { i: { metricId, values: [{ period: 'x'.repeat(40), ethnicCode: 'A', numerator: 1, denominator: 2 }] } })).toMatchObject({ setMetricValues: { written: 1 } });
    expect(await em().count(MetricValue, { metric: metricId })).toBe(1);
    expect((await counts())[1]).toBe(before[1] + 1);
  });
});

describe('analysis through the API', () => {
  let metricId: string;
  beforeAll(async () => {
    metricId = await newMetric();
    await analyst().ok(IMPORT, { i: { metricId, csv: DATASET } });
  });
  const analysisAs = async (role: keyof Team['members'], level: GroupLevel = 'ONS_GROUP') =>
    (await team.members[role].client.ok(ANALYSIS, { id: team.entryId, level })).entry.metrics.find((m) => m.id === metricId)!;
  const triple = (r: IntervalResult) => (r.kind === 'interval' ? [r.estimate, r.lower, r.upper] : r.reason);
  const same = (e: { estimate: number | null; lower: number | null; upper: number | null }, r: IntervalResult) => expect([e.estimate, e.lower, e.upper]).toEqual(triple(r));

  it('matches @quorum/stats on the known dataset, for an analyst', async () => {
    const { analysis } = await analysisAs('ANALYST');
    const expected = analyseGaps({
      direction: 'higher-is-better',
      referenceGroup: WHITE,
      groups: [
        { group: WHITE, baseline: { numerator: 350, denominator: 460 }, followUp: { numerator: 372, denominator: 460 } },
        { group: 'Mixed or Multiple ethnic groups', baseline: { numerator: 3, denominator: 10 }, followUp: { numerator: 6, denominator: 10 } },
        { group: BLACK, baseline: { numerator: 77, denominator: 159 }, followUp: { numerator: 118, denominator: 159 } },
      ],
    });
    expect(analysis).toMatchObject({ hasData: true, message: null, baselinePeriod: '2023-Q1', followUpPeriod: '2024-Q1', referenceGroup: WHITE, suppressionApplied: false });
    expect(analysis.groups.map((g) => g.group)).toEqual([WHITE, 'Mixed or Multiple ethnic groups', BLACK]);
    const [white, mixed, black] = analysis.groups;
    same(white.baseline.value, expected.reference.baseline);
    same(white.change, expected.reference.change);
    const g = expected.groups[1];
    same(black.followUp.value, g.followUp);
    same(black.change, g.change);
    same(black.gapBefore!.difference, g.gapBefore.difference);
    same(black.gapBefore!.ratio, g.gapBefore.ratio);
    same(black.gapAfter!.difference, g.gapAfter.difference);
    same(black.gapChange!, g.gapChange);
    expect(black.gapVerdict).toBe(g.gapVerdict.toUpperCase());
    expect(black.narrowedBeyondChance).toBe(g.gapVerdict === 'narrowed');
    expect(black.gapSentence).toMatch(/^The gap in sepsis screening within one hour between Black and White patients (fell|rose) from \d+\.\d to \d+\.\d percentage points \(95% CI/);
    expect(analysis.sentences).toContain(black.gapSentence);
    expect(mixed.baseline).toMatchObject({ numerator: 3, denominator: 10, suppressed: false });
  });

  it('hides small numbers from a nurse, but not from an analyst', async () => {
    const nurse = await analysisAs('NURSE');
    const mixed = nurse.analysis.groups.find((g) => g.group === 'Mixed or Multiple ethnic groups')!;
    expect(mixed).toMatchObject({
      suppressed: true,
      changeVerdict: 'SUPPRESSED',
      gapVerdict: 'SUPPRESSED',
      baseline: { numerator: null, denominator: null, suppressed: true, value: { available: false } },
    });
    expect(mixed.change).toMatchObject({ available: false, estimate: null, reason: expect.stringMatching(/below 5/) });
    expect(nurse.analysis.suppressionApplied).toBe(true);
    // The raw values: P (2 of 9) hidden, and N too, or Black's total minus M would reveal P.
    const hidden = nurse.values.filter((v) => v.suppressed).map((v) => `${v.period} ${v.ethnicCode}`);
    expect(hidden).toEqual(['2023-Q1 D', '2023-Q1 N', '2023-Q1 P', '2024-Q1 D', '2024-Q1 N', '2024-Q1 P']);
    expect(nurse.values.find((v) => v.ethnicCode === 'P')).toMatchObject({ numerator: null, denominator: null });
    const detailed = await analysisAs('PATIENT_REP', 'ETHNIC_CATEGORY');
    expect(JSON.stringify(detailed)).not.toMatch(/"numerator":2,"denominator":9/);

    const analyst = await analysisAs('ANALYST');
    // The analyst sees every figure, and which cells exports hide and why.
    expect(analyst.values.every((v) => v.numerator !== null)).toBe(true);
    expect(analyst.values.filter((v) => v.suppressed).map((v) => `${v.period} ${v.ethnicCode} ${v.suppressed}`)).toEqual([
      '2023-Q1 D PRIMARY',
      '2023-Q1 N SECONDARY',
      '2023-Q1 P PRIMARY',
      '2024-Q1 D PRIMARY',
      '2024-Q1 N SECONDARY',
      '2024-Q1 P PRIMARY',
    ]);
    expect(nurse.values.filter((v) => v.suppressed).every((v) => v.suppressed === 'WITHHELD')).toBe(true);
    expect(analyst.values.find((v) => v.period === '2023-Q1' && v.ethnicCode === 'P')).toMatchObject({ numerator: 2, denominator: 9 });
  });

  it('says so for a metric with no data, or zero denominators', async () => {
    const empty = await newMetric({ name: 'Empty' });
    const zero = await newMetric({ name: 'Zeros' });
    await analyst().ok(IMPORT, { i: { metricId: zero, csv: 'period,ethnic_code,numerator,denominator\n1,A,0,0\n2,A,0,0\n1,H,0,0\n2,H,0,0\n' } });
    const metrics = (await team.members.ANALYST.client.ok(ANALYSIS, { id: team.entryId })).entry.metrics;
    expect(metrics.find((m) => m.id === empty)!.analysis).toMatchObject({ hasData: false, message: 'No values have been entered for this metric yet.', groups: [], sentences: [] });
    const zeros = metrics.find((m) => m.id === zero)!.analysis;
    expect(zeros.groups[1]).toMatchObject({
      changeVerdict: 'NO_DATA',
      gapVerdict: 'NO_DATA',
      narrowedBeyondChance: false,
      gapSentence: null,
      change: { available: false, reason: expect.stringMatching(/denominator is zero/) },
    });
  });
});

describe('testimonials', () => {
  it('are anonymised by default, added by patient representatives too, and exported only with consent', async () => {
    const added = (
      await team.members.PATIENT_REP.client.ok(EVIDENCE_ADD_TESTIMONIAL, {
        i: { entryId: team.entryId, quote: ' Staff asked about my faith before treatment. ', source: 'PATIENT', attribution: 'Mrs A. Khan' },
      })
    ).addTestimonial.testimonial;
    expect(added).toMatchObject({
      quote: 'Staff asked about my faith before treatment.',
      anonymised: true,
      attribution: 'Mrs A. Khan',
      citedAs: 'A patient',
      consentStatus: 'NOT_RECORDED',
      exportable: false,
      addedBy: { name: 'Test PATIENT_REP' },
    });
    const named = (
      await lead().ok(EVIDENCE_ADD_TESTIMONIAL, { i: { entryId: team.entryId, quote: 'A real change.', source: 'STAKEHOLDER', attribution: 'Leeds BME Health Forum', anonymised: false } })
    ).addTestimonial.testimonial;
    expect(named.citedAs).toBe('Leeds BME Health Forum');

    const asObserver = (await team.members.OBSERVER.client.ok(TESTIMONIALS, { id: team.entryId })).entry.testimonials;
    expect(asObserver.find((t) => t.id === added.id)).toEqual({ id: added.id, attribution: null, citedAs: 'A patient' });
    expect(asObserver.find((t) => t.id === named.id)!.attribution).toBe('Leeds BME Health Forum');
    expect(codeOf(await team.members.OBSERVER.client.request(EVIDENCE_ADD_TESTIMONIAL, { i: { entryId: team.entryId, quote: 'x', source: 'STAFF' } }))).toBe('FORBIDDEN');

    const consented = (await team.members.PATIENT_REP.client.ok(CONSENT, { i: { testimonialId: added.id, status: 'GIVEN', date: '2025-03-14', note: 'Signed form' } })).recordConsent.testimonial;
    expect(consented).toMatchObject({ consentStatus: 'GIVEN', consentDate: '2025-03-14', consentNote: 'Signed form', exportable: true, consentRecordedBy: { name: 'Test PATIENT_REP' } });
    expect(consented.consentRecordedAt).toBeTruthy();
    const exportable = (await lead().ok(TESTIMONIALS, { id: team.entryId, c: true })).entry.testimonials.map((t) => t.id);
    expect(exportable).toContain(added.id);
    expect(exportable).not.toContain(named.id);
    await lead().ok(CONSENT, { i: { testimonialId: added.id, status: 'WITHDRAWN', date: '2025-04-01' } });
    expect((await lead().ok(TESTIMONIALS, { id: team.entryId, c: true })).entry.testimonials.map((t) => t.id)).not.toContain(added.id);
  });

  it('refuses bad consent records, writing nothing', async () => {
    const { id } = (await lead().ok(EVIDENCE_ADD_TESTIMONIAL, { i: { entryId: team.entryId, quote: 'Q', source: 'FAMILY' } })).addTestimonial.testimonial;
    const bad = async (input: Partial<RecordConsentInput>) => (await lead().request(CONSENT, { i: { testimonialId: id, status: 'GIVEN', date: '2025-01-01', ...input } })).errors![0].extensions;
    expect(await bad({ date: '2999-01-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    expect(await bad({ date: '2025-02-30' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    expect(await bad({ date: '14/03/2025' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    expect(await bad({ status: 'NOT_RECORDED' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
    expect(await bad({ testimonialId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(codeOf(await team.outsider.client.request(CONSENT, { i: { testimonialId: id, status: 'GIVEN', date: '2025-01-01' } }))).toBe('NOT_FOUND');
    expect((await em().findOneOrFail(Testimonial, id)).consentStatus).toBe('NOT_RECORDED');
  });
});

async function firstCriterion(): Promise<string> {
  return (await lead().ok(ENTRY_CRITERIA, { id: team.entryId })).entry.sections[1].criteria[0].id;
}

describe('criteria coverage and readiness', () => {
  it('starts with every criterion uncovered, no metric, and the checks it cannot run yet', async () => {
    const fresh = await createTeam(server);
    const readiness = (await fresh.members.OBSERVER.client.ok(READINESS, { id: fresh.entryId })).entry.readiness;
    expect(readiness.ready).toBe(false);
    expect(readiness.uncoveredCriteria).toHaveLength(15);
    expect(readiness.missingQuantitativeEvidence).toEqual([{ message: expect.stringMatching(/^No metric yet/), metric: null }]);
    expect(readiness.checksNotRun).toEqual([]);
    expect(readiness.missingSignOffs).toHaveLength(9); // every slot of the template's five sections
    expect(readiness.sectionsOverWordLimit).toEqual([]);
  });

  it('links a criterion to sections, metrics and testimonials, replacing each kind given', async () => {
    const criterionId = await firstCriterion();
    const metricId = await newMetric({ name: 'Linked' });
    const testimonialId = (await lead().ok(EVIDENCE_ADD_TESTIMONIAL, { i: { entryId: team.entryId, quote: 'Q', source: 'STAFF' } })).addTestimonial.testimonial.id;
    const linked = (
      await team.members.MEDIC.client.ok(EVIDENCE_LINK_CRITERION, { i: { criterionId, sectionIds: [team.sectionIds[1], team.sectionIds[1]], metricIds: [metricId], testimonialIds: [testimonialId] } })
    ).linkCriterion.criterion;
    expect(linked).toEqual({ id: criterionId, covered: true, linkedSections: [{ id: team.sectionIds[1] }], linkedMetrics: [{ id: metricId }], linkedTestimonials: [{ id: testimonialId }] });
    const unlinked = (await lead().ok(EVIDENCE_LINK_CRITERION, { i: { criterionId, sectionIds: [] } })).linkCriterion.criterion;
    expect(unlinked).toMatchObject({ covered: true, linkedSections: [], linkedMetrics: [{ id: metricId }] });
    const readiness = (await lead().ok(READINESS, { id: team.entryId })).entry.readiness;
    expect(readiness.uncoveredCriteria.map((c) => c.id)).not.toContain(criterionId);
    expect(readiness.missingQuantitativeEvidence).toContainEqual({ message: '“Linked” has no values yet.', metric: { id: metricId } });
  });

  it('refuses links to another entry’s evidence and patient representatives, changing nothing', async () => {
    const criterionId = await firstCriterion();
    const other = await createTeam(server);
    const foreign = await addMetric(server, other);
    const before = await counts();
    const result = await lead().request(EVIDENCE_LINK_CRITERION, { i: { criterionId, metricIds: [foreign] } });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.metricIds' });
    expect((await lead().request(EVIDENCE_LINK_CRITERION, { i: { criterionId, sectionIds: ['x'] } })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sectionIds[0]' }); // the id at fault (common/ids.ts)
    expect(codeOf(await team.members.PATIENT_REP.client.request(EVIDENCE_LINK_CRITERION, { i: { criterionId, sectionIds: [] } }))).toBe('FORBIDDEN');
    expect(codeOf(await other.members.LEAD.client.request(EVIDENCE_LINK_CRITERION, { i: { criterionId, sectionIds: [] } }))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('lists sections over their word limit and metrics without a follow-up', async () => {
    const fresh = await createTeam(server);
    const boss = fresh.members.LEAD.client;
    await boss.ok(EVIDENCE_SET_WORD_LIMIT, { i: { sectionId: fresh.sectionIds[0], wordLimit: 3 } });
    await boss.ok(REPLACE, { i: { sectionId: fresh.sectionIds[0], markdown: 'One two three four five.', baseVersion: 0 } });
    const metric = (await boss.ok(EVIDENCE_CREATE_METRIC, { i: { entryId: fresh.entryId, name: 'Uptake', definition: 'd', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' } })).createMetric.metric
      .id;
    await fresh.members.ANALYST.client.ok(IMPORT, { i: { metricId: metric, csv: 'period,ethnic_code,numerator,denominator\n2023,A,5,10\n' } });
    const readiness = (await boss.ok(READINESS, { id: fresh.entryId })).entry.readiness;
    expect(readiness.sectionsOverWordLimit).toEqual([{ section: { id: fresh.sectionIds[0] }, wordCount: 5, wordLimit: 3 }]);
    expect(readiness.missingQuantitativeEvidence).toEqual([{ message: '“Uptake” has values for one period only (2023): add a baseline and a follow-up.', metric: { id: metric } }]);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGE_BANDS } from '@quorum/stats';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { useTestTeam } from '../test-support/test-team.js';
import { AGE_ANALYSIS, AGE_FILE_IMPORT, AGE_FILE_PREVIEW, AGE_SET_VALUES, AUDIT, EXPORT_ENTRY, IMPORT_VALUES, METHODS_CREATE } from '../test-support/operations.js';
import type { MetricValueInput } from '../test-support/gql/graphql.js';
import { ageBandOf } from './age-standardised.js';

const { team } = useTestTeam();

async function rateMetric(name: string, kind: 'RATE' | 'PROPORTION' = 'RATE'): Promise<string> {
  const { createMetric } = await team.members.LEAD.client.ok(METHODS_CREATE, {
    i: { entryId: team.entryId, name, definition: 'Emergency admissions per 100,000 residents.', kind, direction: 'LOWER_IS_BETTER', ...(kind === 'RATE' ? { ratePer: 100000 } : {}) },
  });
  return createMetric.metric.id;
}

/** The analyst's values for the metric: all of them (`replace`), or added to those there. */
async function setValues(metricId: string, values: MetricValueInput[], replace = true) {
  await team.members.ANALYST.client.ok(AGE_SET_VALUES, { i: { metricId, values, replace } });
}

async function analysisOf(metricId: string, level: 'ONS_GROUP' | 'ETHNIC_CATEGORY', as: 'LEAD' | 'ANALYST' = 'ANALYST') {
  const { entry } = await team.members[as].client.ok(AGE_ANALYSIS, { id: team.entryId, level });
  return entry!.metrics.find((m) => m.id === metricId)!;
}

/**
 * The hand-worked example (White British, 2023), every band of the 2013 European Standard
 * Population given (Σw = 100,000): no events in 0-4 to 80-84 (10,000 people each); 30 events in
 * 85-89 (10,000 people, w = 1,500); 20 events in 90+ (5,000 people, w = 1,000).
 *
 *   DSR = Σ wᵢOᵢ/nᵢ / Σw = (1500 × 30/10000 + 1000 × 20/5000) / 100000 = 8.5 / 100000 = 8.5 per 100,000
 *   var = Σ wᵢ²Oᵢ/nᵢ² / (Σw)² = (1500² × 30/10000² + 1000² × 20/5000²) / 10¹⁰ = (0.675 + 0.8) / 10¹⁰ = 1.475 × 10⁻¹⁰
 *   O = 50 events; Byar's limits for 50 (z = 1.959964): 50 × (1 − 1/450 − z/(3√50))³ = 37.1081 and
 *   51 × (1 − 1/459 + z/(3√51))³ = 65.9202 (the exact Poisson table's 37.11 and 65.92)
 *   Dobson (1991): DSR + √(var/O) × (limit − O), √(var/O) = √(2.95 × 10⁻¹²) = 1.717556 × 10⁻⁶:
 *   8.5 − 1.717556 × 12.8919 = 6.2857 and 8.5 + 1.717556 × 15.9202 = 11.2344 per 100,000.
 *   Crude: 50 / 185,000 = 27.0270 per 100,000.
 */
const WHITE_BRITISH = AGE_BANDS.map((ageBand) => ({
  period: '2023',
  ethnicCode: 'A',
  ageBand,
  numerator: ageBand === '85-89' ? 30 : ageBand === '90+' ? 20 : 0,
  denominator: ageBand === '90+' ? 5000 : 10000,
}));

describe('age-standardised rates (issue 13)', () => {
  it('reads band names as people write them', () => {
    expect(['0-4', '0 to 4', '00-04', 'Age 45-49', '85–89', '90+', '90 and over', '90 plus'].map(ageBandOf)).toEqual(['0-4', '0-4', '0-4', '45-49', '85-89', '90+', '90+', '90+']);
    expect(['0-9', '85+', '', 'adults', '5-10'].map(ageBandOf)).toEqual([null, null, null, null, null]);
  });

  it('a group’s DSR and Dobson interval match the hand-worked example, beside its crude rate, at both levels', async () => {
    const id = await rateMetric('Emergency admissions');
    await setValues(id, WHITE_BRITISH);
    for (const level of ['ONS_GROUP', 'ETHNIC_CATEGORY'] as const) {
      const { analysis, values } = await analysisOf(id, level);
      expect(values).toHaveLength(19);
      expect(values.find((v) => v.ageBand === '90+')).toMatchObject({ period: '2023', ethnicCode: 'A', numerator: 20, denominator: 5000, suppressed: null });
      expect(analysis.ageStandardised).toBe(true);
      const [white] = analysis.standardisedRates;
      expect(white).toMatchObject({ group: level === 'ONS_GROUP' ? 'White' : 'White British', isReference: true, period: '2023', events: 50, population: 185000, ageBands: 19, suppressed: false });
      expect(white.value.estimate! * 1e5).toBeCloseTo(8.5, 4);
      expect(white.value.lower! * 1e5).toBeCloseTo(6.2857, 4);
      expect(white.value.upper! * 1e5).toBeCloseTo(11.2344, 4);
      // The crude rate of the same 50 events (Byar's, as every rate of 10 events or more).
      expect(white.crude.estimate! * 1e5).toBeCloseTo(27.027, 3);
      expect(white.crude.lower! * 1e5).toBeCloseTo((37.1081 / 185000) * 1e5, 3);
      // The crude analysis reads the bands summed.
      expect(analysis.groups).toEqual([]);
      expect(analysis.methods.map((m) => m.name)).toEqual(expect.arrayContaining(['Directly age-standardised rate (2013 European Standard Population)', 'Dobson’s method']));
      expect(analysis.notes.join(' ')).toMatch(/Values come by age band/);
    }
  });

  it('gives no DSR under 10 events, and hides bands and rates as disclosure control says', async () => {
    const id = await rateMetric('Falls admissions');
    const band = (ethnicCode: string, ageBand: string, numerator: number, denominator: number) => ({ period: '2023', ethnicCode, ageBand, numerator, denominator });
    await setValues(id, [
      ...WHITE_BRITISH,
      // Indian: 9 events in all, crude rate shown, no DSR.
      band('H', '60-64', 9, 2000),
      band('H', '65-69', 0, 1500),
      // Bangladeshi: 3 events in 70-74 (primary), so its next smallest band, 75-79, is hidden too (secondary).
      band('K', '65-69', 20, 3000),
      band('K', '70-74', 3, 2000),
      band('K', '75-79', 12, 1000),
      // Caribbean: 4 events in all, a small cell: every band and its rate hidden.
      band('M', '80-84', 2, 700),
      band('M', '85-89', 2, 400),
    ]);
    const analyst = await analysisOf(id, 'ETHNIC_CATEGORY', 'ANALYST');
    const mark = (values: typeof analyst.values, code: string, ageBand: string) => values.find((v) => v.ethnicCode === code && v.ageBand === ageBand)!.suppressed;
    expect([mark(analyst.values, 'K', '70-74'), mark(analyst.values, 'K', '75-79'), mark(analyst.values, 'K', '65-69')]).toEqual(['PRIMARY', 'SECONDARY', null]);
    expect([mark(analyst.values, 'M', '80-84'), mark(analyst.values, 'M', '85-89')]).toEqual(['PRIMARY', 'PRIMARY']);
    const indian = analyst.analysis.standardisedRates.find((r) => r.code === 'H')!;
    expect(indian).toMatchObject({ events: 9, suppressed: false, value: { available: false, estimate: null, reason: 'Not shown: fewer than 10 events, too few for a stable age-standardised rate.' } });
    expect(indian.crude.available).toBe(true);
    // The analyst sees the Caribbean rate's figures (4 events: too few for a DSR).
    expect(analyst.analysis.standardisedRates.find((r) => r.code === 'M')).toMatchObject({ events: 4, suppressed: false });

    const lead = await analysisOf(id, 'ETHNIC_CATEGORY', 'LEAD');
    const k = lead.values.filter((v) => v.ethnicCode === 'K');
    expect(k.map((v) => [v.ageBand, v.suppressed, v.numerator])).toEqual([
      ['65-69', null, 20],
      ['70-74', 'WITHHELD', null],
      ['75-79', 'WITHHELD', null],
    ]);
    expect(lead.values.filter((v) => v.ethnicCode === 'M').every((v) => v.suppressed === 'WITHHELD' && v.numerator === null && v.denominator === null)).toBe(true);
    const caribbean = lead.analysis.standardisedRates.find((r) => r.code === 'M')!;
    expect(caribbean).toMatchObject({ suppressed: true, events: null, population: null, value: { available: false, estimate: null }, crude: { available: false, estimate: null } });
    // Bangladeshi's cell is not small (35 events in 6,000): its rates show, its hidden bands do not.
    const bangladeshi = lead.analysis.standardisedRates.find((r) => r.code === 'K')!;
    expect(bangladeshi).toMatchObject({ suppressed: false, events: 35, population: 6000, value: { available: true } });
    const text = JSON.stringify(lead);
    for (const hidden of [3, 700, 400]) expect(text).not.toMatch(new RegExp(`"(numerator|denominator|events|population)":${hidden}[,}]`));
  });

  it('imports bands from CSV and from a file with its own headers (“All ages” passed over); refuses bad bands, bands on a proportion, and a cell both banded and not', async () => {
    const id = await rateMetric('Asthma admissions');
    const csv = ['period,ethnic_code,age_band,numerator,denominator', ...WHITE_BRITISH.map((v) => `${v.period},A,${v.ageBand},${v.numerator},${v.denominator}`)].join('\n');
    expect((await team.members.ANALYST.client.ok(IMPORT_VALUES, { i: { metricId: id, csv, replace: true } })).importMetricValues.written).toBe(19);
    expect((await analysisOf(id, 'ONS_GROUP')).analysis.standardisedRates[0].value.estimate! * 1e5).toBeCloseTo(8.5, 4);

    const file = [
      'Month,Ethnicity,Age group,Events,Population',
      ...WHITE_BRITISH.map((v) => `2024,White British,${v.ageBand.replace('-', ' to ')},${v.numerator},${v.denominator}`),
      '2024,White British,All ages,50,185000',
    ].join('\n');
    const base64 = Buffer.from(file).toString('base64');
    const { previewValuesFile } = await team.members.ANALYST.client.ok(AGE_FILE_PREVIEW, { i: { metricId: id, file: base64, fileName: 'admissions.csv' } });
    expect(previewValuesFile.suggestedMapping).toEqual({ period: 'Month', ethnicity: 'Ethnicity', ageBand: 'Age group', numerator: 'Events', denominator: 'Population' });
    const { importValuesFile } = await team.members.ANALYST.client.ok(AGE_FILE_IMPORT, {
      i: {
        metricId: id,
        file: base64,
        fileName: 'admissions.csv',
        mapping: { period: 'Month', ethnicity: 'Ethnicity', ageBand: 'Age group', numerator: 'Events', denominator: 'Population' },
        replace: false,
      },
    });
    expect(importValuesFile.written).toBe(19);
    expect(importValuesFile.skipped).toEqual([{ row: 21, reason: 'A total (“All ages”), which Quorum adds up itself.' }]);
    const both = await analysisOf(id, 'ONS_GROUP');
    expect(both.analysis.standardisedRates.map((r) => r.period)).toEqual(['2023', '2024']);

    const refused = async (metricId: string, values: object[]) => {
      const result = await team.members.ANALYST.client.request(AGE_SET_VALUES, { i: { metricId, values: values as never, replace: false } });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return result.errors![0];
    };
    expect((await refused(id, [{ period: '2025', ethnicCode: 'A', ageBand: '0-9', numerator: 1, denominator: 10 }])).message).toMatch(/Unknown age band “0-9”/);
    expect((await refused(id, [{ period: '2025', ethnicCode: 'A', ageBand: '0-4', numerator: 1, denominator: 0 }])).message).toMatch(/has events but a denominator of 0/);
    const mixed = await refused(id, [
      { period: '2025', ethnicCode: 'A', ageBand: '0-4', numerator: 1, denominator: 10 },
      { period: '2025', ethnicCode: 'A', numerator: 1, denominator: 10 },
    ]);
    expect(mixed.extensions!.field).toBe('input.values.1.ageBand');
    const proportion = await rateMetric('Screening', 'PROPORTION');
    expect((await refused(proportion, [{ period: '2025', ethnicCode: 'A', ageBand: '0-4', numerator: 1, denominator: 10 }])).message).toMatch(/Only a RATE metric takes values by age band/);
    // Nothing was written by the refused writes.
    expect((await analysisOf(id, 'ONS_GROUP')).values).toHaveLength(38);

    // Writing a cell again replaces it whole: all ages instead of its bands.
    await setValues(id, [{ period: '2024', ethnicCode: 'A', numerator: 50, denominator: 185000 }], false);
    const after = await analysisOf(id, 'ONS_GROUP');
    expect(after.values.filter((v) => v.period === '2024')).toEqual([{ period: '2024', ethnicCode: 'A', ageBand: null, numerator: 50, denominator: 185000, suppressed: null }]);
    expect(after.analysis.standardisedRates.map((r) => r.period)).toEqual(['2023']);
  });

  it('records value changes band by band: the lead reads which bands changed in the audit log, never a figure', async () => {
    const id = await rateMetric('Hip fractures');
    await setValues(id, WHITE_BRITISH);
    const corrected = WHITE_BRITISH.map((v) => (v.ageBand === '85-89' ? { ...v, numerator: 37, denominator: 10300 } : v));
    await setValues(id, corrected, false);
    const nodes = (await team.members.LEAD.client.ok(AUDIT, { id: team.entryId })).entry!.auditLog.nodes.filter((n) => n.action === 'METRIC_VALUES_CHANGED' && n.summary.includes('Hip fractures'));
    const last = nodes.find((n) => n.summary.includes('entered 1 value'))!;
    expect(last.summary).toMatch(/entered 1 value of the metric “Hip fractures” \(2023: White British aged 85-89\)\.$/);
    const data = JSON.parse(last.data);
    expect(data).toMatchObject({ figuresWithheld: true, cells: [{ period: '2023', ethnicCode: 'A', ageBand: '85-89', before: null, after: null }] });
    expect(last.data).not.toMatch(/[:[,]\s*(30|37|10300)\s*[,\]}]/);
  });

  it('exports the standardised rates beside the crude ones in every format, a hidden group’s as “withheld”', async () => {
    const id = await rateMetric('Stroke admissions');
    await setValues(id, [
      ...WHITE_BRITISH,
      { period: '2023', ethnicCode: 'M', ageBand: '80-84', numerator: 3, denominator: 1700 },
      { period: '2023', ethnicCode: 'M', ageBand: '85-89', numerator: 0, denominator: 900 },
    ]);
    const { exportEntry } = await team.members.LEAD.client.ok(EXPORT_ENTRY, { id: team.entryId, f: 'MARKDOWN' });
    const markdown = Buffer.from(exportEntry.base64, 'base64').toString('utf8');
    const section = markdown.slice(markdown.indexOf('### Stroke admissions'));
    expect(section).toContain('| Ethnic group | Period | Events | Population | Age-standardised rate per 100,000 | Crude rate per 100,000 |');
    expect(section).toContain('| White (reference) | 2023 | 50 | 185000 | 8.5 (95% CI 6.3 to 11.2) | 27.0 (95% CI 20.1 to 35.6) |');
    expect(section).toContain('| Black, Black British, Caribbean or African | 2023 | withheld | withheld | withheld | withheld |');
    expect(section).toContain('Dobson’s method');
    // The hidden band's figures appear nowhere (the Caribbean bands' 3, 1700 and 900 people).
    expect(section).not.toMatch(/\| (3|1700|900|2600) \|/);

    // The other formats carry the same table: the HTML's cells, the DOCX's text, the evidence pack's text as pdftotext reads it.
    const body = async (f: 'HTML' | 'DOCX' | 'PDF') => Buffer.from((await team.members.LEAD.client.ok(EXPORT_ENTRY, { id: team.entryId, f })).exportEntry.base64, 'base64');
    const html = (await body('HTML')).toString('utf8');
    expect(html).toContain('<td>White (reference)</td><td>2023</td><td>50</td><td>185000</td><td>8.5 (95% CI 6.3 to 11.2)</td>');
    const xml = await (await JSZip.loadAsync(await body('DOCX'))).file('word/document.xml')!.async('string');
    expect(xml).toContain('8.5 (95% CI 6.3 to 11.2)');
    const dir = mkdtempSync(join(tmpdir(), 'quorum-dsr-'));
    try {
      writeFileSync(join(dir, 'pack.pdf'), await body('PDF'));
      const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'pack.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(pdf).toContain('Age-standardised rates (2013 European Standard Population)');
      expect(pdf).toContain('8.5 (95% CI 6.3 to 11.2)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

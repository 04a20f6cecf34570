import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { addMetric } from '../test-support/evidence-factories.js';
import { useTestTeam } from '../test-support/test-team.js';
import { ethnicCodeOf, figureOf } from './metric-file.js';
import { MetricValue } from './metric-value.entity.js';
import { IMPORT_FILE_IMPORT, IMPORT_FILE_PREVIEW } from '../test-support/operations.js';

const { server, team } = useTestTeam();
const analyst = () => team.members.ANALYST.client;
const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const stored = async (metricId: string) =>
  (await server.orm.em.fork().find(MetricValue, { metric: metricId }, { orderBy: { period: 'asc', ethnicCode: 'asc' } })).map((v) => [v.period, v.ethnicCode, v.numerator, v.denominator]);

// A BI tool's export (as Power BI or Qlik write one): its own headers, ethnicity as the NHS
// Data Dictionary's display names, ONS names, codes and 99, semicolons, thousands separators,
// `*` for a count it hid, and a total row.
const BI_CSV = [
  'Reporting Month;Ethnic Category Description;Patients Screened Within 1hr;Patients With Suspected Sepsis;Trust',
  '2024-01;British (White);1,100;1,250;RXX',
  '2024-01;Asian or Asian British: Indian;"85";100;RXX',
  '2024-01;pakistani;40;52;RXX',
  '2024-01;99;30;41;RXX',
  '2024-01;C;*;12;RXX',
  '2024-01;Total;1,255;1,455;RXX',
  '2024-02;A - White British;1 120;1,240;RXX',
  '2024-02;Black: Any other Black background;9;11;RXX',
  '2024-02;NOT KNOWN;28;40;RXX',
].join('\r\n');

describe('importing a file with its own headers and labels', () => {
  it('previews a BI tool’s semicolon CSV: header, suggested mapping and first rows', async () => {
    const metricId = await addMetric(server, team);
    const preview = (await analyst().ok(IMPORT_FILE_PREVIEW, { i: { metricId, file: base64(BI_CSV), fileName: 'sepsis export.csv' } })).previewValuesFile;
    expect(preview).toMatchObject({ format: 'CSV', delimiter: ';', headerRow: 1, rowCount: 9 });
    expect(preview.headers).toEqual(['Reporting Month', 'Ethnic Category Description', 'Patients Screened Within 1hr', 'Patients With Suspected Sepsis', 'Trust']);
    expect(preview.suggestedMapping).toEqual({
      period: 'Reporting Month',
      ethnicity: 'Ethnic Category Description',
      numerator: 'Patients Screened Within 1hr',
      denominator: 'Patients With Suspected Sepsis',
      mean: null,
      sd: null,
      n: null,
    });
    expect(preview.sampleRows[0]).toEqual(['2024-01', 'British (White)', '1,100', '1,250', 'RXX']);
    // Nothing is written by a preview.
    expect(await stored(metricId)).toEqual([]);
  });

  it('imports it with the mapping: names and codes to NHS codes, 99 and Not known to Z, thousands separators read, hidden counts and totals passed over and listed', async () => {
    const metricId = await addMetric(server, team);
    const mapping = { period: 'reporting month', ethnicity: 'Ethnic Category Description', numerator: 'Patients Screened Within 1hr', denominator: 'Patients With Suspected Sepsis' };
    const result = (await analyst().ok(IMPORT_FILE_IMPORT, { i: { metricId, file: base64(BI_CSV), fileName: 'sepsis.csv', mapping } })).importValuesFile;
    expect(result.written).toBe(7);
    expect(result.skipped).toEqual([
      { row: 6, column: 'Patients Screened Within 1hr', reason: 'No numerator (blank or *): nothing stored for this cell.' },
      { row: 7, column: 'Ethnic Category Description', reason: 'A total (“Total”), which Quorum adds up itself.' },
    ]);
    expect(await stored(metricId)).toEqual([
      ['2024-01', 'A', 1100, 1250],
      ['2024-01', 'H', 85, 100],
      ['2024-01', 'J', 40, 52],
      ['2024-01', 'Z', 30, 41],
      ['2024-02', 'A', 1120, 1240],
      ['2024-02', 'P', 9, 11],
      ['2024-02', 'Z', 28, 40],
    ]);
  });

  it('imports an XLSX workbook with a title row above the header, numbers as numbers and dates as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sepsis by ethnicity');
    sheet.addRow(['Sepsis screening within one hour, by ethnic group: Trust EPR extract']);
    sheet.mergeCells('A1:D1');
    sheet.addRow([]);
    sheet.addRow(['Quarter', 'Ethnicity', 'Screened', 'Eligible']);
    sheet.addRow(['2023-Q1', 'White: British', 300, 400]);
    sheet.addRow(['2023-Q1', 'Indian (Asian or Asian British)', 12, 20]);
    sheet.addRow(['2023-Q1', 'Z', 7, 10]);
    sheet.addRow(['2024-Q1', 'white british', { formula: '100+220', result: 320 }, 400]);
    sheet.addRow(['2024-Q1', 'H', 15, 20]);
    const file = base64(Buffer.from(await workbook.xlsx.writeBuffer()));
    const metricId = await addMetric(server, team);

    const preview = (await analyst().ok(IMPORT_FILE_PREVIEW, { i: { metricId, file, fileName: 'Sepsis.XLSX' } })).previewValuesFile;
    expect(preview).toMatchObject({ format: 'XLSX', delimiter: null, headerRow: 3, headers: ['Quarter', 'Ethnicity', 'Screened', 'Eligible'], rowCount: 5 });
    expect(preview.suggestedMapping).toMatchObject({ period: 'Quarter', ethnicity: 'Ethnicity', numerator: 'Screened', denominator: 'Eligible' });

    const result = (await analyst().ok(IMPORT_FILE_IMPORT, { i: { metricId, file, mapping: preview.suggestedMapping as { period: string; ethnicity: string } } })).importValuesFile;
    expect(result).toMatchObject({ written: 5, skipped: [] });
    expect(await stored(metricId)).toEqual([
      ['2023-Q1', 'A', 300, 400],
      ['2023-Q1', 'H', 12, 20],
      ['2023-Q1', 'Z', 7, 10],
      ['2024-Q1', 'A', 320, 400],
      ['2024-Q1', 'H', 15, 20],
    ]);
  });

  it('refuses a file with bad rows as a whole, naming each row, column and reason', async () => {
    const metricId = await addMetric(server, team);
    await analyst().ok(IMPORT_FILE_IMPORT, {
      i: { metricId, file: base64('Month,Ethnicity,Met,Total\n2024-01,A,5,10\n'), mapping: { period: 'Month', ethnicity: 'Ethnicity', numerator: 'Met', denominator: 'Total' } },
    });
    const before = await stored(metricId);
    const csv = [
      'Month,Ethnicity,Met,Total',
      '2024-01,Indian,5,10', // good
      '2024-01,Martian,5,10', // unknown category
      '2024-02,Pakistani,12,10', // numerator above denominator
      '2024-02,Bangladeshi,lots,10', // not a number
      ',Chinese,1,2', // no period
      '2024-01,indian,6,10', // the same cell twice
      '2024-03,Caribbean,2.5,10', // not a whole number
    ].join('\n');
    const result = await analyst().request(IMPORT_FILE_IMPORT, { i: { metricId, file: base64(csv), mapping: { period: 'Month', ethnicity: 'Ethnicity', numerator: 'Met', denominator: 'Total' } } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const { problems, field } = result.errors![0].extensions!;
    expect(field).toBe('input.file');
    expect(problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [3, 'Ethnicity'],
      [4, 'Met'],
      [5, 'Met'],
      [6, 'Month'],
      [7, 'Ethnicity'],
      [8, 'Met'],
    ]);
    expect(problems[0].reason).toContain('“Martian” is not an ethnic category');
    expect(problems[1].reason).toBe('The numerator (12) is above the denominator (10).');
    expect(problems[2].reason).toBe('The numerator “lots” is not a number.');
    expect(problems[4].reason).toContain('already appear on row 2');
    expect(result.errors![0].message).toMatch(/^The file has problems on 6 rows; nothing was imported\. Row 3: /);
    expect(await stored(metricId)).toEqual(before);
  });

  it('refuses a mapping naming a column the file lacks, an unreadable workbook, and anyone who may not change values', async () => {
    const metricId = await addMetric(server, team);
    const file = base64('Month,Ethnicity,Met,Total\n2024-01,A,5,10\n');
    const missing = await analyst().request(IMPORT_FILE_IMPORT, { i: { metricId, file, mapping: { period: 'Month', ethnicity: 'Ethnic group', numerator: 'Met', denominator: 'Total' } } });
    expect(missing.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ row: 1, column: 'Ethnic group', reason: expect.stringContaining('The file has no column “Ethnic group”') }],
    });
    const noDenominator = await analyst().request(IMPORT_FILE_IMPORT, { i: { metricId, file, mapping: { period: 'Month', ethnicity: 'Ethnicity', numerator: 'Met' } } });
    expect(noDenominator.errors![0].extensions!.problems[0].reason).toBe('Choose the column that holds the denominator.');
    const broken = await analyst().request(IMPORT_FILE_PREVIEW, { i: { metricId, file: base64('PK\u0003\u0004 not really a zip'), fileName: 'x.xlsx' } });
    expect(broken.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    expect(codeOf(await analyst().request(IMPORT_FILE_PREVIEW, { i: { metricId, file: 'not base64!' } }))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await team.members.LEAD.client.request(IMPORT_FILE_IMPORT, { i: { metricId, file, mapping: { period: 'Month', ethnicity: 'Ethnicity', numerator: 'Met', denominator: 'Total' } } })),
    ).toBe('FORBIDDEN');
    expect(await stored(metricId)).toEqual([]);
  });
});

describe('reading labels and figures', () => {
  it('knows ethnic categories by NHS code, NHS and ONS names in any case, and the ways of saying not known', () => {
    const cases: [string, string | null][] = [
      ['a', 'A'],
      ['Z', 'Z'],
      ['99', 'Z'],
      ['Not Known', 'Z'],
      ['not stated', 'Z'],
      ['White British', 'A'],
      ['White: English, Welsh, Scottish, Northern Irish or British', 'A'],
      ['WHITE - IRISH', 'B'],
      ['White: Gypsy or Irish Traveller', 'C'],
      ['Mixed or Multiple ethnic groups: White and Black Caribbean', 'D'],
      ['Any other mixed background', 'G'],
      ['Asian or Asian British: Bangladeshi', 'K'],
      ['Asian: Other', 'L'],
      ['Chinese', 'R'],
      ['Asian or Asian British: Chinese', 'R'],
      ['Black, Black British, Caribbean or African: Caribbean', 'M'],
      ['African (Black or Black British)', 'N'],
      ['Other ethnic group: Arab', 'S'],
      ['Any other ethnic group', 'S'],
      ['N - African', 'N'],
      ['I', null],
      ['Martian', null],
      ['White: Caribbean', 'M'],
    ];
    for (const [text, code] of cases) expect([text, ethnicCodeOf(text)]).toEqual([text, code]);
  });

  it('reads thousands separators, a decimal comma where semicolons separate, and * or blank as missing', () => {
    expect(figureOf('1,100', ',')).toBe(1100);
    expect(figureOf('12,345,678', ';')).toBe(12345678);
    expect(figureOf('1 100', ',')).toBe(1100);
    expect(figureOf('12,5', ';')).toBe(12.5);
    expect(figureOf('12,5', ',')).toMatch(/is not a number/);
    expect(figureOf('*', ',')).toBeNull();
    expect(figureOf(' ', ',')).toBeNull();
    expect(figureOf('-3.25', null)).toBe(-3.25);
  });
});

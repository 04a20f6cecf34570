import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../test-support/api-client.js';
import { addMetric } from '../test-support/evidence-factories.js';
import { useTestTeam } from '../test-support/test-team.js';
import { COLUMNS } from './analysis-file.js';
import { ANALYSIS_FILE_SENTENCES, DISCLOSURE_SET_VALUES } from '../test-support/operations.js';

const { server, team } = useTestTeam();
let metricId: string;
const get = (path: string, client?: ApiClient) => fetch(`${server.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

/** The CSV's rows as objects by column (the file is plain: no field here holds a comma or quote but the texts, which these checks do not split). */
function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(header).toBe(COLUMNS.join(','));
  return lines.map((line) => {
    const cells: string[] = [];
    let at = 0;
    while (at <= line.length) {
      if (line[at] === '"') {
        let end = at + 1;
        let text = '';
        while (end < line.length) {
          if (line[end] === '"' && line[end + 1] === '"') {
            text += '"';
            end += 2;
          } else if (line[end] === '"') break;
          else text += line[end++];
        }
        cells.push(text);
        at = end + 2;
      } else {
        const end = line.indexOf(',', at) < 0 ? line.length : line.indexOf(',', at);
        cells.push(line.slice(at, end));
        at = end + 1;
      }
    }
    return Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i] ?? '']));
  });
}

beforeAll(async () => {
  metricId = await addMetric(server, team, { name: 'Sepsis screening within one hour of arrival, adults, emergency department' });
  // Indian 3 of 20 at baseline is small (PRIMARY); Pakistani 400 of 500 is hidden to protect it (SECONDARY).
  const values = [
    { period: '2023', ethnicCode: 'A', numerator: 700, denominator: 900 },
    { period: '2023', ethnicCode: 'H', numerator: 3, denominator: 20 },
    { period: '2023', ethnicCode: 'J', numerator: 400, denominator: 500 },
    { period: '2024', ethnicCode: 'A', numerator: 720, denominator: 900 },
    { period: '2024', ethnicCode: 'H', numerator: 15, denominator: 20 },
    { period: '2024', ethnicCode: 'J', numerator: 420, denominator: 500 },
  ];
  await team.members.ANALYST.client.ok(DISCLOSURE_SET_VALUES, { i: { metricId, values } });
});

describe('the analysis as CSV and XLSX', () => {
  it('CSV for a nurse: every value, interval and flag, hidden cells blank and marked alike, no hidden figure anywhere; the whole name and the date in the file name', async () => {
    const response = await get(`/metrics/${metricId}/analysis.csv`, team.members.NURSE.client);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="sepsis-screening-within-one-hour-of-arrival-adults-emergency-department-analysis-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await response.text();
    const rows = parseCsv(text);
    const values = rows.filter((r) => r.table === 'value');
    expect(values.map((r) => [r.period, r.ethnic_code, r.numerator, r.denominator, r.suppression])).toEqual([
      ['2023', 'A', '700', '900', ''],
      ['2023', 'H', '', '', 'WITHHELD'],
      ['2023', 'J', '', '', 'WITHHELD'],
      ['2024', 'A', '720', '900', ''],
      ['2024', 'H', '15', '20', ''],
      ['2024', 'J', '420', '500', ''],
    ]);
    // The series has each group's value with its interval (the Asian group's total, 403 of 520, is
    // shown: both its cells are hidden, so it gives neither away).
    const white2024 = rows.find((r) => r.table === 'series' && r.period === '2024' && r.group === 'White')!;
    expect(Number(white2024.estimate)).toBeCloseTo(0.8, 6);
    expect(Number(white2024.lower)).toBeLessThan(0.8);
    expect(Number(white2024.upper)).toBeGreaterThan(0.8);
    expect(rows.some((r) => r.table === 'change' && r.group === 'White' && r.estimate !== '')).toBe(true);
    expect(rows.some((r) => r.table === 'metric' && r.text.includes('counts below 5 are hidden'))).toBe(true);
    // No hidden figure in any column, nor in any sentence or note.
    for (const hidden of ['3', '20', '400', '500']) {
      expect(
        rows.filter((r) => r.period.startsWith('2023') && [r.numerator, r.denominator, r.n].includes(hidden) && r.group !== 'White'),
        hidden,
      ).toEqual([]);
    }
    expect(text).not.toMatch(/\b(3 of 20|400 of 500|15\.0%)/);
  });

  it('XLSX for a nurse: a sheet per table, the same marks; the analyst’s file marks PRIMARY and SECONDARY and shows the figures', async () => {
    const response = await get(`/metrics/${metricId}/analysis.xlsx`, team.members.NURSE.client);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Metric', 'Value', 'Series', 'Change']));
    const sheet = workbook.getWorksheet('Value')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...COLUMNS]);
    const cells = (sheet.getSheetValues() as unknown[][]).slice(2).map((r) => [r[2], r[5], r[6], r[7], r[17]]);
    expect(cells).toEqual([
      ['2023', 'A', 700, 900, undefined],
      ['2023', 'H', undefined, undefined, 'WITHHELD'],
      ['2023', 'J', undefined, undefined, 'WITHHELD'],
      ['2024', 'A', 720, 900, undefined],
      ['2024', 'H', 15, 20, undefined],
      ['2024', 'J', 420, 500, undefined],
    ]);

    const analyst = parseCsv(await (await get(`/metrics/${metricId}/analysis.csv`, team.members.ANALYST.client)).text());
    expect(analyst.filter((r) => r.table === 'value' && r.period === '2023').map((r) => [r.ethnic_code, r.numerator, r.denominator, r.suppression])).toEqual([
      ['A', '700', '900', ''],
      ['H', '3', '20', 'PRIMARY'],
      ['J', '400', '500', 'SECONDARY'],
    ]);
  });

  it('is refused to a non-member (404) and to nobody signed in, and for an unknown or malformed id', async () => {
    expect((await get(`/metrics/${metricId}/analysis.csv`, team.outsider.client)).status).toBe(404);
    expect((await get(`/metrics/${metricId}/analysis.csv`)).status).toBe(401);
    expect((await get(`/metrics/00000000-0000-4000-8000-000000000000/analysis.xlsx`, team.members.LEAD.client)).status).toBe(404);
    expect((await get(`/metrics/nope/analysis.csv`, team.members.LEAD.client)).status).toBe(404);
  });
});

describe('what analysts see and copy', () => {
  it('the analyst sees every figure and which cells exports hide and why; the sentences they copy never quote a hidden figure', async () => {
    const { entry } = await team.members.ANALYST.client.ok(ANALYSIS_FILE_SENTENCES, { id: team.entryId });
    const metric = entry!.metrics.find((m) => m.id === metricId)!;
    expect(metric.values.filter((v) => v.period === '2023').map((v) => [v.ethnicCode, v.numerator, v.suppressed])).toEqual([
      ['A', 700, null],
      ['H', 3, 'PRIMARY'],
      ['J', 400, 'SECONDARY'],
    ]);
    const text = [...metric.analysis.sentences, ...metric.analysis.groups.flatMap((g) => [g.changeSentence, g.gapSentence])].join(' ');
    // Indian 3 of 20 (15.0%) and Pakistani 400 of 500 (80.0%) are hidden at the baseline.
    expect(text).not.toMatch(/from 15\.0%|from 80\.0% to 84\.0%/);
    expect(text).toContain('White British patients rose from 77.8% to 80.0%');
    const nurse = (await team.members.NURSE.client.ok(ANALYSIS_FILE_SENTENCES, { id: team.entryId })).entry!.metrics.find((m) => m.id === metricId)!;
    expect(nurse.analysis.sentences).toEqual(metric.analysis.sentences);
    expect(nurse.values.filter((v) => v.period === '2023').map((v) => [v.ethnicCode, v.numerator, v.suppressed])).toEqual([
      ['A', 700, null],
      ['H', null, 'WITHHELD'],
      ['J', null, 'WITHHELD'],
    ]);
  });
});

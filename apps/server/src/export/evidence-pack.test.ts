import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CriterionLink } from '../evidence/criterion-link.entity.js';
import { ConsentStatus } from '../evidence/evidence.enums.js';
import { Criterion } from '../sections/criterion.entity.js';
import type { ApiClient } from '../test-support/api-client.js';
import { addMetricWithValues, addTestimonialRow } from '../test-support/evidence-factories.js';
import { COMMENTS_REPLACE_CONTENT, CRITERION_LINK_PASSAGES, EXPORT_ENTRY } from '../test-support/operations.js';
import { sectionNow } from '../test-support/review.js';
import { useTestTeam } from '../test-support/test-team.js';
import { exportFilename } from './export.service.js';

// Indian patients (H) at follow-up are 3 of 97: a small count. The lead may export but never see
// it unsuppressed, so neither its denominator nor the 3.1% it makes may reach the evidence pack.
// (97 and not, say, 47: a time of day in the export's manifest can hold any number below 60.)
const VALUES = `period,ethnic_code,numerator,denominator
2023-Q1,A,300,400
2023-Q1,N,35,70
2023-Q1,H,20,61
2024-Q1,A,320,400
2024-Q1,N,52,70
2024-Q1,H,3,97
`;
// Four quarters: the appendix then also charts the gap over time and the SPC p-chart of all people.
const SERIES = `period,ethnic_code,numerator,denominator
2023-Q1,A,120,200
2023-Q1,N,40,100
2023-Q2,A,130,200
2023-Q2,N,52,100
2023-Q3,A,140,200
2023-Q3,N,65,100
2023-Q4,A,150,200
2023-Q4,N,70,100
`;
/** 97 as a number of its own, not part of another (97.2%, 1997). */
// A number standing alone: not inside an id (a UUID such as …-4a97-… in a link) or another number.
const HIDDEN_DENOMINATOR = /(?<![\w.-])97(?![\w.])/;
const TITLE = 'Closing the gap in sepsis screening for minority ethnic patients across our emergency departments';

const { server, team } = useTestTeam();
let dir: string;
let pdfText: string;
let pdfFilename: string | null;
let chartImages: number;
const lead = () => team.members.LEAD.client;

const get = (path: string, client: ApiClient) => fetch(`${server.url}${path}`, { headers: client.cookie ? { cookie: client.cookie } : {} });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-pack-'));
  const metricId = await addMetricWithValues(server, team, { name: 'Sepsis screening within one hour', population: 'adults arriving at ED with suspected sepsis' }, VALUES);
  await addMetricWithValues(server, team, { name: 'Screening by quarter' }, SERIES);
  const consented = await addTestimonialRow(server, team, { quote: 'Consented: the interpreter came every time.', consentStatus: ConsentStatus.GIVEN });
  await addTestimonialRow(server, team, { quote: 'Not consented: never export this.' });
  const em = server.orm.em.fork();
  // The metric and the consented quote answer the first two criteria of the second section (C2.1, C2.2).
  const [first, second, third] = await em.find(Criterion, { section: team.sectionIds[1] }, { orderBy: { position: 'asc' } });
  em.create(CriterionLink, { criterion: first.id, metric: metricId });
  em.create(CriterionLink, { criterion: second.id, testimonial: consented });
  await em.flush();
  await em.getConnection().execute(`update entries set title = ? where id = ?`, [TITLE, team.entryId]);
  // C2.3 is answered by a passage of the text, quoted as it reads now; a second, deleted since, answers nothing.
  const sectionId = team.sectionIds[1];
  const write = async (markdown: string) => lead().ok(COMMENTS_REPLACE_CONTENT, { i: { sectionId, markdown, baseVersion: (await sectionNow(lead(), team, 1)).version } });
  await write('Screening within an hour rose for Black patients from 41% to 78%.\n\nInterpreters now attend every triage.');
  await lead().ok(CRITERION_LINK_PASSAGES, {
    i: {
      criterionId: third.id,
      passages: [
        { sectionId, anchor: { quote: 'rose for Black patients' } },
        { sectionId, anchor: { quote: 'Interpreters now attend' } },
      ],
    },
  });
  await write('Screening within an hour rose sharply for Black patients from 41% to 78%.');

  const response = await get(`/entries/${team.entryId}/export.pdf`, lead());
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  pdfFilename = response.headers.get('content-disposition');
  const pdf = Buffer.from(await response.arrayBuffer());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  writeFileSync(join(dir, 'pack.pdf'), pdf);
  // Each chart is embedded as an image: pdfimages lists it as 'image' (its transparency as a separate 'smask').
  const listed = execFileSync('pdfimages', ['-list', join(dir, 'pack.pdf')], { encoding: 'utf8' })
    .split('\n')
    .slice(2);
  chartImages = listed.filter((line) => line.trim().split(/\s+/)[2] === 'image').length;
  // poppler's pdftotext, as a judge's tools would read it; -layout off so that words run in reading order.
  pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'pack.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the evidence pack (PDF)', () => {
  it('holds every section of the appendix: the criteria, the metric with its changes, charts’ words and methods, the consented testimonial', () => {
    for (const text of [
      TITLE,
      'Evidence pack',
      'Patient Safety Awards: Improving health outcomes for minority ethnic communities',
      'State: Draft',
      '1. Criteria cross-reference',
      'C2.1',
      'C2.2',
      'Metric “Sepsis screening within one hour” (A1)',
      'C2.3',
      'Passage in “Impact on patient safety”: “rose sharply for Black patients”',
      '2. Evidence appendix',
      'A1. Sepsis screening within one hour',
      'Answers criteria: C2.1',
      'Population: adults arriving at ED with suspected sepsis. Higher is better. Baseline 2023-Q1, follow-up 2024-Q1',
      'Intervals at 95%',
      'Change by group, with intervals',
      '75.0%',
      '80.0%',
      'Sepsis screening within one hour: 2023-Q1 and 2024-Q1 by ethnic group',
      'Methods',
      'Wilson score interval',
      'Wilson EB. Probable inference',
      'Newcombe’s hybrid score interval (method 10)',
      'Katz log interval',
      'A2. Screening by quarter',
      'Baseline 2023-Q1, follow-up 2023-Q4 (4 periods)',
      'Screening by quarter: gap with White over time',
      'Screening by quarter: SPC p-chart, all people',
      '3. Testimonials with consent',
      'T1. Consent given. Answers criteria: C2.2',
      'Consented: the interpreter came every time.',
      '4. About this export',
      'Page 1 of',
    ])
      expect(pdfText).toContain(text);
    expect(pdfText).not.toContain('Not consented');
    // The deleted passage is not listed, not even as an empty quote.
    expect(pdfText.match(/Passage in/g)).toHaveLength(1);
    // A1's bar chart; A2's bar chart, gap over time and SPC charts (all people, and a group's with a signal).
    expect(chartImages).toBeGreaterThanOrEqual(4);
  });

  it('holds no suppressed figure: the small count, its denominator and its percentage are absent for the lead', () => {
    expect(pdfText).toContain('withheld');
    expect(pdfText).not.toMatch(/\bsuppressed\b/);
    expect(pdfText).not.toMatch(HIDDEN_DENOMINATOR);
    expect(pdfText).not.toMatch(/(?<![\d.])3\.1%/);
  });

  it('is named for the whole title with the date, and refused like the other exports', async () => {
    const date = new Date().toISOString().slice(0, 10);
    const slug = 'closing-the-gap-in-sepsis-screening-for-minority-ethnic-patients-across-our-emergency-departments';
    expect(pdfFilename).toBe(`attachment; filename="${slug}-evidence-pack-${date}.pdf"`);
    // Through GraphQL too, as exportEntry(format: PDF).
    const { exportEntry } = await lead().ok(EXPORT_ENTRY, { id: team.entryId, f: 'PDF' });
    expect(exportEntry.filename).toBe(`${slug}-evidence-pack-${date}.pdf`);
    expect(exportEntry.mediaType).toBe('application/pdf');
    expect(Buffer.from(exportEntry.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(`/entries/${team.entryId}/export.pdf`, team.members.NURSE.client)).status).toBe(403);
    expect((await get(`/entries/${team.entryId}/export.pdf`, team.outsider.client)).status).toBe(404);
  });
});

describe('file names', () => {
  it('keep the whole title, fold accents, trim past 200 characters only at a word boundary, and add the date', () => {
    const at = new Date('2026-12-06T10:00:00Z');
    expect(exportFilename('Café equity: a 2024 “project”', at, 'md')).toBe('cafe-equity-a-2024-project-2026-12-06.md');
    const long = exportFilename(`${'improving '.repeat(30)}outcomes`, at, 'docx');
    expect(long).toMatch(/^(improving-)+improving-2026-12-06\.docx$/);
    expect(long.length).toBeLessThanOrEqual(255);
    expect(exportFilename('!!!', at, 'html')).toBe('entry-2026-12-06.html');
  });
});

describe('Markdown and DOCX exports', () => {
  it('show the entry’s state, the population and direction, per-group changes with intervals and each method with its reference', async () => {
    const date = new Date().toISOString().slice(0, 10);
    const md = await lead().ok(EXPORT_ENTRY, { id: team.entryId, f: 'MARKDOWN' });
    expect(md.exportEntry.filename).toMatch(new RegExp(`^closing-the-gap-.+-emergency-departments-${date}\\.md$`));
    const text = Buffer.from(md.exportEntry.base64, 'base64').toString('utf8');
    for (const line of [
      'State: Draft.',
      'Population: adults arriving at ED with suspected sepsis. Higher is better. Baseline 2023-Q1, follow-up 2024-Q1 (2 periods). Intervals at 95%.',
      '| Ethnic group | 2023-Q1 | 2024-Q1 | Change | Change verdict | Change in gap (group minus White) | Gap verdict |',
      '#### Methods',
      '- Wilson score interval: A group’s proportion at one period. Reference: Wilson EB.',
    ])
      expect(text).toContain(line);
    expect(text).toMatch(/\| White \(reference\) \| 75\.0% \(95% CI [\d.]+ to [\d.]+\) \| 80\.0% \(95% CI [\d.]+ to [\d.]+\) \| \+5\.0 pp \(95% CI -0\.8 to \+10\.8\) \| No clear change \|/);
    expect(text).toContain(
      '| Black, Black British, Caribbean or African | 50.0% (95% CI 38.6 to 61.4) | 74.3% (95% CI 63.0 to 83.1) | +24.3 pp (95% CI +8.2 to +38.7) | Improved beyond chance | +19.3 pp (95% CI +2.2 to +34.8) | Narrowed beyond chance |',
    );
    expect(text).toContain('| Asian or Asian British | 32.8% (95% CI 22.3 to 45.3) | withheld | withheld | Withheld |');
    expect(text).not.toMatch(HIDDEN_DENOMINATOR);

    const docx = await lead().ok(EXPORT_ENTRY, { id: team.entryId, f: 'DOCX' });
    expect(docx.exportEntry.filename).toMatch(new RegExp(`-${date}\\.docx$`));
    const xml = await (await JSZip.loadAsync(Buffer.from(docx.exportEntry.base64, 'base64'))).file('word/document.xml')!.async('string');
    const all = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
    for (const line of ['State: Draft', 'Change by group, with intervals', 'Methods', 'Newcombe’s hybrid score interval (method 10)', 'Higher is better']) expect(all).toContain(line);
    expect(all).not.toMatch(HIDDEN_DENOMINATOR);
  });
});

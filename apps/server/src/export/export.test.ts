import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentStatus } from '../evidence/evidence.enums.js';
import { Testimonial } from '../evidence/testimonial.entity.js';
import { codeOf, type ApiClient } from '../test-support/api-client.js';
import { addMetric, addTestimonialRow } from '../test-support/evidence-factories.js';
import { createTeam, type Team } from '../test-support/factories.js';
import { sectionNow, signOff } from '../test-support/review.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const EXPORT = 'query($id: ID!, $f: ExportFormat!) { exportEntry(entryId: $id, format: $f) { filename mediaType base64 } }';
const REPLACE = 'mutation($i: ReplaceSectionContentInput!) { replaceSectionContent(input: $i) { section { version } } }';
const IMPORT = 'mutation($i: ImportMetricValuesInput!) { importMetricValues(input: $i) { written } }';
// P (2 of 9) and D (3 of 10) rest on small counts: they must never appear in an export.
const DATASET = `period,ethnic_code,numerator,denominator
2023-Q1,A,300,400
2023-Q1,M,40,80
2023-Q1,N,35,70
2023-Q1,P,2,9
2023-Q1,D,3,10
2024-Q1,A,320,400
2024-Q1,M,60,80
2024-Q1,N,52,70
2024-Q1,P,6,9
`;
const SECTION_TEXT = '# Our aims\n\nWe **reduced** the *gap*; see [the NHS](https://www.nhs.uk).\n\n- first point\n- second point\n\n1. step one\n2. step two\n\n<script>alert(1)</script>';

let server: TestServer;
let team: Team;
let titles: string[];
let signerName: string;
let signedHash: string;
const lead = () => team.members.LEAD.client;

async function exported(client: ApiClient, format: string) {
  const { exportEntry } = await client.ok(EXPORT, { id: team.entryId, f: format });
  return { ...exportEntry, body: Buffer.from(exportEntry.base64, 'base64') };
}

beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server);
  const { version } = await sectionNow(lead(), team, 0);
  await lead().ok(REPLACE, { i: { sectionId: team.sectionIds[0], markdown: SECTION_TEXT, baseVersion: version } });
  const metricId = await addMetric(server, team, { name: 'Sepsis screening within one hour' });
  await lead().ok(IMPORT, { i: { metricId, csv: DATASET } });
  const em = server.orm.em.fork();
  const consented = await em.findOneOrFail(Testimonial, await addTestimonialRow(server, team));
  consented.quote = 'Consented: they listened to me.';
  consented.consentStatus = ConsentStatus.GIVEN;
  const withheld = await em.findOneOrFail(Testimonial, await addTestimonialRow(server, team));
  withheld.quote = 'Not consented: never export this.';
  await em.flush();
  expect(codeOf(await signOff(team, 'LEAD', 0))).toBe('OK');
  signerName = team.members.LEAD.user.name;
  signedHash = (await sectionNow(lead(), team, 0)).contentHash;
  titles = (await lead().ok('query($id: ID!) { entry(id: $id) { sections { title } } }', { id: team.entryId })).entry.sections.map((s: { title: string }) => s.title);
});
afterAll(() => server?.stop());

describe('exportEntry', () => {
  it('DOCX: every section, an evidence table and the sign-off manifest; small counts and unconsented quotes absent', async () => {
    const file = await exported(lead(), 'DOCX');
    expect(file.filename).toMatch(/\.docx$/);
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const xml = await (await JSZip.loadAsync(file.body)).file('word/document.xml')!.async('string');
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const all = texts.join('\n');
    for (const title of titles) expect(texts).toContain(title);
    expect(xml.match(/<w:tbl>/g)?.length).toBe(2); // the metric's table and the manifest
    for (const text of ['Sign-off manifest', signerName, signedHash, 'Approved', 'Yes', 'fewer than 5', 'withheld', 'step one', 'reduced', 'Consented: they listened to me.']) expect(all).toContain(text);
    expect(xml).toContain('w:numPr'); // lists are real Word lists
    expect(xml).toContain('<w:b/>');
    expect(texts).not.toContain('2');
    expect(texts).not.toContain('3');
    expect(all).not.toContain('Not consented');
  });

  it('Markdown: the same content, section text kept as Markdown, small counts absent', async () => {
    const file = await exported(lead(), 'MARKDOWN');
    const md = file.body.toString('utf8');
    expect(file.mediaType).toBe('text/markdown; charset=utf-8');
    for (const title of titles) expect(md).toContain(`## ${title}`);
    for (const text of ['### Our aims', '**reduced**', '*gap*', '[the NHS](https://www.nhs.uk)', '- first point', '1. step one', '| Period |', '## Sign-off manifest', signerName, signedHash, 'fewer than 5', '> Consented: they listened to me.']) expect(md).toContain(text);
    expect(md).not.toMatch(/\| [23] \|/);
    expect(md).not.toContain('Not consented');
  });

  it('HTML: a self-contained printable page, user text escaped, small counts absent', async () => {
    const file = await exported(lead(), 'HTML');
    const html = file.body.toString('utf8');
    expect(file.mediaType).toBe('text/html; charset=utf-8');
    for (const title of titles) expect(html).toContain(`<h2>${title.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</h2>`);
    expect(html).toContain('@media print');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    for (const text of ['<h3>Our aims</h3>', '<strong>reduced</strong>', '<a href="https://www.nhs.uk">the NHS</a>', '<ol start="1"><li><p>step one', '<table>', 'Sign-off manifest', signerName, signedHash, '<td>fewer than 5</td>']) expect(html).toContain(text);
    expect(html).not.toMatch(/<td>[23]<\/td>/);
    expect(html).not.toContain('Not consented');
  });

  it('is for the lead and manager: a nurse gets FORBIDDEN, an outsider NOT_FOUND', async () => {
    expect(codeOf(await team.members.MANAGER.client.request(EXPORT, { id: team.entryId, f: 'MARKDOWN' }))).toBe('OK');
    expect(codeOf(await team.members.NURSE.client.request(EXPORT, { id: team.entryId, f: 'DOCX' }))).toBe('FORBIDDEN');
    expect(codeOf(await team.outsider.client.request(EXPORT, { id: team.entryId, f: 'DOCX' }))).toBe('NOT_FOUND');
  });
});

describe('GET /entries/:entryId/export.(docx|md|html)', () => {
  const get = (path: string, client?: ApiClient) => fetch(`${server.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  it('downloads the file with its type and an attachment disposition', async () => {
    for (const [ext, type] of [['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], ['md', 'text/markdown; charset=utf-8'], ['html', 'text/html; charset=utf-8']]) {
      const response = await get(`/entries/${team.entryId}/export.${ext}`, lead());
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="a-team-entry.${ext}"`);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  it('answers 401 to the anonymous, 403 to a nurse and 404 to a non-member or unknown id, in plain text', async () => {
    const anonymous = await get(`/entries/${team.entryId}/export.docx`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/^text\/plain/);
    expect((await get(`/entries/${team.entryId}/export.md`, team.members.NURSE.client)).status).toBe(403);
    expect((await get(`/entries/${team.entryId}/export.html`, team.outsider.client)).status).toBe(404);
    expect((await get('/entries/not-an-id/export.html', lead())).status).toBe(404);
  });
});

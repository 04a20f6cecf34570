import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConsentStatus } from '../evidence/evidence.enums.js';
import { codeOf, type ApiClient } from '../test-support/api-client.js';
import { addMetricWithValues, addTestimonialRow } from '../test-support/evidence-factories.js';
import type { ExportFormat } from '../test-support/gql/graphql.js';
import { sectionNow, signOff } from '../test-support/review.js';
import { useTestTeam } from '../test-support/test-team.js';
import { COMMENTS_REPLACE_CONTENT, EXPORT_ENTRY, INVITE, STATE_AND_HEAD, TITLES } from '../test-support/operations.js';

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
// Three periods, so the gap over time is charted; the Asian group (H, 4 of 30) is small at 2023-Q2.
const SERIES = `period,ethnic_code,numerator,denominator
2023-Q1,A,120,200
2023-Q1,N,40,100
2023-Q1,H,12,30
2023-Q2,A,130,200
2023-Q2,N,52,100
2023-Q2,H,4,30
2023-Q3,A,140,200
2023-Q3,N,65,100
2023-Q3,H,15,30
`;
// Figures the small counts would give away, as the charts would write them: Mixed (D, 3 of 10)
// at 2023-Q1 and Asian (4 of 30) at 2023-Q2, and its gap with White then.
const HIDDEN_FIGURES = ['30.0', '13.3', '-51.7'];
// Each as a figure standing alone: not inside the manifest's export time (13:50:30.012Z holds "30.0") or a longer number.
const HIDDEN = HIDDEN_FIGURES.map((figure) => new RegExp(`(?<![\\w.:])${figure.replace(/[.-]/g, '\\$&')}(?!\\d)`));
const SECTION_TEXT = '# Our aims\n\nWe **reduced** the *gap*; see [the NHS](https://www.nhs.uk).\n\n- first point\n- second point\n\n1. step one\n2. step two\n\n<script>alert(1)</script>';

const { server, team } = useTestTeam();
let titles: string[];
let signerName: string;
let signedHash: string;
const lead = () => team.members.LEAD.client;

async function exported(client: ApiClient, format: ExportFormat) {
  const { exportEntry } = await client.ok(EXPORT_ENTRY, { id: team.entryId, f: format });
  return { ...exportEntry, body: Buffer.from(exportEntry.base64, 'base64') };
}

beforeAll(async () => {
  const { version } = await sectionNow(lead(), team, 0);
  await lead().ok(COMMENTS_REPLACE_CONTENT, { i: { sectionId: team.sectionIds[0], markdown: SECTION_TEXT, baseVersion: version } });
  await addMetricWithValues(server, team, { name: 'Sepsis screening within one hour' }, DATASET);
  await addMetricWithValues(server, team, { name: 'Screening over time' }, SERIES);
  await addTestimonialRow(server, team, { quote: 'Consented: they listened to me.', consentStatus: ConsentStatus.GIVEN });
  await addTestimonialRow(server, team, { quote: 'Not consented: never export this.' });
  expect(codeOf(await signOff(team, 'LEAD', 0))).toBe('OK');
  signerName = team.members.LEAD.user.name;
  signedHash = (await sectionNow(lead(), team, 0)).contentHash;
  titles = (await lead().ok(TITLES, { id: team.entryId })).entry.sections.map((s) => s.title);
});

describe('exportEntry', () => {
  it('DOCX: every section, an evidence table and the sign-off manifest; small counts and unconsented quotes absent', async () => {
    const file = await exported(lead(), 'DOCX');
    expect(file.filename).toMatch(/\.docx$/);
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const xml = await (await JSZip.loadAsync(file.body)).file('word/document.xml')!.async('string');
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const all = texts.join('\n');
    for (const title of titles) expect(texts).toContain(title);
    // Per metric its values and its changes by group, a table beside each chart (one, then two with the gap over time), and the manifest.
    expect(xml.match(/<w:tbl>/g)?.length).toBe(2 * 2 + 3 + 1);
    for (const text of ['Sign-off manifest', signerName, signedHash, 'Approved', 'Yes', 'withheld', 'step one', 'reduced', 'Consented: they listened to me.']) expect(all).toContain(text);
    expect(xml).toContain('w:numPr'); // lists are real Word lists
    expect(xml).toContain('<w:b/>');
    expect(texts).not.toContain('2');
    expect(texts).not.toContain('3');
    expect(all).not.toContain('Not consented');
  });

  it('DOCX: each chart is an SVG image with a PNG fallback and alt text, and no suppressed figure', async () => {
    const zip = await JSZip.loadAsync((await exported(lead(), 'DOCX')).body);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    const svgs = media.filter((f) => f.endsWith('.svg'));
    const pngs = media.filter((f) => f.endsWith('.png'));
    expect(svgs).toHaveLength(3);
    expect(pngs).toHaveLength(3);
    for (const png of pngs) expect((await zip.file(png)!.async('nodebuffer')).subarray(1, 4).toString()).toBe('PNG');

    const xml = await zip.file('word/document.xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const target = (id: string) => rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))?.[1];
    const drawings = xml.match(/<w:drawing>.*?<\/w:drawing>/g) ?? [];
    expect(drawings).toHaveLength(3);
    for (const drawing of drawings) {
      // The PNG is the picture's blip; the SVG is its extension, as Word writes them.
      const png = target(drawing.match(/<a:blip r:embed="([^"]+)"/)![1]);
      const svg = target(drawing.match(/<asvg:svgBlip[^>]*r:embed="([^"]+)"/)![1]);
      expect(png).toMatch(/^media\/.+\.png$/);
      expect(svg).toMatch(/^media\/.+\.svg$/);
      const docPr = drawing.match(/<wp:docPr [^>]*>/)![0];
      expect(docPr).toMatch(/descr="[^"]{40,}"/);
      expect(docPr).toMatch(/title="[^"]+by ethnic group"|title="[^"]+over time"/);
    }
    expect(xml).toContain('title="Screening over time: gap with White over time"');
    expect(xml).toMatch(/descr="Bar chart\. White: 75\.0% at 2023-Q1, 80\.0% at 2024-Q1; [^"]*Mixed or Multiple ethnic groups: withheld at 2023-Q1/);

    const drawn = (await Promise.all(svgs.map((f) => zip.file(f)!.async('string')))).join('\n');
    expect(drawn).toContain('>withheld</text>');
    expect(drawn).toContain('Asian or Asian British (withheld at 2023-Q2)');
    for (const figure of HIDDEN) expect(drawn).not.toMatch(figure);
  });

  it('exports words suppression neutrally, for judges, never as hidden from a role', async () => {
    for (const format of ['MARKDOWN', 'HTML'] as const) {
      const body = (await exported(lead(), format)).body.toString('utf8');
      expect(body).not.toMatch(/your role|analysts/i);
      expect(body).toContain('Figures resting on a count fewer than 5, or on a figure that would reveal one, are withheld (NHS small-number disclosure control).');
      expect(body).toMatch(/\| withheld \||<td>withheld<\/td>/);
      expect(body).not.toMatch(/suppressed \(a count|fewer than 5 \|/);
    }
  });

  it('Markdown: the same content, section text kept as Markdown, small counts absent', async () => {
    const file = await exported(lead(), 'MARKDOWN');
    const md = file.body.toString('utf8');
    expect(file.mediaType).toBe('text/markdown; charset=utf-8');
    for (const title of titles) expect(md).toContain(`## ${title}`);
    for (const text of [
      '### Our aims',
      '**reduced**',
      '*gap*',
      '[the NHS](https://www.nhs.uk)',
      '- first point',
      '1. step one',
      '| Period |',
      '## Sign-off manifest',
      signerName,
      signedHash,
      '| withheld | withheld | withheld |',
      '> Consented: they listened to me.',
    ])
      expect(md).toContain(text);
    expect(md).not.toMatch(/\| [23] \|/);
    expect(md).not.toContain('Not consented');
    // Each chart as an SVG image with alt text, then its table.
    const images = [
      ...md.matchAll(
        /!\[([^\]]+)\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)\n\n\*([^*]+)\*\n\n\| Ethnic group \||!\[([^\]]+)\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)\n\n\*([^*]+)\*\n\n\| Period \|/g,
      ),
    ];
    expect(images).toHaveLength(3);
    for (const m of images) {
      const svg = Buffer.from(m[2] ?? m[5], 'base64').toString('utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain(`<title id="metric-`);
      expect(m[1] ?? m[4]).toContain(m[3] ?? m[6]);
      for (const figure of HIDDEN) expect(svg).not.toMatch(figure);
    }
  });

  it('HTML: a self-contained printable page, user text escaped, small counts absent', async () => {
    const file = await exported(lead(), 'HTML');
    const html = file.body.toString('utf8');
    expect(file.mediaType).toBe('text/html; charset=utf-8');
    for (const title of titles) expect(html).toContain(`<h2>${title.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</h2>`);
    expect(html).toContain('@media print');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    for (const text of [
      '<h3>Our aims</h3>',
      '<strong>reduced</strong>',
      '<a href="https://www.nhs.uk">the NHS</a>',
      '<ol><li><p>step one',
      '<table>',
      'Sign-off manifest',
      signerName,
      signedHash,
      '<td>withheld</td>',
    ])
      expect(html).toContain(text);
    expect(html).not.toMatch(/<td>[23]<\/td>/);
    expect(html).not.toContain('Not consented');
    // Charts inline, labelled, each with its table; ids unique on the page.
    const charts = html.match(/<figure class="chart">.*?<\/figure>/gs) ?? [];
    expect(charts).toHaveLength(3);
    for (const chart of charts) {
      expect(chart).toMatch(/<svg [^>]*role="img" aria-labelledby="([\w-]+-title) ([\w-]+-desc)"/);
      expect(chart).toMatch(/<title id="[\w-]+-title">[^<]+<\/title>\n<desc id="[\w-]+-desc">[^<]+<\/desc>/);
      expect(chart).toMatch(/<\/svg><\/div><table><caption>[^<]+<\/caption>/);
    }
    expect(html).toContain('<title id="metric-2-gap-title">Screening over time: gap with White over time</title>');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Only the word "withheld" where a figure is hidden (the SVG's data-kind attribute is not text a reader sees).
    expect(html).not.toMatch(/>[^<]*\bsuppressed\b/);
    for (const figure of HIDDEN) expect(html).not.toMatch(figure);
  });

  it('every format ends with its own manifest: the entry, its state, when it was exported, and the audit log’s current head hash', async () => {
    // One more record, so that the head is the latest, not the one the set-up left.
    await lead().ok(INVITE, { i: { entryId: team.entryId, email: 'manifest@example.nhs.uk', role: 'NURSE' } });
    const now = await lead().ok(STATE_AND_HEAD, { id: team.entryId });
    expect(now.verifyAuditLog.valid).toBe(true);
    const expected = [
      `Entry: A team entry (id ${team.entryId})`,
      `State: ${now.entry.state}`,
      `Audit log head: record ${now.verifyAuditLog.headSeq}, hash ${now.verifyAuditLog.headHash} (SHA-256, no audit key)`,
    ];
    const before = Date.now();
    const docx = await (await JSZip.loadAsync((await exported(lead(), 'DOCX')).body)).file('word/document.xml')!.async('string');
    const texts = {
      DOCX: [...docx.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n'),
      MARKDOWN: (await exported(lead(), 'MARKDOWN')).body.toString('utf8'),
      HTML: (await exported(lead(), 'HTML')).body.toString('utf8'),
    };
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).toContain('About this export');
      for (const line of expected) expect(text, format).toContain(line);
      const exportedAt = Date.parse(/Exported at: (\S+Z)/.exec(text)![1]);
      expect(exportedAt, format).toBeGreaterThanOrEqual(before - 1000);
      expect(exportedAt, format).toBeLessThanOrEqual(Date.now());
    }
  });

  it('renders one file a request: a second aliased export is refused, and the next request may export again', async () => {
    const lead = team.members.LEAD.client;
    // Over the one-export limit on purpose: stays a string, as the refused requests do.
    const both = await lead.request('query($id: ID!) { a: exportEntry(entryId: $id, format: DOCX) { filename } b: exportEntry(entryId: $id, format: MARKDOWN) { filename } }', { id: team.entryId });
    expect(both.errors).toHaveLength(1);
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(both.errors![0].message).toContain('one export a request');
    expect(codeOf(await lead.request(EXPORT_ENTRY, { id: team.entryId, f: 'MARKDOWN' }))).toBe('OK');
  });

  it('is for the lead and manager: a nurse gets FORBIDDEN, an outsider NOT_FOUND', async () => {
    expect(codeOf(await team.members.MANAGER.client.request(EXPORT_ENTRY, { id: team.entryId, f: 'MARKDOWN' }))).toBe('OK');
    expect(codeOf(await team.members.NURSE.client.request(EXPORT_ENTRY, { id: team.entryId, f: 'DOCX' }))).toBe('FORBIDDEN');
    expect(codeOf(await team.outsider.client.request(EXPORT_ENTRY, { id: team.entryId, f: 'DOCX' }))).toBe('NOT_FOUND');
  });
});

describe('GET /entries/:entryId/export.(docx|md|html)', () => {
  const get = (path: string, client?: ApiClient) => fetch(`${server.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  it('downloads the file with its type and an attachment disposition', async () => {
    for (const [ext, type] of [
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['md', 'text/markdown; charset=utf-8'],
      ['html', 'text/html; charset=utf-8'],
    ]) {
      const response = await get(`/entries/${team.entryId}/export.${ext}`, lead());
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="a-team-entry-${new Date().toISOString().slice(0, 10)}.${ext}"`);
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

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMetricWithValues } from '../test-support/evidence-factories.js';
import type { ExportFormat } from '../test-support/gql/graphql.js';
import { useTestTeam } from '../test-support/test-team.js';
import { EXPORT_ENTRY } from '../test-support/operations.js';
import { SUPPRESSION_NOTE, withheldLine } from './export.model.js';

// Fourteen months. White steps up from 2023-08 (a run of 7 above the mean: a signal on its SPC
// chart). Indian (H) is 3 of 40 in 2023-05, a small count (primary); in 2023-09 Black's
// Any other Black background (P) is 2 of 20 (primary), so African (N), the other Black cell,
// is withheld too (secondary): the Black total is shown.
const MONTHS = Array.from({ length: 14 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const CSV = [
  'period,ethnic_code,numerator,denominator',
  ...MONTHS.flatMap((month, i) => [
    `${month},A,${i >= 7 ? 160 : 120},200`,
    `${month},H,${month === '2023-05' ? 3 : 20},40`,
    ...(month === '2023-09' ? [`${month},P,2,20`, `${month},N,31,60`] : [`${month},N,30,60`]),
  ]),
].join('\n');
// What the hidden cells would give away, standing alone: Indian's 7.5% (3 of 40) and its gap with
// White (7.5 − 60.0), P's 10.0% (2 of 20) and N's 51.7% (31 of 60).
const HIDDEN = [/(?<![\d.])7\.5(?![\d])/, /(?<![\d.])-52\.5(?![\d])/, /(?<![\d.])51\.7(?![\d])/, /\b31 of 60\b/];

const { server, team } = useTestTeam();
const texts = new Map<ExportFormat, string>();

beforeAll(async () => {
  await addMetricWithValues(server, team, { name: 'Sepsis screening' }, CSV);
  const dir = mkdtempSync(join(tmpdir(), 'quorum-withheld-'));
  try {
    for (const format of ['MARKDOWN', 'HTML', 'DOCX', 'PDF'] as const) {
      const { exportEntry } = await team.members.LEAD.client.ok(EXPORT_ENTRY, { id: team.entryId, f: format });
      const body = Buffer.from(exportEntry.base64, 'base64');
      let text: string;
      if (format === 'DOCX') {
        const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
        text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
      } else if (format === 'PDF') {
        writeFileSync(join(dir, 'pack.pdf'), body);
        text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'pack.pdf'), '-'], { encoding: 'utf8' });
      } else text = body.toString('utf8');
      // One space for any run of white space: a PDF's lines wrap where its page does.
      texts.set(format, text.replace(/\s+/g, ' '));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('hidden figures in exports (issue 13: primary and secondary suppression marked the same way everywhere)', () => {
  it.each(['MARKDOWN', 'HTML', 'DOCX', 'PDF'] as const)('%s: every hidden figure reads “withheld”, the note and the threshold say what that means, and none says which is the small one', (format) => {
    const text = texts.get(format)!;
    expect(text).toContain(SUPPRESSION_NOTE);
    expect(text).toContain(withheldLine(5));
    // No other word for a hidden figure: not "suppressed", and "fewer than 5" only in sentences that explain "withheld".
    expect(text).not.toMatch(/\bsuppressed\b/i);
    expect(text).not.toMatch(/fewer than 5(?![^.]*withheld)/);
    expect(text).not.toMatch(/your role|analysts/i);
    for (const figure of HIDDEN) expect(text).not.toMatch(figure);
  });

  it('tables: the small cell and the cell withheld to protect it read alike, figure for figure', () => {
    const md = texts.get('MARKDOWN')!;
    expect(md).toContain('| 2023-05 | Indian (H) | withheld | withheld | withheld |');
    expect(md).toContain('| 2023-09 | African (N) | withheld | withheld | withheld |');
    expect(md).toContain('| 2023-09 | Any other Black background (P) | withheld | withheld | withheld |');
    expect(texts.get('HTML')!).toContain('<td>2023-05</td><td>Indian (H)</td><td>withheld</td><td>withheld</td><td>withheld</td>');
  });

  // Black's two detailed cells of 2023-09 are withheld, but its total is not small and is shown: its chart stands.
  it.each(['MARKDOWN', 'HTML', 'DOCX', 'PDF'] as const)('%s: SPC sentences and charts only where no figure is hidden: White’s and Black’s, never all people’s or Asian’s', (format) => {
    const text = texts.get(format)!;
    expect(text).toMatch(/SPC p-chart, White/);
    expect(text).toMatch(/Over 14 periods \(2023-01 to 2024-02\), sepsis screening for White patients/);
    expect(text).toMatch(/Over 14 periods \(2023-01 to 2024-02\), sepsis screening for Black patients/);
    expect(text).not.toMatch(/SPC p-chart, (all people|Asian)/);
    expect(text).not.toMatch(/sepsis screening for (all patients|patients|Asian patients) showed/);
  });
});

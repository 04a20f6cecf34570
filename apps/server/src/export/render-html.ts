import { sectionDomSerializer, sectionSchema } from '@quorum/section-content';
import { ABOUT_HEADING, aboutLines, methodLine, metricContextLine, safeHref, stateLine, SUPPRESSION_NOTE, wordsLine, type ContentNode, type ExportDocument, type ExportTable } from './export.model.js';
import { esc } from '../common/html-escape.js';
import { htmlDocument, htmlOf } from './html-nodes.js';

/** Links only to http(s) and mailto (safeHref): any other link mark is dropped, its text kept. */
function withSafeLinks(node: ContentNode): ContentNode {
  const marks = node.marks?.flatMap((mark) => {
    if (mark.type !== 'link') return [mark];
    const href = safeHref(mark.attrs?.href);
    return href ? [{ ...mark, attrs: { ...mark.attrs, href } }] : [];
  });
  return { ...node, ...(marks && { marks }), ...(node.content && { content: node.content.map(withSafeLinks) }) };
}

/** ProseMirror's own rendering of the section schema, except: headings sit under the section's h2, and links carry only their address. */
const serializer = sectionDomSerializer({
  nodes: { heading: (node) => [`h${Math.min(Number(node.attrs.level) + 2, 6)}`, 0] },
  marks: { link: (mark) => ['a', { href: mark.attrs.href }, 0] },
});

function sectionHtml(content: ContentNode): string {
  const doc = sectionSchema.nodeFromJSON(withSafeLinks(content));
  // htmlDocument has only what the serializer calls (html-nodes.ts), not the whole DOM type.
  const options = { document: htmlDocument() } as unknown as Parameters<typeof serializer.serializeFragment>[1];
  return htmlOf(serializer.serializeFragment(doc.content, options));
}

function table({ header, rows }: ExportTable, caption: string): string {
  const head = header.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const STYLE = `
body { font: 11pt/1.45 Arial, Helvetica, sans-serif; color: #212b32; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 20pt; margin-bottom: 0.2rem; } h2 { font-size: 15pt; margin-top: 2rem; border-bottom: 1px solid #d8dde0; }
h3 { font-size: 13pt; } h4, h5, h6 { font-size: 11pt; }
.meta, .words, caption, .note { color: #4c6272; font-size: 9.5pt; } caption { text-align: left; padding: 0.2rem 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 9.5pt; }
th, td { border: 1px solid #aeb7bd; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
td { overflow-wrap: anywhere; } blockquote { border-left: 4px solid #005eb8; margin: 0.5rem 0; padding: 0.2rem 1rem; }
figure.chart { margin: 1rem 0 1.5rem; break-inside: avoid; } .chart__image svg { display: block; width: 100%; max-width: 720px; height: auto; }
@page { size: A4; margin: 18mm 16mm; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr, blockquote, figure.chart { break-inside: avoid; } a { color: inherit; } }`;

/** A self-contained page (no scripts, no external resources) that prints well to PDF. */
export function renderHtml(doc: ExportDocument): string {
  const out: string[] = [`<h1>${esc(doc.title)}</h1>`, `<p class="meta">${esc(doc.award)}: ${esc(doc.category)}. ${esc(stateLine(doc))}. Exported ${doc.exportedAt.toISOString().slice(0, 10)}.</p>`];
  for (const section of doc.sections) {
    out.push(`<section><h2>${esc(section.title)}</h2><p class="words">${esc(wordsLine(section))}</p>${sectionHtml(section.content)}</section>`);
  }
  out.push('<section><h2>Evidence</h2>');
  if (doc.metrics.length === 0) out.push('<p>No metrics.</p>');
  for (const m of doc.metrics) {
    out.push(`<h3>${esc(m.name)}</h3><p>${esc(m.definition)}</p>`);
    if (m.dataSource) out.push(`<p class="meta">Source: ${esc(m.dataSource)}</p>`);
    out.push(`<p>${esc(metricContextLine(m))}</p>`);
    if (m.table.rows.length) out.push(table(m.table, `${m.name}: values by period and ethnic category`));
    if (m.changes.rows.length) out.push(table(m.changes, `${m.name}: change by group, with intervals`));
    if (m.standardised?.rows.length) out.push(table(m.standardised, `${m.name}: age-standardised rates (2013 European Standard Population)`));
    // The SVG is built from escaped text (charts/chart-svg.ts); its table gives the same figures in words.
    for (const chart of m.charts) out.push(`<figure class="chart"><div class="chart__image">${chart.svg}</div>${table(chart.table, chart.title)}</figure>`);
    out.push(...m.sentences.map((s) => `<p>${esc(s)}</p>`), ...m.notes.map((n) => `<p class="note">${esc(n)}</p>`));
    out.push('<h4>Methods</h4><ul>', ...m.methods.map((x) => `<li>${esc(methodLine(x))}</li>`), '</ul>');
  }
  if (doc.metrics.length) out.push(`<p class="note">${esc(SUPPRESSION_NOTE)}</p>`);
  out.push('</section><section><h2>Testimonials</h2>');
  if (doc.testimonials.length === 0) out.push('<p>No testimonials with consent recorded.</p>');
  for (const t of doc.testimonials) out.push(`<blockquote><p>${esc(t.quote)}</p><p>— ${esc(t.citedAs)}</p></blockquote>`);
  out.push('</section><section><h2>Sign-off manifest</h2>');
  out.push(doc.manifest.rows.length ? table(doc.manifest, 'Each signer’s latest sign-off per section') : '<p>No sign-offs yet.</p>', '</section>');
  out.push(`<section><h2>${ABOUT_HEADING}</h2>`, ...aboutLines(doc).map((line) => `<p class="meta">${esc(line)}</p>`), '</section>');
  return `<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>${esc(doc.title)}</title>\n<style>${STYLE}\n</style>\n</head>\n<body>\n${out.join('\n')}\n</body>\n</html>\n`;
}

import { sectionMarkdownSerializer, sectionSchema } from '@quorum/section-content';
import { ABOUT_HEADING, aboutLines, methodLine, metricContextLine, stateLine, SUPPRESSION_NOTE, wordsLine, type ContentNode, type ExportDocument, type ExportTable } from './export.model.js';

/** Backslash-escapes what Markdown would read as markup in user text outside section content. */
const text = (s: string) => s.replace(/[\\`*_[\]<>#|!~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');

function table({ header, rows }: ExportTable): string {
  const line = (cells: string[]) => `| ${cells.map(text).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/** Section headings move down two levels, under the entry's # and the section's ##. */
function demote(node: ContentNode): ContentNode {
  const attrs = node.type === 'heading' ? { ...node.attrs, level: Math.min(Number(node.attrs?.level ?? 1) + 2, 6) } : node.attrs;
  return { ...node, attrs, content: node.content?.map(demote) };
}

/** Section content is re-serialised by the editor's own serialiser, so its escaping is the editor's. */
const sectionBody = (content: ContentNode) => sectionMarkdownSerializer.serialize(sectionSchema.nodeFromJSON(demote(content))).trim();

export function renderMarkdown(doc: ExportDocument): string {
  const out: string[] = [`# ${text(doc.title)}`, `${text(doc.award)}: ${text(doc.category)}`, `${text(stateLine(doc))}. Exported ${doc.exportedAt.toISOString().slice(0, 10)}`];
  for (const section of doc.sections) {
    out.push(`## ${text(section.title)}`, `*${wordsLine(section)}*`);
    const body = sectionBody(section.content);
    if (body) out.push(body);
  }
  out.push('## Evidence');
  if (doc.metrics.length === 0) out.push('No metrics.');
  for (const metric of doc.metrics) {
    out.push(`### ${text(metric.name)}`, text(metric.definition));
    if (metric.dataSource) out.push(`Source: ${text(metric.dataSource)}`);
    out.push(text(metricContextLine(metric)));
    if (metric.table.rows.length) out.push(table(metric.table));
    if (metric.changes.rows.length) out.push('Change by group, with intervals:', table(metric.changes));
    if (metric.standardised?.rows.length) out.push('Age-standardised rates (2013 European Standard Population):', table(metric.standardised));
    for (const chart of metric.charts) {
      // An image of the SVG as a data URI: the file stays self-contained; the table after it gives the figures.
      const alt = `${chart.title}. ${chart.description}`.replace(/[[\]\\]/g, '').replace(/\s+/g, ' ');
      out.push(`![${alt}](data:image/svg+xml;base64,${Buffer.from(chart.svg, 'utf8').toString('base64')})`, `*${text(chart.title)}*`, table(chart.table));
    }
    out.push(...metric.sentences.map(text), ...metric.notes.map((n) => `*${text(n)}*`));
    out.push('#### Methods', metric.methods.map((m) => `- ${text(methodLine(m))}`).join('\n'));
  }
  if (doc.metrics.length) out.push(`*${SUPPRESSION_NOTE}*`);
  out.push('## Testimonials');
  if (doc.testimonials.length === 0) out.push('No testimonials with consent recorded.');
  for (const t of doc.testimonials) out.push(`> ${text(t.quote)}\n>\n> — ${text(t.citedAs)}`);
  out.push('## Sign-off manifest', doc.manifest.rows.length ? table(doc.manifest) : 'No sign-offs yet.');
  out.push(
    `## ${ABOUT_HEADING}`,
    aboutLines(doc)
      .map((line) => `- ${text(line)}`)
      .join('\n'),
  );
  return `${out.join('\n\n')}\n`;
}

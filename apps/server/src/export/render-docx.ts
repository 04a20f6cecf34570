import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { chartPng } from './charts/chart-png.js';
import { CHART_HEIGHT, CHART_WIDTH } from './charts/chart-svg.js';
import {
  ABOUT_HEADING,
  aboutLines,
  methodLine,
  metricContextLine,
  safeHref,
  stateLine,
  SUPPRESSION_NOTE,
  wordsLine,
  type ContentNode,
  type ExportChart,
  type ExportDocument,
  type ExportTable,
} from './export.model.js';

const HEADINGS = [HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];
const NUMBERED = 'numbered';

function runs(nodes: ContentNode[] = []): ParagraphChild[] {
  return nodes.map((node) => {
    if (node.type === 'hardBreak') return new TextRun({ text: '', break: 1 });
    const has = (type: string) => node.marks?.some((m) => m.type === type) ?? false;
    const href = safeHref(node.marks?.find((m) => m.type === 'link')?.attrs?.href);
    const run = new TextRun({
      text: node.text ?? '',
      bold: has('bold'),
      italics: has('italic'),
      strike: has('strike'),
      font: has('code') ? 'Consolas' : undefined,
      style: href ? 'Hyperlink' : undefined,
    });
    return href ? new ExternalHyperlink({ link: href, children: [run] }) : run;
  });
}

/** Turns section content into paragraphs; each numbered list gets its own instance so that it starts at 1. */
function blocks(node: ContentNode, state: { instance: number }, list?: { numbered: boolean; level: number; instance: number }): Paragraph[] {
  const listProps = list && (list.numbered ? { numbering: { reference: NUMBERED, level: list.level, instance: list.instance } } : { bullet: { level: list.level } });
  switch (node.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[Math.min(Number(node.attrs?.level ?? 1), 3) - 1], children: runs(node.content) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(node.content), ...listProps })];
    case 'bulletList':
    case 'orderedList': {
      const nested = { numbered: node.type === 'orderedList', level: list ? Math.min(list.level + 1, 8) : 0, instance: ++state.instance };
      return (node.content ?? []).flatMap((item) => (item.content ?? []).flatMap((child) => blocks(child, state, nested)));
    }
    case 'blockquote':
      return (node.content ?? []).flatMap((child) => blocks(child, state));
    case 'codeBlock':
      return [new Paragraph({ children: [new TextRun({ text: (node.content ?? []).map((n) => n.text ?? '').join(''), font: 'Consolas' })] })];
    case 'horizontalRule':
      return [new Paragraph({ thematicBreak: true })];
    default:
      return (node.content ?? []).flatMap((child) => blocks(child, state, list));
  }
}

function table({ header, rows }: ExportTable): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({ tableHeader: bold, children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold, size: 18 })] })] })) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map((r) => row(r, false))] });
}

/** A chart as an SVG image with a PNG for Word processors that cannot show SVG, its alt text, then its table. */
function chartBlocks(chart: ExportChart, png: Buffer): (Paragraph | Table)[] {
  const width = 600; // pixels at 96 to the inch: about 16 cm, inside an A4 page's margins
  const image = new ImageRun({
    type: 'svg',
    data: Buffer.from(chart.svg, 'utf8'),
    fallback: { type: 'png', data: png },
    transformation: { width, height: Math.round((width * CHART_HEIGHT) / CHART_WIDTH) },
    altText: { name: chart.title, title: chart.title, description: chart.description },
  });
  return [new Paragraph({ keepNext: true, children: [image] }), para(chart.title, { italics: true }), table(chart.table)];
}

const para = (text: string, options: { italics?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {}) =>
  new Paragraph({ heading: options.heading, children: [new TextRun({ text, italics: options.italics })] });

export async function renderDocx(doc: ExportDocument): Promise<Buffer> {
  const state = { instance: 0 };
  const pngs = new Map<ExportChart, Buffer>();
  await Promise.all(doc.metrics.flatMap((m) => m.charts).map(async (chart) => pngs.set(chart, await chartPng(chart.svg))));
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    para(`${doc.award}: ${doc.category}. ${stateLine(doc)}. Exported ${doc.exportedAt.toISOString().slice(0, 10)}.`, { italics: true }),
  ];
  for (const section of doc.sections) {
    children.push(para(section.title, { heading: HeadingLevel.HEADING_1 }), para(wordsLine(section), { italics: true }), ...blocks(section.content, state));
  }
  children.push(para('Evidence', { heading: HeadingLevel.HEADING_1 }));
  if (doc.metrics.length === 0) children.push(para('No metrics.'));
  for (const m of doc.metrics) {
    children.push(para(m.name, { heading: HeadingLevel.HEADING_2 }), para(m.definition));
    if (m.dataSource) children.push(para(`Source: ${m.dataSource}`, { italics: true }));
    children.push(para(metricContextLine(m)));
    if (m.table.rows.length) children.push(table(m.table));
    if (m.changes.rows.length) children.push(para('Change by group, with intervals', { italics: true }), table(m.changes));
    if (m.standardised?.rows.length) children.push(para('Age-standardised rates (2013 European Standard Population)', { italics: true }), table(m.standardised));
    for (const chart of m.charts) children.push(...chartBlocks(chart, pngs.get(chart)!));
    children.push(...m.sentences.map((s) => para(s)), ...m.notes.map((n) => para(n, { italics: true })));
    children.push(para('Methods', { heading: HeadingLevel.HEADING_3 }), ...m.methods.map((x) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(methodLine(x))] })));
  }
  if (doc.metrics.length) children.push(para(SUPPRESSION_NOTE, { italics: true }));
  children.push(para('Testimonials', { heading: HeadingLevel.HEADING_1 }));
  if (doc.testimonials.length === 0) children.push(para('No testimonials with consent recorded.'));
  for (const t of doc.testimonials)
    children.push(
      new Paragraph({ indent: { left: 720 }, children: [new TextRun({ text: `“${t.quote}”`, italics: true })] }),
      new Paragraph({ indent: { left: 720 }, children: [new TextRun(`— ${t.citedAs}`)] }),
    );
  children.push(para('Sign-off manifest', { heading: HeadingLevel.HEADING_1 }), doc.manifest.rows.length ? table(doc.manifest) : para('No sign-offs yet.'));
  children.push(para(ABOUT_HEADING, { heading: HeadingLevel.HEADING_1 }), ...aboutLines(doc).map((line) => para(line)));

  const document = new Document({
    title: doc.title,
    creator: 'Quorum',
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

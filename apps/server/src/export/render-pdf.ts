import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { chartPng } from './charts/chart-png.js';
import { CHART_HEIGHT, CHART_WIDTH } from './charts/chart-svg.js';
import { ABOUT_HEADING, aboutLines, metricContextLine, stateLine, SUPPRESSION_NOTE, type ExportDocument, type ExportTable } from './export.model.js';

/**
 * The evidence pack: the one supporting file the awards allow, as a PDF made here with pdfkit
 * (no browser): a cross-reference of the criteria, the evidence appendix (each metric's values,
 * per-group changes with intervals, charts, sentences and methods with references) and the
 * consented testimonials. It is built from the same ExportDocument as the other exports, so
 * it holds only what they hold: suppressed figures never reach it.
 */

const FONT_DIR = '/usr/share/fonts/truetype/liberation';
/** Liberation Sans (Arial's metrics) where installed, for full Unicode; else PDF's built-in Helvetica, which only has Latin-1. */
const FONTS = existsSync(`${FONT_DIR}/LiberationSans-Regular.ttf`)
  ? { regular: `${FONT_DIR}/LiberationSans-Regular.ttf`, bold: `${FONT_DIR}/LiberationSans-Bold.ttf`, italic: `${FONT_DIR}/LiberationSans-Italic.ttf`, unicode: true }
  : { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', unicode: false };

// Helvetica's WinAnsi encoding has curly quotes and dashes but not, say, "≥": those become "?", never a wrong glyph.
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const PLAIN: Record<string, string> = { '−': '-', '≥': '>=', '≤': '<=', '→': '->', '≈': '~' };
const safe = (s: string) => (FONTS.unicode ? s : [...s].map((c) => PLAIN[c] ?? (c.charCodeAt(0) < 256 || WIN_ANSI_EXTRA.includes(c) ? c : '?')).join(''));

const MARGIN = 50;
const GREY = '#4c6272';
const INK = '#212b32';

type Doc = InstanceType<typeof PDFDocument>;

function heading(doc: Doc, text: string, size: number) {
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc.moveDown(0.6).font(FONTS.bold).fontSize(size).fillColor(INK).text(safe(text)).moveDown(0.3);
}

function paragraph(doc: Doc, text: string, options: { italic?: boolean; bold?: boolean; size?: number; colour?: string; indent?: number } = {}) {
  doc
    .font(options.bold ? FONTS.bold : options.italic ? FONTS.italic : FONTS.regular)
    .fontSize(options.size ?? 10)
    .fillColor(options.colour ?? INK)
    .text(safe(text), MARGIN + (options.indent ?? 0), undefined, { width: doc.page.width - 2 * MARGIN - (options.indent ?? 0) })
    .moveDown(0.3);
}

/** A ruled table, its header repeated on each new page; column widths follow the longest text in each column. */
function table(doc: Doc, { header, rows }: ExportTable) {
  const width = doc.page.width - 2 * MARGIN;
  const longest = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length), 4));
  const total = longest.reduce((a, b) => a + Math.min(b, 40), 0);
  const widths = longest.map((l) => (Math.min(l, 40) / total) * width);
  const pad = 3;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? FONTS.bold : FONTS.regular).fontSize(8);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(safe(c), { width: widths[i] - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      if (!bold) drawRow(header, true);
      doc.font(bold ? FONTS.bold : FONTS.regular).fontSize(8);
    }
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.rect(x, top, widths[i], height).strokeColor('#aeb7bd').lineWidth(0.5).stroke();
      doc.fillColor(INK).text(safe(c), x + pad, top + pad, { width: widths[i] - 2 * pad });
      x += widths[i];
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(header, true);
  for (const row of rows) drawRow(row, false);
  doc.moveDown(0.6);
}

export async function renderEvidencePdf(exported: ExportDocument): Promise<Buffer> {
  // Charts are rasterised at twice their size (chart-png.ts), off the event loop, before the pages are laid out.
  const charts = exported.metrics.flatMap((m) => m.charts);
  const pngs = await Promise.all(charts.map((c) => chartPng(c.svg)));
  const pngOf = new Map(charts.map((c, i) => [c, pngs[i]]));

  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: safe(`${exported.title}: evidence pack`), Author: 'Quorum', Subject: safe(`${exported.award}: ${exported.category}`), CreationDate: exported.exportedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font(FONTS.bold).fontSize(20).fillColor(INK).text(safe(exported.title));
  paragraph(doc, 'Evidence pack', { bold: true, size: 14, colour: GREY });
  paragraph(doc, `${exported.award}: ${exported.category}`, { colour: GREY });
  paragraph(doc, `${stateLine(exported)}. Exported ${exported.exportedAt.toISOString().slice(0, 10)}.`, { colour: GREY });
  paragraph(doc, 'Contents: 1. Criteria cross-reference. 2. Evidence appendix (A1, A2, …: one per metric). 3. Testimonials with consent (T1, T2, …). 4. About this export.', {
    colour: GREY,
  });

  heading(doc, '1. Criteria cross-reference', 15);
  if (exported.criteria.length === 0) paragraph(doc, 'No criteria.');
  else {
    const metricRef = new Map(exported.metrics.map((m, i) => [`Metric “${m.name}”`, `A${i + 1}`]));
    table(doc, {
      header: ['Ref', 'Criterion', 'Answered by'],
      rows: exported.criteria.map((c) => [
        c.ref,
        `${c.section}: ${c.text}`,
        c.answeredBy.length ? c.answeredBy.map((a) => (metricRef.has(a) ? `${a} (${metricRef.get(a)})` : a)).join('; ') : 'Nothing linked yet',
      ]),
    });
  }

  // The appendix starts on its own page, so that it can be read (or printed) apart from the cross-reference.
  doc.addPage();
  heading(doc, '2. Evidence appendix', 15);
  if (exported.metrics.length === 0) paragraph(doc, 'No metrics.');
  for (const [i, m] of exported.metrics.entries()) {
    heading(doc, `A${i + 1}. ${m.name}`, 13);
    paragraph(doc, `Answers criteria: ${m.criteria.length ? m.criteria.join(', ') : 'none linked'}`, { italic: true, colour: GREY });
    paragraph(doc, m.definition);
    if (m.dataSource) paragraph(doc, `Source: ${m.dataSource}`, { italic: true });
    paragraph(doc, metricContextLine(m));
    if (m.table.rows.length) {
      paragraph(doc, 'Values by period and ethnic category', { bold: true });
      table(doc, m.table);
    }
    if (m.changes.rows.length) {
      paragraph(doc, 'Change by group, with intervals', { bold: true });
      table(doc, m.changes);
    }
    if (m.standardised?.rows.length) {
      paragraph(doc, 'Age-standardised rates (2013 European Standard Population)', { bold: true });
      table(doc, m.standardised);
    }
    for (const chart of m.charts) {
      const width = doc.page.width - 2 * MARGIN;
      const height = (width * CHART_HEIGHT) / CHART_WIDTH;
      if (doc.y + height + 40 > doc.page.height - MARGIN) doc.addPage();
      doc.image(pngOf.get(chart)!, MARGIN, doc.y, { width, height });
      doc.y += height + 4;
      paragraph(doc, chart.title, { italic: true, size: 9 });
      paragraph(doc, chart.description, { size: 8, colour: GREY });
    }
    for (const s of m.sentences) paragraph(doc, s);
    for (const n of m.notes) paragraph(doc, n, { italic: true, colour: GREY });
    paragraph(doc, 'Methods', { bold: true });
    for (const method of m.methods) {
      paragraph(doc, `${method.name}: ${method.usedFor}.`, { indent: 10 });
      paragraph(doc, `Reference: ${method.reference}`, { indent: 20, size: 8, colour: GREY });
    }
  }
  if (exported.metrics.length) paragraph(doc, SUPPRESSION_NOTE, { italic: true, colour: GREY });

  heading(doc, '3. Testimonials with consent', 15);
  if (exported.testimonials.length === 0) paragraph(doc, 'No testimonials with consent recorded.');
  for (const [i, t] of exported.testimonials.entries()) {
    paragraph(doc, `T${i + 1}. Consent given. Answers criteria: ${t.criteria.length ? t.criteria.join(', ') : 'none linked'}`, { bold: true, size: 9 });
    paragraph(doc, `“${t.quote}”`, { italic: true, indent: 15 });
    paragraph(doc, `— ${t.citedAs}`, { indent: 15 });
  }

  heading(doc, `4. ${ABOUT_HEADING}`, 15);
  for (const line of aboutLines(exported)) paragraph(doc, line, { size: 9, colour: GREY });

  // Page numbers, once the page count is known (bufferPages).
  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    // Text in the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font(FONTS.regular)
      .fontSize(8)
      .fillColor(GREY)
      .text(safe(`${exported.title}: evidence pack. Page ${p + 1} of ${range.count}`), MARGIN, doc.page.height - MARGIN + 15, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}

import { ROLE_LABELS } from '@quorum/domain';
import { markdownToProseMirrorJSON } from '@quorum/section-content';
import { auditHead } from '../audit/audit.service.js';
import type { Context } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { canonicalId } from '../common/ids.js';
import { CriterionLink } from '../evidence/criterion-link.entity.js';
import { passagesNow } from '../evidence/criterion-passages.js';
import { GroupLevel, MetricDirection, MetricKind } from '../evidence/evidence.enums.js';
import type { Estimate, MetricValueView } from '../evidence/evidence.types.js';
import { analyseMetric } from '../evidence/metric.analysis.js';
import type { Metric } from '../evidence/metric.entity.js';
import { valueViews } from '../evidence/metric.service.js';
import type { Testimonial } from '../evidence/testimonial.entity.js';
import { citedAs, isExportable } from '../evidence/testimonial.service.js';
import { Criterion } from '../sections/criterion.entity.js';
import type { Section } from '../sections/section.entity.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { SignOffMeaning } from '../sign-off/sign-off.enums.js';
import { metricCharts, suppressedWords } from './charts/metric-charts.js';
import { WITHHELD, type ContentNode, type ExportCriterion, type ExportDocument, type ExportMetric, type ExportTable } from './export.model.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';

export type ExportFormatName = 'DOCX' | 'MARKDOWN' | 'HTML' | 'PDF';

export interface ExportFile {
  filename: string;
  mediaType: string;
  body: Buffer;
}

// Word and PDF load their renderers on first use: docx, pdfkit and their fonts hold about 30 MB
// that a server nobody exports from would carry for good (issue 16's memory goal).
const FORMATS: Record<ExportFormatName, { extension: string; mediaType: string; render: (doc: ExportDocument) => Promise<Buffer> }> = {
  DOCX: {
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: async (d) => (await import('./render-docx.js')).renderDocx(d),
  },
  MARKDOWN: { extension: 'md', mediaType: 'text/markdown; charset=utf-8', render: async (d) => Buffer.from(renderMarkdown(d), 'utf8') },
  HTML: { extension: 'html', mediaType: 'text/html; charset=utf-8', render: async (d) => Buffer.from(renderHtml(d), 'utf8') },
  // The evidence pack: the one supporting file the awards allow (render-pdf.ts).
  PDF: { extension: 'pdf', mediaType: 'application/pdf', render: async (d) => (await import('./render-pdf.js')).renderEvidencePdf(d) },
};

/** Room for the date, the "-evidence-pack" suffix and the extension inside the usual 255-byte file-name limit. */
const MAX_SLUG = 200;

/**
 * The whole title as a file name, accents folded ("café" → "cafe"), trimmed only past
 * MAX_SLUG and then at a word boundary, with the export's date: "reducing-falls-2026-12-06.docx".
 */
export function exportFilename(title: string, exportedAt: Date, extension: string, suffix = ''): string {
  let slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length > MAX_SLUG) slug = slug.slice(0, slug.lastIndexOf('-', MAX_SLUG) > 0 ? slug.lastIndexOf('-', MAX_SLUG) : MAX_SLUG);
  return `${slug || 'entry'}${suffix}-${exportedAt.toISOString().slice(0, 10)}.${extension}`;
}

/** The entry rendered in `format`, if the viewer may export it (lead and manager); NOT_FOUND for non-members. */
export async function exportEntry(ctx: Context, entryId: string, format: ExportFormatName): Promise<ExportFile> {
  const doc = await assembleExport(ctx, entryId);
  const { extension, mediaType, render } = FORMATS[format];
  return { filename: exportFilename(doc.title, doc.exportedAt, extension, format === 'PDF' ? '-evidence-pack' : ''), mediaType, body: await render(doc) };
}

export async function assembleExport(ctx: Context, rawEntryId: string): Promise<ExportDocument> {
  // The download route (export.route.ts) passes the id from its URL, not through the GraphQL
  // boundary: a malformed one would otherwise reach PostgreSQL's uuid cast as a server error.
  const entryId = canonicalId(rawEntryId);
  if (!entryId) throw notFound('Entry');
  const { entry } = await authorizeEntry(ctx, entryId, 'entry.export');
  const [template, sections, metrics, testimonials] = await Promise.all([
    ctx.loaders.template.load(entry.template.id),
    ctx.loaders.sectionsOfEntry.load(entryId),
    ctx.loaders.metricsOfEntry.load(entryId),
    ctx.loaders.testimonialsOfEntry.load(entryId),
  ]);
  const views = await Promise.all(sections.map((s) => ctx.loaders.sectionViews.load(s.id)));
  const criteria = await criteriaOf(ctx, sections, metrics, testimonials.filter(isExportable));
  const signOffs = await Promise.all(sections.map((s) => ctx.loaders.latestSignOffsOfSection.load(s.id)));

  const manifest: ExportTable = { header: ['Section', 'Signed by', 'Role', 'Meaning', 'Date (UTC)', 'Content hash', 'Current'], rows: [] };
  for (const [i, section] of sections.entries()) {
    for (const s of [...signOffs[i]].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
      const signer = await ctx.loaders.user.load(s.signer.id);
      manifest.rows.push([
        section.title,
        signer?.name ?? 'Unknown',
        ROLE_LABELS[s.role],
        s.meaning === SignOffMeaning.APPROVE ? 'Approved' : 'Requested changes',
        s.createdAt.toISOString().replace('T', ' ').slice(0, 16),
        s.contentHash,
        // A signer's latest sign-off is current while the section's content is unchanged.
        s.contentHash === views[i].contentHash ? 'Yes' : 'No (content changed since)',
      ]);
    }
  }

  return {
    entryId,
    title: entry.title,
    award: template?.award ?? '',
    category: template?.name ?? '',
    state: entry.state,
    exportedAt: new Date(),
    auditHead: await auditHead(ctx.em, entryId),
    sections: sections.map((s, i) => ({
      title: s.title,
      wordCount: views[i].wordCount,
      wordLimit: s.wordLimit,
      markdown: views[i].markdown,
      content: markdownToProseMirrorJSON(views[i].markdown) as ContentNode,
    })),
    metrics: await Promise.all(metrics.map(async (m, i) => exportMetric(m, await ctx.loaders.valuesOfMetric.load(m.id), `metric-${i + 1}`, criteria.refsOf(m.id)))),
    testimonials: testimonials.filter(isExportable).map((t) => ({ quote: t.quote, citedAs: citedAs(t), criteria: criteria.refsOf(t.id) })),
    criteria: criteria.list,
    manifest,
  };
}

/** A linked passage as the cross-reference quotes it: whole up to 30 words, else its first 30 and an ellipsis. */
function shortQuote(quote: string): string {
  const words = quote.trim().split(/\s+/);
  return words.length <= 30 ? words.join(' ') : `${words.slice(0, 30).join(' ')} …`;
}

/**
 * The template's criteria numbered as judges read them (section.position, from 1: "C2.1"), with
 * what the team linked to each; unconsented testimonials are left out, like their quotes.
 */
async function criteriaOf(ctx: Context, sections: Section[], metrics: Metric[], testimonials: Testimonial[]) {
  const sectionIds = sections.map((s) => s.id);
  const all = sectionIds.length ? await ctx.em.find(Criterion, { section: { $in: sectionIds } }, { orderBy: { position: 'asc' } }) : [];
  const links = all.length ? await ctx.em.find(CriterionLink, { criterion: { $in: all.map((c) => c.id) } }) : [];
  const names = new Map<string, string>([
    ...sections.map((s) => [s.id, `Section “${s.title}”`] as const),
    ...metrics.map((m) => [m.id, `Metric “${m.name}”`] as const),
    ...testimonials.map((t, i) => [t.id, `Testimonial ${i + 1}`] as const),
  ]);
  // Passages of the text linked to a criterion, as they read now; one whose words were deleted answers nothing.
  const passageRows = await ctx.loaders.passagesOfCriterion.loadMany(all.map((c) => c.id));
  const passages = await Promise.all(passageRows.map((rows) => (rows instanceof Error ? Promise.reject(rows) : passagesNow(ctx, rows))));
  const titleOf = new Map(sections.map((s) => [s.id, s.title]));
  const refOf = new Map<string, string>();
  const list: ExportCriterion[] = [];
  for (const [i, section] of sections.entries()) {
    for (const c of all.filter((x) => x.section.id === section.id)) {
      const ref = `C${i + 1}.${c.position + 1}`;
      refOf.set(c.id, ref);
      const targets = links.filter((l) => l.criterion.id === c.id).map((l) => l.section?.id ?? l.metric?.id ?? l.testimonial?.id ?? '');
      const quoted = passages[all.indexOf(c)].filter((p) => !p.lost).map((p) => `Passage in “${titleOf.get(p.section.id) ?? ''}”: “${shortQuote(p.quote)}”`);
      list.push({ ref, section: section.title, text: c.text, answeredBy: [...targets.flatMap((id) => names.get(id) ?? []), ...quoted] });
    }
  }
  const refsOf = (targetId: string) =>
    links
      .filter((l) => (l.metric?.id ?? l.testimonial?.id) === targetId)
      .map((l) => refOf.get(l.criterion.id) ?? '')
      .filter(Boolean)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return { list, refsOf };
}

function exportMetric(metric: Metric, values: Parameters<typeof valueViews>[1], chartId: string, criteria: string[] = []): ExportMetric {
  // Exports suppress small numbers whoever asks, analysts included, and round counts where the
  // metric does: the tables, changes, charts and sentences all come from the same rounded values.
  const analysis = analyseMetric(metric, values, GroupLevel.ONS_GROUP, true, 'export');
  const views = valueViews(metric, values, true);
  const threshold = metric.suppressionThreshold;
  const mean = metric.kind === MetricKind.MEAN;
  // Every hidden figure reads "withheld", whether it is small itself (primary) or protects one
  // (secondary): a label that told them apart would tell a judge which cell is the small one.
  const hidden = [WITHHELD, WITHHELD, WITHHELD];
  const banded = values.some((v) => v.ageBand);
  const header = ['Period', 'Ethnic category', ...(banded ? ['Age band'] : []), ...(mean ? [`Mean${metric.unit ? ` (${metric.unit})` : ''}`, 'SD', 'n'] : ['Numerator', 'Denominator', 'Value'])];
  const rows = views.map((v) => [v.period, `${v.ethnicCategory} (${v.ethnicCode})`, ...(banded ? [v.ageBand ?? 'all ages'] : []), ...(v.suppressed ? hidden : figures(metric, v))]);
  const confidence = `${+(analysis.confidence * 100).toFixed(1)}%`;
  return {
    name: metric.name,
    definition: metric.definition,
    dataSource: metric.dataSource ?? null,
    population: metric.population,
    direction: metric.direction === MetricDirection.LOWER_IS_BETTER ? 'Lower is better' : 'Higher is better',
    confidence,
    periods:
      analysis.baselinePeriod && analysis.followUpPeriod
        ? `Baseline ${analysis.baselinePeriod}, follow-up ${analysis.followUpPeriod} (${analysis.periods.length} period${analysis.periods.length === 1 ? '' : 's'})`
        : (analysis.message ?? 'No baseline and follow-up settled'),
    table: { header, rows },
    changes: changesTable(metric, analysis, confidence),
    standardised: standardisedTable(metric, analysis, confidence),
    suppressionThreshold: threshold,
    methods: analysis.methods.map(({ name, usedFor, reference }) => ({ name, usedFor, reference })),
    criteria,
    charts: metricCharts(metric, analysis, chartId),
    sentences: analysis.sentences,
    notes: analysis.notes,
  };
}

function figures(metric: Metric, v: MetricValueView): string[] {
  if (metric.kind === MetricKind.MEAN) return [String(v.mean ?? ''), String(v.sd ?? ''), String(v.n ?? '')];
  const share = v.denominator ? (v.numerator ?? 0) / v.denominator : null;
  const value =
    share == null ? '' : metric.kind === MetricKind.RATE ? `${(share * (metric.ratePer ?? 1000)).toFixed(1)} per ${(metric.ratePer ?? 1000).toLocaleString('en-GB')}` : `${(share * 100).toFixed(1)}%`;
  return [String(v.numerator ?? ''), String(v.denominator ?? ''), value];
}

/** Each group's directly age-standardised rate per period (values by age band), with the crude rate beside it; withheld where the crude rate is. */
function standardisedTable(metric: Metric, analysis: ReturnType<typeof analyseMetric>, confidence: string): ExportTable | null {
  if (!analysis.ageStandardised) return null;
  const per = metric.ratePer ?? 1000;
  const perText = `per ${per.toLocaleString('en-GB')}`;
  const rate = (e: Estimate) =>
    e.available && e.estimate !== null ? `${(e.estimate * per).toFixed(1)} (${confidence} CI ${((e.lower ?? 0) * per).toFixed(1)} to ${((e.upper ?? 0) * per).toFixed(1)})` : (e.reason ?? 'no data');
  // Already rounded where the metric rounds: the analysis is worked out from the rounded values.
  const count = (x: number | null) => (x === null ? WITHHELD : String(x));
  return {
    header: ['Ethnic group', 'Period', 'Events', 'Population', `Age-standardised rate ${perText}`, `Crude rate ${perText}`],
    rows: analysis.standardisedRates.map((r) =>
      r.suppressed
        ? [`${r.group}${r.isReference ? ' (reference)' : ''}`, r.period, WITHHELD, WITHHELD, WITHHELD, WITHHELD]
        : [`${r.group}${r.isReference ? ' (reference)' : ''}`, r.period, count(r.events), count(r.population), rate(r.value), rate(r.crude)],
    ),
  };
}

const VERDICTS: Record<string, string> = {
  IMPROVED: 'Improved beyond chance',
  WORSENED: 'Worsened beyond chance',
  NO_CLEAR_CHANGE: 'No clear change',
  NARROWED: 'Narrowed beyond chance',
  WIDENED: 'Widened beyond chance',
  REVERSED: 'Reversed beyond chance',
  NO_DATA: 'Not enough data',
  SUPPRESSED: 'Withheld',
};

/** Per group: baseline, follow-up, change and gap change, each with its interval at the metric's level; suppressed figures in words. */
function changesTable(metric: Metric, analysis: ReturnType<typeof analyseMetric>, confidence: string): ExportTable {
  const factor = metric.kind === MetricKind.PROPORTION ? 100 : metric.kind === MetricKind.RATE ? (metric.ratePer ?? 1000) : 1;
  const unit = (difference: boolean) =>
    metric.kind === MetricKind.PROPORTION
      ? difference
        ? ' pp'
        : '%'
      : metric.kind === MetricKind.RATE
        ? ` per ${(metric.ratePer ?? 1000).toLocaleString('en-GB')}`
        : metric.unit
          ? ` ${metric.unit}`
          : '';
  const num = (v: number, difference: boolean) => `${difference && v > 0 ? '+' : ''}${(v * factor).toFixed(1)}`;
  const fmt = (e: Estimate | null | undefined, suppressed: boolean, difference: boolean) => {
    if (suppressed) return suppressedWords();
    if (!e || !e.available || e.estimate === null) return 'no data';
    const ci = e.lower === null || e.upper === null ? '' : ` (${confidence} CI ${num(e.lower, difference)} to ${num(e.upper, difference)})`;
    return `${num(e.estimate, difference)}${unit(difference)}${ci}`;
  };
  const before = analysis.baselinePeriod ?? 'Baseline';
  const after = analysis.followUpPeriod ?? 'Follow-up';
  return {
    header: ['Ethnic group', before, after, 'Change', 'Change verdict', `Change in gap (group minus ${analysis.referenceGroup})`, 'Gap verdict'],
    rows: analysis.groups.map((g) => [
      `${g.group}${g.isReference ? ' (reference)' : ''}`,
      fmt(g.baseline.value, g.baseline.suppressed, false),
      fmt(g.followUp.value, g.followUp.suppressed, false),
      fmt(g.change, g.changeVerdict === 'SUPPRESSED', true),
      VERDICTS[g.changeVerdict] ?? g.changeVerdict,
      g.isReference ? '—' : fmt(g.gapChange, g.gapVerdict === 'SUPPRESSED', true),
      g.isReference ? '—' : (VERDICTS[g.gapVerdict ?? 'NO_DATA'] ?? String(g.gapVerdict)),
    ]),
  };
}

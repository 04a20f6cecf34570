import { ROLE_LABELS } from '@quorum/domain';
import { markdownToProseMirrorJSON } from '@quorum/section-content';
import { auditHead } from '../audit/audit.service.js';
import type { Context } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { canonicalId } from '../common/ids.js';
import { GroupLevel, MetricKind } from '../evidence/evidence.enums.js';
import type { MetricValueView } from '../evidence/evidence.types.js';
import { analyseMetric } from '../evidence/metric.analysis.js';
import type { Metric } from '../evidence/metric.entity.js';
import { valueViews } from '../evidence/metric.service.js';
import { citedAs, isExportable } from '../evidence/testimonial.service.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { SignOffMeaning } from '../sign-off/sign-off.enums.js';
import { metricCharts } from './charts/metric-charts.js';
import type { ContentNode, ExportDocument, ExportMetric, ExportTable } from './export.model.js';
import { renderDocx } from './render-docx.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';

export type ExportFormatName = 'DOCX' | 'MARKDOWN' | 'HTML';

export interface ExportFile {
  filename: string;
  mediaType: string;
  body: Buffer;
}

const FORMATS: Record<ExportFormatName, { extension: string; mediaType: string; render: (doc: ExportDocument) => Promise<Buffer> }> = {
  DOCX: { extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderDocx },
  MARKDOWN: { extension: 'md', mediaType: 'text/markdown; charset=utf-8', render: async (d) => Buffer.from(renderMarkdown(d), 'utf8') },
  HTML: { extension: 'html', mediaType: 'text/html; charset=utf-8', render: async (d) => Buffer.from(renderHtml(d), 'utf8') },
};

/** The entry rendered in `format`, if the viewer may export it (lead and manager); NOT_FOUND for non-members. */
export async function exportEntry(ctx: Context, entryId: string, format: ExportFormatName): Promise<ExportFile> {
  const doc = await assembleExport(ctx, entryId);
  const { extension, mediaType, render } = FORMATS[format];
  const slug =
    doc.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'entry';
  return { filename: `${slug}.${extension}`, mediaType, body: await render(doc) };
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
    metrics: await Promise.all(metrics.map(async (m, i) => exportMetric(m, await ctx.loaders.valuesOfMetric.load(m.id), `metric-${i + 1}`))),
    testimonials: testimonials.filter(isExportable).map((t) => ({ quote: t.quote, citedAs: citedAs(t) })),
    manifest,
  };
}

function exportMetric(metric: Metric, values: Parameters<typeof valueViews>[1], chartId: string): ExportMetric {
  // Exports suppress small numbers whoever asks, analysts included.
  const analysis = analyseMetric(metric, values, GroupLevel.ONS_GROUP, true, 'export');
  const views = valueViews(metric, values, true);
  const threshold = metric.suppressionThreshold;
  const mean = metric.kind === MetricKind.MEAN;
  // A hidden count is called "fewer than N" only when it is; cells hidden to protect another
  // (or for a small complement) are just "withheld", so that no label says more than is true.
  const raw = new Map(values.map((v) => [`${v.period}\u0000${v.ethnicCode}`, v]));
  const hidden = (v: MetricValueView) => {
    const cell = raw.get(`${v.period}\u0000${v.ethnicCode}`);
    const count = mean ? cell?.n : cell?.numerator;
    const label = count != null && count < threshold ? `fewer than ${threshold}` : 'withheld';
    return mean ? ['withheld', 'withheld', label] : [label, 'withheld', 'withheld'];
  };
  const header = mean ? ['Period', 'Ethnic category', `Mean${metric.unit ? ` (${metric.unit})` : ''}`, 'SD', 'n'] : ['Period', 'Ethnic category', 'Numerator', 'Denominator', 'Value'];
  const rows = views.map((v) => [v.period, `${v.ethnicCategory} (${v.ethnicCode})`, ...(v.suppressed ? hidden(v) : figures(metric, v))]);
  return {
    name: metric.name,
    definition: metric.definition,
    dataSource: metric.dataSource ?? null,
    table: { header, rows },
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

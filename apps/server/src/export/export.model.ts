/** The entry as it is exported: everything the renderers need, already checked and suppressed. */

/** A node of a section's content (Tiptap's ProseMirror JSON, parsed from the section's Markdown). */
export interface ContentNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ContentNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

export interface ExportSection {
  title: string;
  wordCount: number;
  wordLimit: number;
  markdown: string;
  content: ContentNode;
}

export interface ExportTable {
  header: string[];
  rows: string[][];
}

/** A chart of a metric: a standalone SVG, its words for those who cannot see it, and its figures as a table. */
export interface ExportChart {
  title: string;
  description: string;
  svg: string;
  table: ExportTable;
}

/** A statistical method an analysis used, named with its reference (evidence/metric.methods.ts). */
export interface ExportMethod {
  name: string;
  usedFor: string;
  reference: string;
}

export interface ExportMetric {
  name: string;
  definition: string;
  dataSource: string | null;
  /** Who is counted, e.g. "patients". */
  population: string;
  /** Which way is better, in words. */
  direction: string;
  /** e.g. "95%". */
  confidence: string;
  /** How the baseline and follow-up were settled, e.g. "Baseline 2023-Q1, follow-up 2024-Q1". */
  periods: string;
  table: ExportTable;
  /** Per group: baseline, follow-up, change with its interval and verdict, and the change in its gap with the reference group. */
  changes: ExportTable;
  /** Rates by age band: each group's directly age-standardised rate per period beside its crude rate; null otherwise. */
  standardised: ExportTable | null;
  /** Counts below this are withheld, and figures that would reveal one. */
  suppressionThreshold: number;
  methods: ExportMethod[];
  /** The criteria this metric answers, as references like "C2.1". */
  criteria: string[];
  charts: ExportChart[];
  sentences: string[];
  notes: string[];
}

export interface ExportTestimonial {
  quote: string;
  citedAs: string;
  /** The criteria it answers, as references like "C2.2". */
  criteria: string[];
}

/** A judging criterion of the template, numbered section.position from 1, with what answers it. */
export interface ExportCriterion {
  ref: string;
  section: string;
  text: string;
  /** Section titles, metric names, "Testimonial N" and the passages of the text (quoted as they read now) linked to it. */
  answeredBy: string[];
}

/** The entry's workflow state in words, as every export prints it. */
export const STATE_LABELS: Record<string, string> = { DRAFT: 'Draft', IN_REVIEW: 'In review', APPROVED: 'Approved', SUBMITTED: 'Submitted' };
export const stateLine = (doc: { state: string }) => `State: ${STATE_LABELS[doc.state] ?? doc.state}`;

/** The latest record of the entry's audit log when exported. */
export interface ExportAuditHead {
  seq: number;
  hash: string;
  keyId: string | null;
}

export interface ExportDocument {
  entryId: string;
  title: string;
  award: string;
  category: string;
  /** The entry's workflow state, e.g. APPROVED. */
  state: string;
  exportedAt: Date;
  /** Null when the log has no record yet. */
  auditHead: ExportAuditHead | null;
  sections: ExportSection[];
  metrics: ExportMetric[];
  testimonials: ExportTestimonial[];
  criteria: ExportCriterion[];
  manifest: ExportTable;
}

/** Only these schemes become links; anything else (javascript:, data:) stays plain text. */
export function safeHref(href: unknown): string | null {
  return typeof href === 'string' && /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : null;
}

export const wordsLine = (s: ExportSection) => `${s.wordCount} of ${s.wordLimit} words${s.wordCount > s.wordLimit ? ' (over the limit)' : ''}`;

/**
 * The one word every export gives a hidden figure, in every table, chart and sentence: primary
 * and secondary suppression are marked alike (issue 13), so that no label tells a judge which
 * hidden cell is the small one (as `WITHHELD` in the API, evidence/suppression-marks.ts).
 */
export const WITHHELD = 'withheld';

/** What "withheld" means for one metric, with its threshold. */
export const withheldLine = (threshold: number) => `Counts fewer than ${threshold}, and figures that would reveal one, are shown as “${WITHHELD}”.`;

/** The line under a metric's definition: who is counted, which way is better, what is compared, at which level, what is withheld. */
export const metricContextLine = (m: ExportMetric) => `Population: ${m.population}. ${m.direction}. ${m.periods}. Intervals at ${m.confidence}. ${withheldLine(m.suppressionThreshold)}`;

/** A method in one line: "Wilson score interval: a group’s proportion at one period. Wilson EB. …". */
export const methodLine = (m: ExportMethod) => `${m.name}: ${m.usedFor}. Reference: ${m.reference}`;

export const SUPPRESSION_NOTE =
  'Figures shown as “withheld” are hidden under NHS small-number disclosure control: each is a count fewer than the metric’s threshold (given with each metric), or a figure that would reveal such a count; which of the two is not said.';

export const ABOUT_HEADING = 'About this export';

/**
 * The export's own manifest, the same lines in every format. The audit log's head hash is
 * printed so that a copy kept elsewhere can later catch a rewritten log: if verifyAuditLog
 * then reports another hash for that record, the log was rewritten after this export, even
 * by someone holding the audit key.
 */
export function aboutLines(doc: ExportDocument): string[] {
  const head = doc.auditHead;
  return [
    `Entry: ${doc.title} (id ${doc.entryId})`,
    `State: ${doc.state}`,
    `Exported at: ${doc.exportedAt.toISOString()}`,
    head ? `Audit log head: record ${head.seq}, hash ${head.hash} (${head.keyId ? `HMAC-SHA256, audit key id ${head.keyId}` : 'SHA-256, no audit key'})` : 'Audit log head: no records yet',
    'Keep this copy: if the entry’s audit log later shows another hash for that record, the log was rewritten after this export.',
  ];
}

import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The evidence a section presents, as its sign-offs cover it (issue 11): every metric and
 * testimonial linked to one of the section's criteria. A metric counts with its definition
 * and settings (all that its analysis and exports are computed from) and its values; a
 * testimonial with its wording, source, attribution and consent. Timestamps and who recorded
 * them do not count: they change nothing the reader sees.
 *
 * Each item keeps only a hash of what it showed, never the figures or words themselves, so a
 * sign-off's copy of it (`sign_offs.evidence`) discloses nothing: not a small number that
 * suppression hides (evidence/suppression.ts), not a testimonial's words. What changed is then
 * said in words ("Metric “X”: its values or analysis changed"), never in figures.
 *
 * Computed in this one place, deterministically: items sorted by kind then id, each hashed as
 * canonical JSON (keys sorted), values sorted by their canonical form, so the same evidence
 * always gives the same digest on either database.
 */
export interface EvidenceItem {
  kind: 'METRIC' | 'TESTIMONIAL';
  id: string;
  /** How the change is named to readers: a metric's name, a testimonial's first words. */
  label: string;
  hash: string;
}

export interface SectionEvidence {
  /** Hash of the items: what a sign-off records and is compared with. */
  digest: string;
  items: EvidenceItem[];
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The digest of a list of items (already in order). */
export function digestOf(items: EvidenceItem[]): string {
  return sha256(canonicalJson(items.map(({ kind, id, hash }) => ({ kind, id, hash }))));
}

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** First words of a testimonial, to name it in "what changed" (members may read testimonials). */
function firstWords(quote: string): string {
  const words = quote.trim().split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
}

/** The evidence of each section: four statements for any number of sections. */
export async function evidenceOfSections(em: EntityManager, sectionIds: readonly string[]): Promise<SectionEvidence[]> {
  if (sectionIds.length === 0) return [];
  const links = await em.execute<{ section_id: string; metric_id: string | null; testimonial_id: string | null }[]>(
    `select distinct c.section_id, l.metric_id, l.testimonial_id from criterion_links l join criteria c on c.id = l.criterion_id
      where c.section_id = any(?::uuid[]) and (l.metric_id is not null or l.testimonial_id is not null)`,
    [uuidArray(sectionIds)],
  );
  const metricIds = [...new Set(links.flatMap((l) => (l.metric_id ? [l.metric_id] : [])))];
  const testimonialIds = [...new Set(links.flatMap((l) => (l.testimonial_id ? [l.testimonial_id] : [])))];
  const items = new Map<string, EvidenceItem>();
  if (metricIds.length) {
    const [metrics, values] = await Promise.all([
      em.execute<{ id: string; name: string; row: Record<string, unknown> }[]>(
        `select id, name, to_jsonb(m) - 'created_at' - 'updated_at' - 'created_by_id' as row from metrics m where id = any(?::uuid[])`,
        [uuidArray(metricIds)],
      ),
      // A value for all ages (age_band '') hashes as it did before values had age bands, so that adding the column left sign-offs current.
      em.execute<{ metric_id: string; row: Record<string, unknown> }[]>(
        `select metric_id, to_jsonb(v) - 'id' - 'metric_id' - (case when v.age_band = '' then 'age_band' else '' end) as row from metric_values v where metric_id = any(?::uuid[])`,
        [uuidArray(metricIds)],
      ),
    ]);
    for (const m of metrics) {
      const rows = values
        .filter((v) => v.metric_id === m.id)
        .map((v) => canonicalJson(v.row))
        .sort();
      items.set(`M${m.id}`, { kind: 'METRIC', id: m.id, label: m.name, hash: sha256(canonicalJson({ metric: m.row, values: rows })) });
    }
  }
  if (testimonialIds.length) {
    const testimonials = await em.execute<{ id: string; quote: string; row: Record<string, unknown> }[]>(
      `select id, quote, to_jsonb(t) - 'created_at' - 'added_by_id' - 'consent_recorded_at' - 'consent_recorded_by_id' as row from testimonials t where id = any(?::uuid[])`,
      [uuidArray(testimonialIds)],
    );
    for (const t of testimonials) items.set(`T${t.id}`, { kind: 'TESTIMONIAL', id: t.id, label: firstWords(t.quote), hash: sha256(canonicalJson(t.row)) });
  }
  return sectionIds.map((sectionId) => {
    const mine = links
      .filter((l) => l.section_id === sectionId)
      .map((l) => items.get(l.metric_id ? `M${l.metric_id}` : `T${l.testimonial_id}`))
      .filter((i): i is EvidenceItem => i != null)
      .sort((a, b) => (a.kind === b.kind ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.kind < b.kind ? -1 : 1));
    const unique = mine.filter((item, i) => i === 0 || mine[i - 1].id !== item.id);
    return { digest: digestOf(unique), items: unique };
  });
}

/** Whether a sign-off covers the section as it is now: its text and, if it recorded them (those given before did not), its evidence. */
export function covers(signOff: { contentHash: string; evidenceDigest?: string | null }, now: { contentHash: string; evidenceDigest: string }): boolean {
  return signOff.contentHash === now.contentHash && (signOff.evidenceDigest == null || signOff.evidenceDigest === now.evidenceDigest);
}

/** What changed in the evidence since a sign-off, in words (no figures: suppression holds for every reader). */
export function evidenceChanges(signed: EvidenceItem[] | null | undefined, now: EvidenceItem[]): string[] {
  if (!signed) return [];
  const name = (i: EvidenceItem) => (i.kind === 'METRIC' ? `Metric “${i.label}”` : `Testimonial “${i.label}”`);
  const before = new Map(signed.map((i) => [i.id, i]));
  const after = new Map(now.map((i) => [i.id, i]));
  const lines: string[] = [];
  for (const i of now) {
    const was = before.get(i.id);
    if (!was) lines.push(`${name(i)} is now presented.`);
    else if (was.hash !== i.hash) lines.push(i.kind === 'METRIC' ? `${name(i)}: its values or analysis changed.` : `${name(i)}: its wording or consent changed.`);
  }
  for (const i of signed) if (!after.has(i.id)) lines.push(`${name(i)} is no longer presented.`);
  return lines;
}

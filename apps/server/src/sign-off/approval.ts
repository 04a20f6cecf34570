import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role, SignOffSlotDefinition } from '@quorum/domain';
import { Membership } from '../entries/membership.entity.js';
import type { DocumentStore } from '../live/document-store.js';
import { viewsOf } from '../live/section-views.js';
import { covers, evidenceOfSections } from './evidence-digest.js';
import { Section } from '../sections/section.entity.js';
import { SignOffMeaning } from './sign-off.enums.js';
import { SignOff } from './sign-off.entity.js';

export interface SlotHold {
  slot: SignOffSlotDefinition;
  /** The current approval holding the slot, or null. */
  heldBy: SignOff | null;
}

export interface SectionApproval {
  slots: SlotHold[];
  /** Current requests for changes: each holds the entry back from APPROVED. */
  openChangeRequests: SignOff[];
  /** Latest sign-offs given on other content than the current one: shown, never counted. */
  stale: SignOff[];
  /** Latest sign-offs given on the current content (also those of former members, which do not count). */
  current: SignOff[];
  approved: boolean;
}

/** What a sign-off is compared with: the section's text hash and the digest of the evidence it presents. */
export interface SignedState {
  contentHash: string;
  evidenceDigest: string;
}

/**
 * Which of a section's slots are held. Only a signer's latest sign-off on the section counts
 * (a later one supersedes it), only on the current content (same text hash and, for those
 * that recorded it, same evidence digest: evidence-digest.ts), and only while the
 * signer is still a member whose role the slot accepts. One person fills at most one slot of
 * a section: the one they signed for. A section needing no sign-off is approved.
 */
export function sectionApproval(slots: SignOffSlotDefinition[], latest: SignOff[], now: SignedState, roles: Map<string, Role>): SectionApproval {
  const counting = latest.filter((s) => covers(s, now) && roles.has(s.signer.id));
  const holds = slots.map((slot) => ({
    slot,
    heldBy: counting.find((s) => s.meaning === SignOffMeaning.APPROVE && s.slotKey === slot.key && slot.roles.includes(roles.get(s.signer.id)!)) ?? null,
  }));
  const openChangeRequests = counting.filter((s) => s.meaning === SignOffMeaning.REQUEST_CHANGES);
  return {
    slots: holds,
    openChangeRequests,
    stale: latest.filter((s) => !covers(s, now)),
    current: latest.filter((s) => covers(s, now)),
    approved: holds.every((h) => h.heldBy !== null) && openChangeRequests.length === 0,
  };
}

/** A PostgreSQL array literal for ids (knex would spread a JS array into a list). */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** Each signer's latest sign-off on each of the sections: one statement for any number of sections. */
export async function latestSignOffs(em: EntityManager, sectionIds: readonly string[]): Promise<SignOff[]> {
  if (sectionIds.length === 0) return [];
  const rows = await em.execute<Record<string, unknown>[]>(
    `select distinct on (section_id, signer_id) * from sign_offs where section_id = any(?::uuid[])
      order by section_id, signer_id, created_at desc, id desc`,
    [uuidArray(sectionIds)],
  );
  return rows.map((row) => em.map(SignOff, row));
}

export interface EntryApproval {
  approved: boolean;
  sections: { section: Section; contentHash: string; evidenceDigest: string; approval: SectionApproval }[];
  /** The members' roles, by user id. */
  roles: Map<string, Role>;
}

/** The whole entry's approval, read fresh through `em` (inside a transaction: no request loaders). */
export async function entryApproval(em: EntityManager, store: DocumentStore, entryId: string): Promise<EntryApproval> {
  const sections = await em.find(Section, { entry: entryId }, { orderBy: { position: 'asc' } });
  const ids = sections.map((s) => s.id);
  const members = await em.find(Membership, { entry: entryId });
  const latest = await latestSignOffs(em, ids);
  const docs = await store.currentMany(em, ids);
  const evidence = await evidenceOfSections(em, ids);
  const roles = new Map(members.map((m) => [m.user.id, m.role]));
  const result = sections.map((section, i) => {
    const { contentHash } = viewsOf(docs[i]);
    const { digest: evidenceDigest } = evidence[i];
    return {
      section,
      contentHash,
      evidenceDigest,
      approval: sectionApproval(
        section.signOffSlots,
        latest.filter((s) => s.section.id === section.id),
        { contentHash, evidenceDigest },
        roles,
      ),
    };
  });
  return { approved: result.every((r) => r.approval.approved), sections: result, roles };
}

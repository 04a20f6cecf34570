import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { latestSignOffs } from './approval.js';
import { evidenceOfSections, type SectionEvidence } from './evidence-digest.js';
import type { SignOff } from './sign-off.entity.js';

/** The sign-off feature's per-request loaders (spread into common/loaders.ts). */
export function createSignOffLoaders(em: EntityManager) {
  return {
    /** Each signer's latest sign-off per section. */
    latestSignOffsOfSection: new DataLoader<string, SignOff[]>(async (sectionIds) => {
      const rows = await latestSignOffs(em, sectionIds);
      return sectionIds.map((id) => rows.filter((s) => s.section.id === id));
    }),
    /** The evidence each section presents, as sign-offs cover it (evidence-digest.ts). */
    evidenceOfSection: new DataLoader<string, SectionEvidence>((sectionIds) => evidenceOfSections(em, sectionIds)),
  };
}

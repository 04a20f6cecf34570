import type { Actor } from '../audit/audit.service.js';
import type { AppServices } from '../common/context.js';
import { GroupWhileBusy } from '../common/group-while-busy.js';
import { logError } from '../common/log.js';
import { viewsOf } from '../live/section-views.js';
import { latestSignOffs } from './approval.js';
import { covers, evidenceOfSections } from './evidence-digest.js';
import { lockEntry, settleWorkflow } from './workflow.service.js';
import { inBackgroundTransaction } from '../common/unit-of-work.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntryEventData } from '../notifications/entry-events.js';

/**
 * Owned by the app's services (`app.signOffChecks`, made in app.ts). `afterSectionEdit` is
 * called after a committed edit of a section that has sign-offs (the update log says so:
 * live/update-log.ts): an edit can make a sign-off stale, and an edit that puts the text back
 * can make it current again, and either may change the entry's state. Staleness itself is
 * read by comparing hashes; what is stored is which sign-offs were found stale (and their
 * signers told), so one cheap read finds whether this edit changed anything, and only then
 * does the workflow settle (settleWorkflow, under the entry's lock). Edits that arrive while
 * a check is running share the next one (it reads the content after all of them).
 */
export class SignOffChecks {
  private readonly checks: GroupWhileBusy<string, void, Actor>;

  constructor(app: () => AppServices) {
    this.checks = new GroupWhileBusy(async (batch) => {
      await checkSections(app(), batch).catch((error) => logError(`sign-off staleness check failed for sections ${[...batch.keys()].join(', ')}`, error));
      return new Map();
    });
  }

  afterSectionEdit(sectionId: string, actor: Actor): Promise<void> {
    return this.checks.load(sectionId, actor);
  }
}

/** One read for the whole batch; a settle only for sections where a sign-off went stale or is current again. */
async function checkSections(app: AppServices, batch: Map<string, Actor>): Promise<void> {
  const em = app.live.orm.em.fork();
  const ids = [...batch.keys()];
  const latest = await latestSignOffs(em, ids);
  const docs = await app.live.store.currentMany(em, ids);
  const evidence = await evidenceOfSections(em, ids);
  const changed = ids.filter((id, i) => {
    const now = { contentHash: viewsOf(docs[i]).contentHash, evidenceDigest: evidence[i].digest };
    return latest.some((s) => s.section.id === id && !covers(s, now) !== (s.staleNotifiedAt != null));
  });
  for (const id of changed) {
    await settleAfterEdit(app, id, batch.get(id)!).catch((error) => logError(`sign-off staleness check failed for section ${id}`, error));
  }
}

function settleAfterEdit(app: AppServices, sectionId: string, actor: Actor): Promise<void> {
  return inBackgroundTransaction(app, async ({ em, events }) => {
    const [section] = await em.execute<{ entry_id: string }[]>('select entry_id from sections where id = ?', [sectionId]);
    if (!section) return;
    // Edits take a key-share lock on the entry row, so none lands while this holds it: the
    // staleness recorded is that of the content read, and a later edit's check comes after.
    await lockEntry(em, section.entry_id);
    await settleWorkflow(em, app, section.entry_id, actor, events);
  });
}

/**
 * Called inside the transaction of every change to evidence a section may present (a metric's
 * definition, settings or values, a testimonial's wording or consent, a criterion's links):
 * sign-offs of the sections presenting it may be stale now, exactly as after a text edit, so
 * the workflow settles in the same transaction (recording them, telling their signers, moving
 * an APPROVED entry back to review). Flushes first: settleWorkflow reads fresh.
 */
export async function settleAfterEvidenceChange(em: EntityManager, app: AppServices, entryId: string, actor: Actor, events: EntryEventData[]): Promise<void> {
  await em.flush();
  await settleWorkflow(em, app, entryId, actor, events);
}

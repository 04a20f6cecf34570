import { decodeBase64Update, encodeBase64Update, replaceContentUpdate, toProseMirrorDoc, unsupportedMarkdown } from '@quorum/section-content';
import { roleCan } from '@quorum/domain';
import * as Y from 'yjs';
import type { Context } from '../common/context.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { requireViewer } from '../policy/access.js';
import { refuseIfFrozen } from '../policy/frozen.js';
import type { Section } from '../sections/section.entity.js';
import { authorizeSection, sectionFor } from '../sections/section.service.js';
import { recordSuggestions } from '../suggestions/suggestion-record.js';
import { SuggestionRefused, UpdateRejected, type Sender } from './apply-update.js';
import { inArrivalOrder } from './arrival-order.js';
import { SectionTooLarge, sectionTooLargeError } from './section-size.js';
import { VersionMoved, type UpdateMeta } from './update-log.js';
import { compactSection, scheduleCompaction } from './compaction.js';
import type { ApplySectionUpdateInput, ReplaceSectionContentInput } from './live.inputs.js';
import type { SectionUpdateEvent } from './live.types.js';
import { SectionRevision } from './section-revision.entity.js';
import { sectionTopic } from './pubsub.js';
import { relayEdits } from './relay.js';

/** A section whose text the viewer may change now: edit permission, and the entry not submitted. */
async function editableSection(ctx: Context, sectionId: string, asked = 'Section'): Promise<Section> {
  const section = await sectionFor(ctx, sectionId, 'section.edit', asked);
  refuseIfFrozen(section.entry, 'its text is frozen');
  return section;
}

interface CommitOptions {
  /** Only if the section is still at this version: CONFLICT otherwise. */
  baseVersion?: number;
  /** The input field an error names. */
  field?: string;
  /** Who sent a client's update, for the suggestion check; the server's own writes have none. */
  sender?: Sender;
  /**
   * The caller saves a revision of its own right after (an API write, a restore): a background
   * compaction started here would fold the edit in first, and the history would call it "Edits"
   * (issue 11: a revision at each restore and API write, said as such).
   */
  ownRevision?: boolean;
  /** The transaction to log it in, with the caller's other writes (UpdateMeta.within). */
  within?: UpdateMeta['within'];
}

/** Logs one update (acknowledged only once committed; relayed to the section's editors before, relay.ts), broadcasts it, and compacts when due. */
async function commitUpdate(ctx: Context, sectionId: string, update: Uint8Array, clientId: string, options: CommitOptions = {}): Promise<number> {
  const { baseVersion, field = 'input.update', sender, ownRevision = false, within } = options;
  const { log, pubsub } = ctx.app.live;
  const { userId } = requireViewer(ctx);
  let appended;
  try {
    appended = await log.append(sectionId, update, { clientId, authorId: userId, baseVersion, maxSectionBytes: ctx.app.config.maxSectionBytes, sender, within });
  } catch (error) {
    if (error instanceof SuggestionRefused) throw forbidden(error.message);
    if (error instanceof UpdateRejected) throw badInput(field, error.message);
    if (error instanceof SectionTooLarge) throw sectionTooLargeError(error, field);
    if (error instanceof VersionMoved && baseVersion !== undefined) throw versionConflict(baseVersion, error.currentVersion);
    throw error;
  }
  // Relayed already unless it went the slow way (relay.ts); `sectionUpdated` hears it now, committed.
  if (!appended.relayed) relayEdits(pubsub, sectionId, [{ update, clientId, authorId: userId }]);
  const event: SectionUpdateEvent = { sectionId, update: encodeBase64Update(update), clientId, version: appended.version, authorId: userId };
  await pubsub.publish(sectionTopic(sectionId), event);
  // Sign-offs this edit made stale (or current again): record it, tell their signers, settle
  // the workflow, before the acknowledgement, so that an acknowledged edit's entry state is
  // already right. Only sections with sign-offs pay for it (one read, grouped under load).
  if (appended.signOffsWaiting) await ctx.app.signOffChecks.afterSectionEdit(sectionId, requireViewer(ctx).user);
  ctx.app.live.idleRevisions.edited(sectionId);
  const { compactEvery, revisionIntervalMs } = ctx.app.config;
  if (!ownRevision && (appended.logLength >= compactEvery || Date.now() - appended.compactedAt.getTime() >= revisionIntervalMs)) {
    scheduleCompaction(ctx.app, sectionId);
  }
  return appended.version;
}

export async function applySectionUpdate(ctx: Context, input: ApplySectionUpdateInput): Promise<number> {
  // Checked in the order the connection sent its edits, up to the moment each is queued in
  // the log (which commitUpdate does before its first await); the commit is awaited outside.
  const { committed } = await inArrivalOrder(ctx.connection, async () => {
    // Whoever may suggest may send updates; those who may not edit, only ones that suggest (apply-update.ts).
    const access = await authorizeSection(ctx, input.sectionId, 'section.suggest');
    const sender = { userId: requireViewer(ctx).userId, suggestOnly: !roleCan(access.role, 'section.edit') };
    refuseIfFrozen({ state: access.entryState }, 'its text is frozen');
    const update = decodeBase64Update(input.update);
    if (!update) throw badInput('input.update', 'update is not valid base64 (standard alphabet, with padding).');
    if (update.length > ctx.app.config.maxUpdateBytes) {
      throw badInput('input.update', `update is ${update.length} bytes; the limit is ${ctx.app.config.maxUpdateBytes}.`);
    }
    // Once committed, who made any suggestion it brings is recorded (suggestions/suggestion-record.ts).
    const committed = commitUpdate(ctx, access.sectionId, update, input.clientId, { sender });
    return { committed: committed.then(async (version) => (await recordSuggestions(ctx, access, sender.userId, update), version)) };
  });
  return committed;
}

/** Whether a state vector says the client holds nothing (an unreadable one is answered by the full path's own error). */
function isEmptyVector(vector: Uint8Array): boolean {
  try {
    return Y.decodeStateVector(vector).size === 0;
  } catch {
    return false;
  }
}

/** Yjs sync step 2: what the client lacks, given its state vector (none: the whole document). */
export async function syncSection(ctx: Context, sectionId: string, stateVector?: string) {
  const section = await sectionFor(ctx, sectionId, 'entry.read');
  const vector = stateVector ? decodeBase64Update(stateVector) : new Uint8Array([0]);
  if (!vector) throw badInput('stateVector', 'stateVector is not valid base64.');
  // A client with nothing yet, of a section this process does not hold: the stored snapshot, if nothing follows it, is the answer.
  const stored = isEmptyVector(vector) ? await ctx.app.live.store.storedWhole(ctx.em, section.id) : null;
  if (stored) {
    return { sectionId: section.id, update: encodeBase64Update(stored.update), stateVector: encodeBase64Update(Y.encodeStateVectorFromUpdate(stored.update)), version: stored.version };
  }
  const live = await ctx.app.live.store.current(ctx.em, section.id);
  let update: Uint8Array;
  try {
    update = Y.encodeStateAsUpdate(live.doc, vector);
  } catch {
    throw badInput('stateVector', 'stateVector is not a Yjs state vector.');
  }
  return { sectionId: section.id, update: encodeBase64Update(update), stateVector: encodeBase64Update(Y.encodeStateVector(live.doc)), version: live.version };
}

/**
 * Writes Markdown as an ordinary Yjs edit (only what differs changes), refused with CONFLICT
 * when the section moved on from `baseVersion`: never a silent overwrite.
 */
export async function replaceSectionContent(ctx: Context, input: ReplaceSectionContentInput): Promise<Section> {
  const section = await editableSection(ctx, input.sectionId);
  const unsupported = unsupportedMarkdown(input.markdown);
  if (unsupported) {
    throw badInput('input.markdown', `The Markdown has ${unsupported}, which a section cannot hold: write a table's figures as evidence (createMetric), and describe an image in words.`);
  }
  const { store } = ctx.app.live;
  const live = await store.current(ctx.em, section.id);
  if (live.version !== input.baseVersion) throw versionConflict(input.baseVersion, live.version);
  // Prepare the edit on a copy: the shared document changes only through the logged append.
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(live.doc));
  const update = replaceContentUpdate(copy, input.markdown);
  if (isEmptyUpdate(update)) return section; // same content: nothing to write
  // Checked again as it is logged: someone may write between the check above and the write.
  await commitUpdate(ctx, section.id, update, `replace:${requireViewer(ctx).user.id}`, { baseVersion: input.baseVersion, field: 'input.markdown', ownRevision: true });
  await compactSection(ctx.app, section.id, 'replace');
  return section;
}

type ProseMirrorDoc = ReturnType<typeof toProseMirrorDoc>;

/**
 * Writes a ProseMirror document (the section's own, with suggestions accepted or rejected) as
 * an ordinary edit, only what differs changing, then saves a revision with `reason`; connected
 * editors receive it as any edit. The caller has checked that the viewer may edit the section.
 * `next` may be worked out from the text as it is read here (a function of it): a document the
 * caller read earlier would take out what others typed since, as this writes the difference.
 * `within`, the caller's transaction, commits the edit with the caller's other writes (when the
 * text does not change, it runs with those alone).
 */
export async function writeSectionDoc(
  ctx: Context,
  sectionId: string,
  next: ProseMirrorDoc | ((current: ProseMirrorDoc) => ProseMirrorDoc),
  clientId: string,
  reason: string,
  field: string,
  within?: UpdateMeta['within'],
): Promise<boolean> {
  const live = await ctx.app.live.store.current(ctx.em, sectionId);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(live.doc));
  const update = replaceContentUpdate(copy, typeof next === 'function' ? next(toProseMirrorDoc(copy)) : next);
  if (isEmptyUpdate(update)) {
    await within?.(async () => undefined); // the caller's writes, alone
    return false;
  }
  await commitUpdate(ctx, sectionId, update, clientId, { field, ownRevision: true, within });
  await compactSection(ctx.app, sectionId, reason);
  return true;
}

/** Brings back a revision as a new edit on top of the current text: nothing is lost. */
export async function restoreRevision(ctx: Context, revisionId: string): Promise<Section> {
  const revision = await ctx.em.findOne(SectionRevision, revisionId, { populate: ['state'] });
  if (!revision) throw notFound('Revision');
  const section = await editableSection(ctx, revision.section.id, 'Revision');
  await compactSection(ctx.app, section.id, 'before-restore');
  const live = await ctx.app.live.store.current(ctx.em, section.id);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(live.doc));
  const update = replaceContentUpdate(copy, toProseMirrorDoc(new Uint8Array(revision.state)));
  if (!isEmptyUpdate(update)) await commitUpdate(ctx, section.id, update, `restore:${revision.id}`, { field: 'input.revisionId', ownRevision: true });
  await compactSection(ctx.app, section.id, 'restore');
  return section;
}

function versionConflict(baseVersion: number, currentVersion: number) {
  const what = baseVersion > currentVersion ? `There is no version ${baseVersion} yet` : `The section has changed since version ${baseVersion}`;
  return conflict(`${what}; it is now at version ${currentVersion}. Read it again and retry.`, { currentVersion });
}

/** An update with no structs and no deletions (what Yjs encodes for "nothing changed"). */
function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}

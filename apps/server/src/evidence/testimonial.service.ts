import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-event.entity.js';
import { User } from '../auth/user.entity.js';
import type { Context } from '../common/context.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import { Entry } from '../entries/entry.entity.js';
import { requireViewer } from '../policy/access.js';
import { actorOf } from '../sign-off/workflow.service.js';
import { settleAfterEvidenceChange } from '../sign-off/stale-sign-offs.js';
import type { AddTestimonialInput, RecordConsentInput, UpdateTestimonialInput } from './dto/evidence.inputs.js';
import { ConsentStatus, TestimonialSource } from './evidence.enums.js';
import { authorizeEvidenceWrite } from './evidence.policy.js';
import { CORRECTABLE, recordTestimonialChange, type Correctable } from './testimonial-audit.js';
import { Testimonial } from './testimonial.entity.js';
import { inTransaction } from '../common/unit-of-work.js';

/** Listed whole (`Entry.testimonials`), so bounded. */
export const MAX_TESTIMONIALS = 200;

/** How an anonymised testimonial is cited. */
export const ANONYMOUS_CITATION: Record<TestimonialSource, string> = {
  PATIENT: 'A patient',
  FAMILY: 'A family member',
  STAFF: 'A member of staff',
  STAKEHOLDER: 'A stakeholder',
};

/** How the entry cites a testimonial: "A patient" (and so on) when anonymised, else the attribution. */
export const citedAs = (testimonial: Testimonial): string => (!testimonial.anonymised && testimonial.attribution) || ANONYMOUS_CITATION[testimonial.source];

/** Only testimonials whose consent is recorded as given go into exports. */
export const isExportable = (testimonial: Testimonial): boolean => testimonial.consentStatus === ConsentStatus.GIVEN;

/**
 * Who may add testimonials and record consent: the 'testimonial.add' action, which includes
 * patient representatives (they often gather patients' words and their consent) but not
 * observers. Anyone in the entry may read them.
 */
export async function addTestimonial(ctx: Context, input: AddTestimonialInput): Promise<Testimonial> {
  const { user } = requireViewer(ctx);
  const { entryId } = input;
  await authorizeEvidenceWrite(ctx, entryId, 'testimonial.add');
  if ((await ctx.em.count(Testimonial, { entry: entryId })) >= MAX_TESTIMONIALS) throw conflict(`An entry can have at most ${MAX_TESTIMONIALS} testimonials.`);
  return inTransaction(ctx, async ({ em }) => {
    const testimonial = em.create(Testimonial, {
      entry: em.getReference(Entry, entryId),
      quote: input.quote.trim(),
      source: input.source,
      attribution: input.attribution?.trim() || null,
      anonymised: input.anonymised,
      addedBy: em.getReference(User, user.id),
    });
    await recordTestimonialChange(em, actorOf(ctx), AuditAction.TESTIMONIAL_ADDED, testimonial);
    return testimonial;
  });
}

/** Today in England, so that a consent given this evening is not "in the future" by UTC. */
function todayInLondon(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/**
 * The testimonial, if the viewer may change its entry's testimonials (the same 'testimonial.add'
 * action: whoever gathers quotes and their consent also corrects and removes them); NOT_FOUND
 * for non-members, CONFLICT once the entry is submitted.
 */
async function testimonialToChange(ctx: Context, testimonialId: string): Promise<Testimonial> {
  const testimonial = await ctx.em.findOne(Testimonial, { id: testimonialId });
  if (!testimonial) throw notFound('Testimonial');
  await authorizeEvidenceWrite(ctx, testimonial.entry.id, 'testimonial.add', 'Testimonial');
  return testimonial;
}

/**
 * Runs `change` on the testimonial read afresh and locked until it is saved: consent recorded
 * while someone corrects the quote cannot land on words it was not given for, nor a correction
 * keep consent it should have cleared.
 */
async function changeLocked<T>(ctx: Context, testimonialId: string, change: (testimonial: Testimonial, em: EntityManager) => Promise<T>): Promise<T> {
  const { id } = await testimonialToChange(ctx, testimonialId);
  return inTransaction(ctx, async ({ em, events }) => {
    const testimonial = await em.findOneOrFail(Testimonial, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const result = await change(testimonial, em);
    // Its wording or consent as sign-offs cover it: those of sections presenting it may be stale now (sign-off/evidence-digest.ts).
    await settleAfterEvidenceChange(em, ctx.app, testimonial.entry.id, actorOf(ctx), events);
    return result;
  });
}

export async function recordConsent(ctx: Context, input: RecordConsentInput): Promise<Testimonial> {
  const { user } = requireViewer(ctx);
  const date = new Date(`${input.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== input.date) throw badInput('input.date', 'date is not a real date.');
  if (input.date > todayInLondon()) throw badInput('input.date', 'date cannot be in the future.');
  return changeLocked(ctx, input.testimonialId, async (testimonial, em) => {
    testimonial.consentStatus = input.status;
    testimonial.consentDate = input.date;
    testimonial.consentNote = input.note?.trim() || null;
    testimonial.consentRecordedBy = em.getReference(User, user.id);
    testimonial.consentRecordedAt = new Date();
    await recordTestimonialChange(em, actorOf(ctx), AuditAction.CONSENT_RECORDED, testimonial);
    return testimonial;
  });
}

/** The name the entry cites the person by, or null when it does not name them. */
const namedAs = (t: Pick<Testimonial, 'anonymised' | 'attribution'>) => (!t.anonymised && t.attribution) || null;

/**
 * Corrects a testimonial. Consent given covers the words and the naming it was given for, so
 * a change to the quote, or to the name the entry would cite, resets it to NOT_RECORDED (no
 * longer exported until recorded again). Withdrawn consent stays withdrawn: editing never
 * makes a testimonial exportable. A change of source or of an unused attribution keeps it.
 */
export async function updateTestimonial(ctx: Context, input: UpdateTestimonialInput): Promise<{ testimonial: Testimonial; consentReset: boolean }> {
  const quote = input.quote?.trim();
  if (input.quote != null && !quote) throw badInput('input.quote', 'Enter a quote of 1 to 3,000 characters.');
  return changeLocked(ctx, input.testimonialId, async (testimonial, em) => {
    const before = { ...testimonial };
    const corrected = correct(testimonial, input, quote);
    const changed = (Object.keys(CORRECTABLE) as Correctable[]).filter((part) => testimonial[part] !== before[part]);
    if (changed.length > 0) await recordTestimonialChange(em, actorOf(ctx), AuditAction.TESTIMONIAL_CHANGED, testimonial, { changed, consentReset: corrected.consentReset });
    return corrected;
  });
}

function correct(testimonial: Testimonial, input: UpdateTestimonialInput, quote: string | undefined): { testimonial: Testimonial; consentReset: boolean } {
  const before = { quote: testimonial.quote, named: namedAs(testimonial) };
  if (quote) testimonial.quote = quote;
  if (input.source != null) testimonial.source = input.source;
  if (input.attribution !== undefined) testimonial.attribution = input.attribution?.trim() || null;
  if (input.anonymised != null) testimonial.anonymised = input.anonymised;
  const named = namedAs(testimonial);
  const consentReset = testimonial.consentStatus === ConsentStatus.GIVEN && (testimonial.quote !== before.quote || (named !== null && named !== before.named));
  if (consentReset) {
    testimonial.consentStatus = ConsentStatus.NOT_RECORDED;
    testimonial.consentDate = null;
    testimonial.consentNote = null;
    testimonial.consentRecordedBy = null;
    testimonial.consentRecordedAt = null;
  }
  return { testimonial, consentReset };
}

/**
 * Deletes a testimonial outright (as metrics are deleted): a patient who asks for their words
 * to be removed gets them removed, not hidden. Its criteria links go with it (foreign keys
 * cascade), in the one statement.
 */
export async function deleteTestimonial(ctx: Context, testimonialId: string): Promise<{ deletedTestimonialId: string; entry: Entry }> {
  const testimonial = await testimonialToChange(ctx, testimonialId);
  const entryId = testimonial.entry.id;
  await inTransaction(ctx, async ({ em, events }) => {
    // Only if it is still there: of two deletes at once, one deletes and records it.
    if ((await em.nativeDelete(Testimonial, { id: testimonial.id })) === 1) {
      await recordTestimonialChange(em, actorOf(ctx), AuditAction.TESTIMONIAL_DELETED, testimonial);
      await settleAfterEvidenceChange(em, ctx.app, entryId, actorOf(ctx), events);
    }
  });
  return { deletedTestimonialId: testimonial.id, entry: await ctx.em.findOneOrFail(Entry, entryId) };
}

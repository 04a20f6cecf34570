import type { Context } from '../common/context.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import { Entry } from '../entries/entry.entity.js';
import { requireViewer } from '../policy/access.js';
import type { AddTestimonialInput, RecordConsentInput } from './dto/evidence.inputs.js';
import { TestimonialSource } from './evidence.enums.js';
import { authorizeEvidenceWrite } from './evidence.policy.js';
import { Testimonial } from './testimonial.entity.js';

/** Listed whole (`Entry.testimonials`), so bounded. */
export const MAX_TESTIMONIALS = 200;

/** How an anonymised testimonial is cited. */
export const ANONYMOUS_CITATION: Record<TestimonialSource, string> = {
  PATIENT: 'A patient',
  FAMILY: 'A family member',
  STAFF: 'A member of staff',
  STAKEHOLDER: 'A stakeholder',
};

/**
 * Who may add testimonials and record consent: the 'testimonial.add' action, which includes
 * patient representatives (they often gather patients' words and their consent) but not
 * observers. Anyone in the entry may read them.
 */
export async function addTestimonial(ctx: Context, input: AddTestimonialInput): Promise<Testimonial> {
  const { user } = requireViewer(ctx);
  const entryId = input.entryId.toLowerCase();
  await authorizeEvidenceWrite(ctx, entryId, 'testimonial.add');
  if ((await ctx.em.count(Testimonial, { entry: entryId })) >= MAX_TESTIMONIALS) throw conflict(`An entry can have at most ${MAX_TESTIMONIALS} testimonials.`);
  const testimonial = ctx.em.create(Testimonial, {
    entry: ctx.em.getReference(Entry, entryId),
    quote: input.quote.trim(),
    source: input.source,
    attribution: input.attribution?.trim() || null,
    anonymised: input.anonymised,
    addedBy: user,
  });
  await ctx.em.flush();
  return testimonial;
}

/** Today in England, so that a consent given this evening is not "in the future" by UTC. */
function todayInLondon(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

export async function recordConsent(ctx: Context, input: RecordConsentInput): Promise<Testimonial> {
  const { user } = requireViewer(ctx);
  const testimonial = await ctx.em.findOne(Testimonial, { id: input.testimonialId.toLowerCase() });
  if (!testimonial) throw notFound('Testimonial');
  await authorizeEvidenceWrite(ctx, testimonial.entry.id, 'testimonial.add');
  const date = new Date(`${input.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== input.date) throw badInput('input.date', 'date is not a real date.');
  if (input.date > todayInLondon()) throw badInput('input.date', 'date cannot be in the future.');
  testimonial.consentStatus = input.status;
  testimonial.consentDate = input.date;
  testimonial.consentNote = input.note?.trim() || null;
  testimonial.consentRecordedBy = user;
  testimonial.consentRecordedAt = new Date();
  await ctx.em.flush();
  return testimonial;
}

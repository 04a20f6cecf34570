import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-event.entity.js';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import { ConsentStatus, type TestimonialSource } from './evidence.enums.js';
import type { Testimonial } from './testimonial.entity.js';

type TestimonialAction = (typeof AuditAction)['TESTIMONIAL_ADDED' | 'TESTIMONIAL_CHANGED' | 'CONSENT_RECORDED' | 'TESTIMONIAL_DELETED'];

/** Who a testimonial is from, as a summary names them: never who in person. */
const FROM: Record<TestimonialSource, string> = {
  PATIENT: 'a patient',
  FAMILY: 'a family member or carer',
  STAFF: 'a member of staff',
  STAKEHOLDER: 'a stakeholder',
};

/** The parts of a testimonial a correction may change, as a summary names them. */
export const CORRECTABLE = { quote: 'the quote', source: 'who it is from', attribution: 'the attribution', anonymised: 'whether it is anonymised' } as const;
export type Correctable = keyof typeof CORRECTABLE;

export interface TestimonialChange {
  /** For TESTIMONIAL_CHANGED: what changed, and whether that reset the consent given. */
  changed?: Correctable[];
  consentReset?: boolean;
}

/**
 * Inside the change's transaction: records who added, corrected, deleted a testimonial or
 * recorded consent for it, and when, in the entry's audit log (information governance asks
 * who recorded or withdrew consent). Never the words nor the name they are attributed to:
 * the log keeps everything for good, and a patient who asks for their words to be removed
 * must have them removed.
 */
export async function recordTestimonialChange(em: EntityManager, actor: Actor, action: TestimonialAction, testimonial: Testimonial, change: TestimonialChange = {}): Promise<void> {
  const from = FROM[testimonial.source];
  const summaries: Record<TestimonialAction, () => string> = {
    TESTIMONIAL_ADDED: () => `${actor.name} added a testimonial from ${from}.`,
    TESTIMONIAL_CHANGED: () =>
      `${actor.name} corrected a testimonial from ${from} (${(change.changed ?? []).map((part) => CORRECTABLE[part]).join(', ')})${change.consentReset ? ': the consent recorded for it no longer counts' : ''}.`,
    CONSENT_RECORDED: () =>
      `${actor.name} recorded that consent was ${testimonial.consentStatus === ConsentStatus.GIVEN ? 'given' : 'withdrawn'} on ${testimonial.consentDate} for a testimonial from ${from}.`,
    TESTIMONIAL_DELETED: () => `${actor.name} deleted a testimonial from ${from}.`,
  };
  const data = {
    testimonialId: testimonial.id,
    source: testimonial.source,
    ...(action === AuditAction.CONSENT_RECORDED ? { consentStatus: testimonial.consentStatus, consentDate: testimonial.consentDate } : {}),
    ...(action === AuditAction.TESTIMONIAL_CHANGED ? { changed: change.changed, consentReset: !!change.consentReset } : {}),
  };
  await appendAudit(em, testimonial.entry.id, { action, actor, summary: summaries[action](), data });
}

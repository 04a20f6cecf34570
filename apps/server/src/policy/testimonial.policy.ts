import { roleCan, type Role } from '@quorum/domain';
import type { Testimonial } from '../evidence/testimonial.entity.js';

/**
 * Who may read whom an anonymised testimonial names: those who may add testimonials, since they
 * handle the consent; everyone else sees only how the entry cites it.
 */
export function attributionVisibleTo(role: Role | undefined, testimonial: Testimonial): boolean {
  return !testimonial.anonymised || (role !== undefined && roleCan(role, 'testimonial.add'));
}

import type { Role } from '@quorum/domain';

/**
 * Patient representatives and observers open an entry in review mode: the text to read,
 * comments and sign-off, without the writers' workspace. Everyone else can open it too.
 */
export const landsInReview = (role: Role) => role === 'PATIENT_REP' || role === 'OBSERVER';

export const reviewPath = (entryId: string, sectionId?: string) => `/entries/${entryId}/review${sectionId ? `/${sectionId}` : ''}`;

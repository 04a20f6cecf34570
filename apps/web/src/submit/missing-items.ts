import type { SubmitReadinessQuery } from '../gql/graphql';

type ReadinessEntry = NonNullable<SubmitReadinessQuery['entry']>;

/** One thing still to do, and where to do it (an address in the app, with the part of the page as its hash). */
export interface MissingItem {
  key: string;
  text: string;
  to: string;
}

/** Where a section's sign-off form is, on the section's page (sign-off-panel.tsx names its heading so). */
export const signOffPlace = (entryId: string, sectionId: string) => `/entries/${entryId}/sections/${sectionId}#sign-off-${sectionId}-heading`;

/**
 * The readiness report as links, in the order a lead would work through them: text over its
 * limit first (changing it would make sign-offs stale), then criteria, evidence, and sign-offs last.
 */
export function missingItems(entryId: string, entry: ReadinessEntry): MissingItem[] {
  const { readiness } = entry;
  const sectionPage = (id: string) => `/entries/${entryId}/sections/${id}`;
  // A criterion belongs to the section that must answer it: its list is on that section's page.
  const criterionSection = (criterionId: string) => entry.sections.find((s) => s.criteria.some((c) => c.id === criterionId));
  return [
    ...readiness.sectionsOverWordLimit.map((s) => ({
      key: `limit-${s.section.id}`,
      text: `“${s.section.title}” is ${s.wordCount - s.wordLimit} words over its limit of ${s.wordLimit}`,
      to: `${sectionPage(s.section.id)}#section-heading`,
    })),
    // Words quoting the evidence that it no longer bears out: worth settling before anyone signs.
    ...readiness.figuresOutOfStep.map((f, i) => ({
      key: `figure-${f.section.id}-${i}`,
      text: `“${f.section.title}” quotes ${f.figure.metric ? `“${f.figure.metric.name}”` : 'a deleted metric'} for ${f.figure.group} in words the evidence no longer ${f.figure.status === 'STALE' ? 'bears out: take the new wording or keep yours' : 'gives'}`,
      to: `${sectionPage(f.section.id)}#figures-heading`,
    })),
    ...readiness.uncoveredCriteria.map((c) => {
      const section = criterionSection(c.id);
      return { key: `criterion-${c.id}`, text: `Judging criterion not yet addressed: ${c.text}`, to: section ? `${sectionPage(section.id)}#criteria-heading` : `/entries/${entryId}/evidence` };
    }),
    ...readiness.missingQuantitativeEvidence.map((m, i) => ({
      key: `evidence-${i}`,
      text: m.metric ? `${m.metric.name}: ${m.message}` : m.message,
      to: m.metric ? `/entries/${entryId}/evidence/metrics/${m.metric.id}` : `/entries/${entryId}/evidence`,
    })),
    ...readiness.missingSignOffs.map((s) => ({
      key: `sign-off-${s.section.id}-${s.slotKey}`,
      text: `“${s.section.title}” needs a sign-off: ${s.label}`,
      to: signOffPlace(entryId, s.section.id),
    })),
  ];
}

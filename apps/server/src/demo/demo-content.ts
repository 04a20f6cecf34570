/**
 * What the demo entry holds at first start, so that a newcomer sees an entry in progress:
 * text in every section, a metric with values by ethnic group (and so its analysis and
 * charts), a consented testimonial and a comment thread. Written through the API as the demo
 * team would write it, so every rule, record and side effect is the real one.
 */

/** Runs one GraphQL operation as the demo member with this email; throws on any error. */
export type RunAs = (email: string, query: string, variables?: Record<string, unknown>) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the demo reads the answers it asked for

const LEAD = 'lead@demo.quorum.test';
const ANALYST = 'analyst@demo.quorum.test';
const MEDIC = 'medic@demo.quorum.test';
const NURSE = 'nurse@demo.quorum.test';
const PATIENT = 'patient@demo.quorum.test';

const SECTION_TEXT: Record<string, string> = {
  'need-and-initiative': `# Why we started

An audit of 1,240 emergency admissions in 2022 showed that Black and South Asian patients with sepsis waited longer for antibiotics than White patients. Early warning scores missed signs that present differently on darker skin, such as cyanosis and mottling, and patients with limited English were less often asked about new confusion.

# What we did

- Trained triage nurses to check mucous membranes, nail beds and capillary refill, not skin colour alone.
- Put interpreters on call for the emergency department around the clock.
- Added a prompt to the electronic record when a patient's first language is not English.`,
  'safety-impact': `Between the baseline year and the follow-up year, the proportion of patients with sepsis who received antibiotics within one hour rose in every ethnic group, and most for those who had waited longest.

The gap between Black and White patients narrowed. The full figures, with 95% confidence intervals, are in the evidence section of this entry.`,
  'spread-and-scale': `Two neighbouring trusts have adopted the triage checklist, and the regional sepsis network has added it to its training for new nurses.`,
  'quality-and-value': `Patients and families told us they felt listened to. Staff said the checklist made them more confident when assessing patients with darker skin.`,
  'involvement-and-teamwork': `A patient panel from local Black, Bengali and Somali community groups reviewed every change to the triage checklist. Families helped us write leaflets in Bengali, Urdu and Somali.`,
};

// Antibiotics within one hour of sepsis recognition, by ethnic category (NHS codes), before and after.
const METRIC_VALUES = `period,ethnic_code,numerator,denominator
2022,A,412,520
2022,H,61,98
2022,J,48,80
2022,M,37,72
2022,N,29,56
2022,S,18,30
2024,A,448,540
2024,H,84,104
2024,J,69,86
2024,M,62,78
2024,N,49,60
2024,S,25,32`;

export async function writeDemoContent(runAs: RunAs): Promise<void> {
  const { entries } = await runAs(LEAD, '{ entries(first: 1) { nodes { id sections { id key criteria { id } } } } }');
  const entry = entries.nodes[0];
  const section = (key: string) => entry.sections.find((s: { key: string }) => s.key === key);

  for (const [key, markdown] of Object.entries(SECTION_TEXT)) {
    await runAs(NURSE, 'mutation($i: ReplaceSectionContentInput!) { replaceSectionContent(input: $i) { section { id } } }', {
      i: { sectionId: section(key).id, markdown, baseVersion: 0 },
    });
  }

  const { createMetric } = await runAs(ANALYST, 'mutation($i: CreateMetricInput!) { createMetric(input: $i) { metric { id } } }', {
    i: {
      entryId: entry.id,
      name: 'antibiotics within one hour',
      definition: 'Adults admitted through the emergency department with sepsis who received antibiotics within one hour of sepsis being recognised.',
      kind: 'PROPORTION',
      direction: 'HIGHER_IS_BETTER',
      population: 'adults admitted with sepsis',
      dataSource: 'Trust sepsis audit (electronic patient record)',
      baselinePeriod: '2022',
      followUpPeriod: '2024',
    },
  });
  const metricId = createMetric.metric.id;
  await runAs(ANALYST, 'mutation($i: ImportMetricValuesInput!) { importMetricValues(input: $i) { metric { id } } }', { i: { metricId, csv: METRIC_VALUES } });
  await runAs(ANALYST, 'mutation($i: LinkCriterionInput!) { linkCriterion(input: $i) { criterion { id } } }', {
    i: { criterionId: section('safety-impact').criteria[0].id, metricIds: [metricId], sectionIds: [section('safety-impact').id] },
  });

  const { addTestimonial } = await runAs(PATIENT, 'mutation($i: AddTestimonialInput!) { addTestimonial(input: $i) { testimonial { id } } }', {
    i: { entryId: entry.id, source: 'FAMILY', quote: 'The nurse asked my mother in Bengali whether she felt confused. Nobody had asked her before.' },
  });
  await runAs(PATIENT, 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { testimonial { id } } }', {
    i: { testimonialId: addTestimonial.testimonial.id, status: 'GIVEN', date: '2025-03-14', note: 'Written consent, kept with the patient panel records.' },
  });

  const { addComment } = await runAs(MEDIC, 'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }', {
    i: {
      sectionId: section('safety-impact').id,
      anchor: { quote: 'The gap between Black and White patients narrowed' },
      body: 'Can we give the size of the gap before and after here, in percentage points?',
    },
  });
  await runAs(ANALYST, 'mutation($i: ReplyToCommentInput!) { replyToComment(input: $i) { comment { id } } }', {
    i: { commentId: addComment.comment.id, body: 'Yes: the evidence page has a sentence for it that we can paste in.' },
  });
}

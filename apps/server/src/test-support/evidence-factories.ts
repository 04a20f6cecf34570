import { User } from '../auth/user.entity.js';
import { Entry } from '../entries/entry.entity.js';
import { MetricDirection, MetricKind, TestimonialSource } from '../evidence/evidence.enums.js';
import { Metric } from '../evidence/metric.entity.js';
import { Testimonial } from '../evidence/testimonial.entity.js';
import { Criterion } from '../sections/criterion.entity.js';
import type { Team } from './factories.js';
import { IMPORT_VALUES } from './operations.js';
import type { TestServer } from './test-server.js';

/** A metric written straight to the database, as a target for updates and deletes. */
export async function addMetric(server: TestServer, team: Team, fields: Partial<Pick<Metric, 'name' | 'kind' | 'direction' | 'population'>> = {}): Promise<string> {
  const em = server.orm.em.fork();
  const metric = em.create(Metric, {
    entry: em.getReference(Entry, team.entryId),
    name: 'Screening within an hour',
    definition: 'Patients with suspected sepsis screened within one hour of arrival.',
    kind: MetricKind.PROPORTION,
    direction: MetricDirection.HIGHER_IS_BETTER,
    createdBy: em.getReference(User, team.members.LEAD.user.id),
    ...fields,
  });
  await em.flush();
  return metric.id;
}

/** `addMetric`, then its values imported by the analyst through the API (only analysts see every value unsuppressed: disclosure.test.ts). */
export async function addMetricWithValues(server: TestServer, team: Team, fields: Parameters<typeof addMetric>[2], csv: string): Promise<string> {
  const metricId = await addMetric(server, team, fields);
  await team.members.ANALYST.client.ok(IMPORT_VALUES, { i: { metricId, csv } });
  return metricId;
}

/** A testimonial written straight to the database; `fields` to give it other words, or consent. */
export async function addTestimonialRow(server: TestServer, team: Team, fields: Partial<Pick<Testimonial, 'quote' | 'consentStatus'>> = {}): Promise<string> {
  const em = server.orm.em.fork();
  const testimonial = em.create(Testimonial, {
    entry: em.getReference(Entry, team.entryId),
    quote: 'The nurse explained everything in my language.',
    source: TestimonialSource.PATIENT,
    addedBy: em.getReference(User, team.members.LEAD.user.id),
    ...fields,
  });
  await em.flush();
  return testimonial.id;
}

export async function firstCriterionOf(server: TestServer, sectionId: string): Promise<string> {
  return (await server.orm.em.fork().findOneOrFail(Criterion, { section: sectionId, position: 0 })).id;
}

const shared = new Map<string, Promise<{ metricId: string; testimonialId: string; criterionId: string }>>();

/** One metric, testimonial and criterion per team, made on first use, for operations that may run many times on the same target. */
export function sharedEvidence(server: TestServer, team: Team) {
  if (!shared.has(team.entryId)) {
    shared.set(
      team.entryId,
      Promise.all([addMetric(server, team), addTestimonialRow(server, team), firstCriterionOf(server, team.sectionIds[1])]).then(([metricId, testimonialId, criterionId]) => ({
        metricId,
        testimonialId,
        criterionId,
      })),
    );
  }
  return shared.get(team.entryId)!;
}

import { Link, useParams } from 'react-router';
import { EntryHeader } from '../entries/entry-header';
import { LoadFailed, Loading } from '../layout/loading';
import { DIRECTION_LABELS, KIND_LABELS } from './evidence-format';
import './evidence.css';
import { ReadinessReport } from './readiness-report';
import { AddTestimonialForm, TestimonialList } from './testimonials';
import { useAddTestimonial, useDeleteTestimonial, useEvidence, useRecordConsent, useUpdateTestimonial } from './use-evidence';

export const NOT_FOUND = 'We could not find that entry. It may have been deleted, or you may not be a member of its team.';

/** An entry's evidence: its metrics, testimonials (added, corrected, deleted, with consent), and how ready it is to submit. */
export function EvidencePage() {
  const { entryId = '' } = useParams();
  const { entry, loading, error } = useEvidence(entryId);
  const { run: add } = useAddTestimonial();
  const { run: record } = useRecordConsent();
  const { run: update, loading: saving } = useUpdateTestimonial();
  const { run: remove, loading: deleting } = useDeleteTestimonial();
  if (loading) return <Loading what="evidence" />;
  if (!entry) return <LoadFailed error={error} notFound={NOT_FOUND} />;
  const { canEditEvidence, canAddTestimonials } = entry.abilities;

  return (
    <>
      <EntryHeader entry={entry} page="Evidence" />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h2 className="nhsuk-heading-m">Metrics</h2>
          {entry.metrics.length === 0 ? (
            <p className="nhsuk-body">No metrics yet. Judges want a quantitative measure that shows health inequalities reduced.</p>
          ) : (
            <dl className="nhsuk-summary-list">
              {entry.metrics.map((m) => (
                <div className="nhsuk-summary-list__row" key={m.id}>
                  <dt className="nhsuk-summary-list__key">{m.name}</dt>
                  <dd className="nhsuk-summary-list__value">
                    {KIND_LABELS[m.kind]}, {DIRECTION_LABELS[m.direction].toLowerCase()}
                    <span className="app-counts">
                      {m.periods.length ? `Periods: ${m.periods.join(', ')}` : 'No values yet'}
                      {m.analysis.groups.some((g) => g.narrowedBeyondChance) && '. A gap narrowed beyond chance'}
                    </span>
                  </dd>
                  <dd className="nhsuk-summary-list__actions">
                    <Link className="nhsuk-link" to={`/entries/${entry.id}/evidence/metrics/${m.id}`}>
                      View results<span className="nhsuk-u-visually-hidden"> for {m.name}</span>
                    </Link>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {canEditEvidence && (
            <Link className="nhsuk-button nhsuk-button--secondary" to={`/entries/${entry.id}/evidence/metrics/new`} role="button" draggable={false}>
              Add a metric
            </Link>
          )}

          <TestimonialList
            testimonials={entry.testimonials}
            canChange={canAddTestimonials}
            actions={{
              onRecord: async (input) => void (await record(input)),
              onUpdate: update,
              onDelete: async (t) => void (await remove({ testimonialId: t.id })),
              saving,
              deleting,
            }}
          />
          {canAddTestimonials && (
            <>
              <h3 className="nhsuk-heading-s">Add a testimonial</h3>
              <AddTestimonialForm entryId={entry.id} onAdd={async (input) => void (await add(input))} />
            </>
          )}

          <h2 className="nhsuk-heading-m">Readiness to submit</h2>
          <ReadinessReport entryId={entry.id} readiness={entry.readiness} />
        </div>
      </div>
    </>
  );
}

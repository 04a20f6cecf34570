import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { EntryHeader } from '../entries/entry-header';
import { formErrors } from '../forms/api-errors';
import type { FormError } from '../forms/error-summary';
import { useAnnounce } from '../layout/announcer';
import { LoadFailed, Loading } from '../layout/loading';
import { CreateMetricForm, METRIC_FIELD_IDS, type NewMetric } from './create-metric-form';
import './evidence.css';
import { NOT_FOUND } from './evidence-page';
import { useCreateMetric, useEvidence } from './use-evidence';

export function NewMetricPage() {
  const { entryId = '' } = useParams();
  const { entry, loading, error } = useEvidence(entryId);
  const { run: create, loading: creating } = useCreateMetric();
  const [errors, setErrors] = useState<FormError[]>([]);
  const navigate = useNavigate();
  const announce = useAnnounce();
  if (loading) return <Loading what="evidence" />;
  if (!entry) return <LoadFailed error={error} notFound={NOT_FOUND} />;

  async function onCreate(metric: NewMetric) {
    setErrors([]);
    try {
      const created = await create({ ...metric, entryId });
      announce(`Metric ${created.name} created. Import its values next.`);
      await navigate(`/entries/${entryId}/evidence/metrics/${created.id}`);
      return true;
    } catch (e) {
      setErrors(formErrors(e, METRIC_FIELD_IDS));
      return false;
    }
  }

  return (
    <>
      <EntryHeader entry={entry} page="Add a metric" errors={errors} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h2 className="nhsuk-heading-m">Add a metric</h2>
          {entry.abilities.canEditEvidence ? (
            <CreateMetricForm errors={errors} busy={creating} onCreate={onCreate} onInvalid={setErrors} />
          ) : (
            <p className="nhsuk-body">Your role in this entry cannot add metrics. Ask the lead or an analyst.</p>
          )}
        </div>
      </div>
    </>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formErrors } from '../forms/api-errors';
import { ErrorSummary, type FormError } from '../forms/error-summary';
import { bound, SelectInput } from '../forms/fields';
import { SaveOrCancel } from '../forms/save-or-cancel';
import type { UpdateMetricInput } from '../gql/graphql';
import { METRIC_FIELD_IDS, validateMetric } from './create-metric-form';
import { KIND_LABELS } from './evidence-format';
import { MetricFields, metricDetails, type MetricFieldValues } from './metric-fields';
import type { EthnicCategory, EvidenceMetric } from './use-evidence';

export type MetricChanges = Omit<UpdateMetricInput, 'metricId'>;

const FIELD_IDS = { ...METRIC_FIELD_IDS, baselinePeriod: 'metric-baseline', followUpPeriod: 'metric-follow-up', referenceCode: 'metric-reference' };
const DEFAULT = '';

interface EditMetricFormProps {
  metric: EvidenceMetric;
  categories: EthnicCategory[];
  busy: boolean;
  onSave(changes: MetricChanges): Promise<void>;
  onCancel(): void;
}

/** Change a metric's details (its kind is fixed); every problem in the summary at the top of the form. */
export function EditMetricForm({ metric, categories, busy, onSave, onCancel }: EditMetricFormProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<MetricFieldValues>({
    name: metric.name,
    definition: metric.definition,
    kind: metric.kind,
    direction: metric.direction,
    population: metric.population,
    dataSource: metric.dataSource ?? '',
    ratePer: metric.ratePer ? String(metric.ratePer) : '',
    unit: metric.unit ?? '',
    level: metric.confidenceLevel ?? 'PERCENT_95',
  });
  const [referenceCode, setReferenceCode] = useState(metric.referenceCode);
  const [baseline, setBaseline] = useState(metric.baselinePeriod ?? DEFAULT);
  const [followUp, setFollowUp] = useState(metric.followUpPeriod ?? DEFAULT);
  const [errors, setErrors] = useState<FormError[]>([]);

  useEffect(() => heading.current?.focus(), []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems = validateMetric(values);
    if (baseline && baseline === followUp) problems.push({ field: FIELD_IDS.followUpPeriod, message: 'Choose a follow-up period different from the baseline' });
    setErrors(problems);
    if (problems.length) return;
    try {
      await onSave({
        ...metricDetails(values),
        // An empty optional field clears it (null), as the API expects.
        dataSource: values.dataSource.trim() || null,
        unit: metric.kind === 'MEAN' ? values.unit.trim() || null : undefined,
        referenceCode,
        baselinePeriod: baseline || null,
        followUpPeriod: followUp || null,
      });
    } catch (e) {
      setErrors(formErrors(e, FIELD_IDS));
    }
  }

  // A saved period that no longer has values stays choosable, so that the select shows what is saved.
  const periodOptions = (saved: string | null | undefined, fallback: string) => [
    { value: DEFAULT, label: fallback },
    ...[...new Set([...metric.periods, ...(saved ? [saved] : [])])].map((p) => ({ value: p, label: p })),
  ];
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="edit-metric-heading">
      <h3 className="nhsuk-heading-m" id="edit-metric-heading" ref={heading} tabIndex={-1}>
        Change the metric’s details
      </h3>
      <ErrorSummary errors={errors} headingLevel={4} />
      <p className="nhsuk-body">Kind: {KIND_LABELS[metric.kind]}. The kind cannot be changed: delete the metric and add a new one instead.</p>
      <MetricFields mode="edit" values={values} onChange={(changes) => setValues((v) => ({ ...v, ...changes }))} errors={errors}>
        <SelectInput
          {...bound(FIELD_IDS.referenceCode, referenceCode, setReferenceCode, errors)}
          label="Compare groups with"
          hint="The reference group; in charts and sentences, its high-level group"

          options={categories.filter((c) => c.code !== 'Z').map((c) => ({ value: c.code, label: `${c.label} (${c.onsGroup})` }))}
        />
      </MetricFields>
      {metric.periods.length > 1 && (
        <>
          <SelectInput
            {...bound(FIELD_IDS.baselinePeriod, baseline, setBaseline, errors)}
            label="Baseline period"

            options={periodOptions(metric.baselinePeriod, 'The earliest, when the period names tell (default)')}
          />
          <SelectInput
            {...bound(FIELD_IDS.followUpPeriod, followUp, setFollowUp, errors)}
            label="Follow-up period"

            options={periodOptions(metric.followUpPeriod, 'The latest, when the period names tell (default)')}
          />
        </>
      )}
      <SaveOrCancel onCancel={onCancel} />
    </form>
  );
}

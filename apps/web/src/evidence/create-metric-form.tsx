import { useState, type FormEvent } from 'react';
import type { FormError } from '../forms/error-summary';
import type { CreateMetricInput, MetricKind } from '../gql/graphql';
import { MetricFields, metricDetails, type MetricFieldValues } from './metric-fields';

export type NewMetric = Omit<CreateMetricInput, 'entryId'>;

interface CreateMetricFormProps {
  errors: FormError[];
  busy: boolean;
  onCreate(metric: NewMetric): Promise<boolean>;
  onInvalid(errors: FormError[]): void;
}

/** Where the API's input fields are on this form, for the error summary. */
export const METRIC_FIELD_IDS: Record<string, string> = {
  name: 'metric-name',
  definition: 'metric-definition',
  kind: 'metric-kind',
  direction: 'metric-direction',
  dataSource: 'metric-data-source',
  ratePer: 'metric-rate-per',
  unit: 'metric-unit',
  population: 'metric-population',
};

/** Checks the form as the NHS pattern asks: every problem at once, in the order of the fields. */
export function validateMetric(form: { name: string; definition: string; kind: string; direction: string; ratePer: string }): FormError[] {
  const problems: FormError[] = [];
  if (!form.name.trim()) problems.push({ field: 'metric-name', message: 'Enter a short name for the metric' });
  else if (form.name.trim().length > 200) problems.push({ field: 'metric-name', message: 'Name must be 200 characters or fewer' });
  if (!form.definition.trim()) problems.push({ field: 'metric-definition', message: 'Enter what is counted: who is in the denominator and what the numerator measures' });
  if (!form.kind) problems.push({ field: 'metric-kind', message: 'Select what kind of measure it is' });
  if (form.kind === 'RATE' && form.ratePer.trim() && !/^[1-9]\d*$/.test(form.ratePer.trim())) problems.push({ field: 'metric-rate-per', message: 'Rate per must be a whole number, like 1000' });
  if (!form.direction) problems.push({ field: 'metric-direction', message: 'Select which way is better' });
  return problems;
}

export function CreateMetricForm({ errors, busy, onCreate, onInvalid }: CreateMetricFormProps) {
  const [values, setValues] = useState<MetricFieldValues>({ name: '', definition: '', kind: '', direction: '', population: '', dataSource: '', ratePer: '', unit: '', level: 'PERCENT_95' });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems = validateMetric(values);
    if (problems.length) return onInvalid(problems);
    await onCreate({
      ...metricDetails(values),
      kind: values.kind as MetricKind,
      dataSource: values.dataSource.trim() || undefined,
      unit: values.kind === 'MEAN' && values.unit.trim() ? values.unit.trim() : undefined,
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <MetricFields mode="create" values={values} onChange={(changes) => setValues((v) => ({ ...v, ...changes }))} errors={errors} />
      <button className="nhsuk-button" type="submit">
        Create metric
      </button>
    </form>
  );
}

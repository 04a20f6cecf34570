import { useState, type FormEvent } from 'react';
import { errorFor, type FormError } from '../forms/error-summary';
import { TextInput } from '../forms/fields';
import type { ConfidenceLevel, CreateMetricInput, MetricDirection, MetricKind } from '../gql/graphql';
import { Radios, Textarea } from './controls';

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
  const [name, setName] = useState('');
  const [definition, setDefinition] = useState('');
  const [kind, setKind] = useState('');
  const [direction, setDirection] = useState('');
  const [dataSource, setDataSource] = useState('');
  const [population, setPopulation] = useState('');
  const [ratePer, setRatePer] = useState('');
  const [unit, setUnit] = useState('');
  const [level, setLevel] = useState<string>('PERCENT_95');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems = validateMetric({ name, definition, kind, direction, ratePer });
    if (problems.length) return onInvalid(problems);
    await onCreate({
      name: name.trim(),
      definition: definition.trim(),
      kind: kind as MetricKind,
      direction: direction as MetricDirection,
      dataSource: dataSource.trim() || undefined,
      population: population.trim() || undefined,
      ratePer: kind === 'RATE' && ratePer.trim() ? Number(ratePer.trim()) : undefined,
      unit: kind === 'MEAN' && unit.trim() ? unit.trim() : undefined,
      confidenceLevel: level as ConfidenceLevel,
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <TextInput
        id="metric-name"
        label="Name"
        hint='Short, as it will read in sentences, for example "sepsis screening within one hour"'
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errorFor(errors, 'metric-name')}
        autoComplete="off"
      />
      <Textarea
        id="metric-definition"
        label="Definition"
        hint="Exactly what is counted: who is in the denominator and what the numerator measures, or what is averaged"
        rows={4}
        value={definition}
        onChange={(e) => setDefinition(e.target.value)}
        error={errorFor(errors, 'metric-definition')}
      />
      <Radios<MetricKind>
        id="metric-kind"
        legend="What kind of measure is it?"
        hint="This cannot be changed once the metric is created"
        value={kind}
        onChange={setKind}
        error={errorFor(errors, 'metric-kind')}
        options={[
          { value: 'PROPORTION', label: 'Proportion', hint: 'A share of people, for example patients screened out of patients eligible' },
          { value: 'RATE', label: 'Rate per N', hint: 'Events per number of people or admissions, for example falls per 1,000 bed days' },
          { value: 'MEAN', label: 'Mean', hint: 'An average, from the mean, standard deviation and number of people in each group' },
        ]}
      />
      {kind === 'RATE' && (
        <TextInput
          id="metric-rate-per"
          label="Rate per (optional)"
          hint="Default 1000"
          inputMode="numeric"
          width={10}
          value={ratePer}
          onChange={(e) => setRatePer(e.target.value)}
          error={errorFor(errors, 'metric-rate-per')}
        />
      )}
      {kind === 'MEAN' && (
        <TextInput id="metric-unit" label="Unit (optional)" hint='For example "minutes"' width={20} value={unit} onChange={(e) => setUnit(e.target.value)} error={errorFor(errors, 'metric-unit')} />
      )}
      <Radios<MetricDirection>
        id="metric-direction"
        legend="Which way is better?"
        value={direction}
        onChange={setDirection}
        error={errorFor(errors, 'metric-direction')}
        options={[
          { value: 'HIGHER_IS_BETTER', label: 'Higher is better', hint: 'For example screening uptake' },
          { value: 'LOWER_IS_BETTER', label: 'Lower is better', hint: 'For example time to antibiotics, or harm' },
        ]}
      />
      <TextInput
        id="metric-population"
        label="Who is counted (optional)"
        hint='As sentences should say it, for example "women giving birth". Default "patients"'
        value={population}
        onChange={(e) => setPopulation(e.target.value)}
        error={errorFor(errors, 'metric-population')}
      />
      <TextInput
        id="metric-data-source"
        label="Data source (optional)"
        hint='Where the data come from, for example "Trust EPR, sepsis audit"'
        value={dataSource}
        onChange={(e) => setDataSource(e.target.value)}
        error={errorFor(errors, 'metric-data-source')}
      />
      <Radios<ConfidenceLevel>
        id="metric-confidence-level"
        legend="Confidence level"
        hint="Of every interval and verdict. 99.8% is stricter, for many comparisons at once (as OHID Fingertips uses)."
        value={level}
        onChange={setLevel}
        error={errorFor(errors, 'metric-confidence-level')}
        options={[
          { value: 'PERCENT_95', label: '95%' },
          { value: 'PERCENT_99_8', label: '99.8%' },
        ]}
      />
      <button className="nhsuk-button" type="submit">
        Create metric
      </button>
    </form>
  );
}

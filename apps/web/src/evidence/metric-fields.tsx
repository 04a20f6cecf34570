import type { ReactNode } from 'react';
import { errorFor, type FormError } from '../forms/error-summary';
import { bound, TextInput } from '../forms/fields';
import type { ConfidenceLevel, CreateMetricInput, MetricDirection, MetricKind } from '../gql/graphql';
import { Radios, Textarea } from './controls';

/** A metric's details as typed into its form, before they are checked and trimmed. */
export interface MetricFieldValues {
  name: string;
  definition: string;
  kind: string;
  direction: string;
  population: string;
  dataSource: string;
  ratePer: string;
  unit: string;
  level: string;
}

/**
 * Creating a metric the fields say more: an empty optional field then takes its default, and the kind
 * is chosen once. On a saved metric the saved values are in the fields and the kind is fixed.
 */
const WORDING = {
  create: {
    nameHint: 'Short, as it will read in sentences, for example "sepsis screening within one hour"',
    definitionHint: 'Exactly what is counted: who is in the denominator and what the numerator measures, or what is averaged',
    ratePerLabel: 'Rate per (optional)',
    ratePerHint: 'Default 1000',
    unitHint: 'For example "minutes"',
    higherHint: 'For example screening uptake',
    lowerHint: 'For example time to antibiotics, or harm',
    populationLabel: 'Who is counted (optional)',
    populationHint: 'As sentences should say it, for example "women giving birth". Default "patients"',
    dataSourceHint: 'Where the data come from, for example "Trust EPR, sepsis audit"',
  },
  edit: {
    nameHint: 'Short, as it will read in sentences',
    definitionHint: undefined,
    ratePerLabel: 'Rate per',
    ratePerHint: undefined,
    unitHint: undefined,
    higherHint: undefined,
    lowerHint: undefined,
    populationLabel: 'Who is counted',
    populationHint: 'As sentences should say it, for example "women giving birth"',
    dataSourceHint: undefined,
  },
};

interface MetricFieldsProps {
  mode: keyof typeof WORDING;
  values: MetricFieldValues;
  onChange(changes: Partial<MetricFieldValues>): void;
  errors: FormError[];
  /** Fields of one form only, placed before the confidence level. */
  children?: ReactNode;
}

/** The fields the create and edit metric forms share, in the same order on both; the kind can be chosen only when creating. */
export function MetricFields({ mode, values, onChange, errors, children }: MetricFieldsProps) {
  const wording = WORDING[mode];
  /** What ties one of the metric's choices to its value and its message, as `bound` does a text field. */
  const choice = (id: string, field: 'kind' | 'direction' | 'level') => ({ id, value: values[field], onChange: (value: string) => onChange({ [field]: value }), error: errorFor(errors, id) });
  return (
    <>
      <TextInput {...bound('metric-name', values.name, (name) => onChange({ name }), errors)} label="Name" hint={wording.nameHint} autoComplete="off" />
      <Textarea {...bound('metric-definition', values.definition, (definition) => onChange({ definition }), errors)} label="Definition" hint={wording.definitionHint} rows={4} />
      {mode === 'create' && (
        <Radios<MetricKind>
          {...choice('metric-kind', 'kind')}
          legend="What kind of measure is it?"
          hint="This cannot be changed once the metric is created"
          options={[
            { value: 'PROPORTION', label: 'Proportion', hint: 'A share of people, for example patients screened out of patients eligible' },
            { value: 'RATE', label: 'Rate per N', hint: 'Events per number of people or admissions, for example falls per 1,000 bed days' },
            { value: 'MEAN', label: 'Mean', hint: 'An average, from the mean, standard deviation and number of people in each group' },
          ]}
        />
      )}
      {values.kind === 'RATE' && (
        <TextInput {...bound('metric-rate-per', values.ratePer, (ratePer) => onChange({ ratePer }), errors)} label={wording.ratePerLabel} hint={wording.ratePerHint} inputMode="numeric" width={10} />
      )}
      {values.kind === 'MEAN' && <TextInput {...bound('metric-unit', values.unit, (unit) => onChange({ unit }), errors)} label="Unit (optional)" hint={wording.unitHint} width={20} />}
      <Radios<MetricDirection>
        {...choice('metric-direction', 'direction')}
        legend="Which way is better?"
        options={[
          { value: 'HIGHER_IS_BETTER', label: 'Higher is better', hint: wording.higherHint },
          { value: 'LOWER_IS_BETTER', label: 'Lower is better', hint: wording.lowerHint },
        ]}
      />
      <TextInput {...bound('metric-population', values.population, (population) => onChange({ population }), errors)} label={wording.populationLabel} hint={wording.populationHint} />
      <TextInput {...bound('metric-data-source', values.dataSource, (dataSource) => onChange({ dataSource }), errors)} label="Data source (optional)" hint={wording.dataSourceHint} />
      {children}
      <Radios<ConfidenceLevel>
        {...choice('metric-confidence-level', 'level')}
        legend="Confidence level"
        hint="Of every interval and verdict. 99.8% is stricter, for many comparisons at once (as OHID Fingertips uses)."
        options={[
          { value: 'PERCENT_95', label: '95%' },
          { value: 'PERCENT_99_8', label: '99.8%' },
        ]}
      />
    </>
  );
}

/** What both forms send alike, trimmed; a rate's "per" only for a rate. Each form adds the optional fields it clears its own way. */
export function metricDetails(values: MetricFieldValues) {
  return {
    name: values.name.trim(),
    definition: values.definition.trim(),
    direction: values.direction as MetricDirection,
    population: values.population.trim() || undefined,
    ratePer: values.kind === 'RATE' && values.ratePer.trim() ? Number(values.ratePer.trim()) : undefined,
    confidenceLevel: values.level as ConfidenceLevel,
  } satisfies Partial<CreateMetricInput>;
}

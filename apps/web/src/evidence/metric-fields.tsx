import type { ReactNode } from 'react';
import { errorFor, type FormError } from '../forms/error-summary';
import { TextInput } from '../forms/fields';
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
  return (
    <>
      <TextInput
        id="metric-name"
        label="Name"
        hint={wording.nameHint}
        value={values.name}
        onChange={(e) => onChange({ name: e.target.value })}
        error={errorFor(errors, 'metric-name')}
        autoComplete="off"
      />
      <Textarea
        id="metric-definition"
        label="Definition"
        hint={wording.definitionHint}
        rows={4}
        value={values.definition}
        onChange={(e) => onChange({ definition: e.target.value })}
        error={errorFor(errors, 'metric-definition')}
      />
      {mode === 'create' && (
        <Radios<MetricKind>
          id="metric-kind"
          legend="What kind of measure is it?"
          hint="This cannot be changed once the metric is created"
          value={values.kind}
          onChange={(kind) => onChange({ kind })}
          error={errorFor(errors, 'metric-kind')}
          options={[
            { value: 'PROPORTION', label: 'Proportion', hint: 'A share of people, for example patients screened out of patients eligible' },
            { value: 'RATE', label: 'Rate per N', hint: 'Events per number of people or admissions, for example falls per 1,000 bed days' },
            { value: 'MEAN', label: 'Mean', hint: 'An average, from the mean, standard deviation and number of people in each group' },
          ]}
        />
      )}
      {values.kind === 'RATE' && (
        <TextInput
          id="metric-rate-per"
          label={wording.ratePerLabel}
          hint={wording.ratePerHint}
          inputMode="numeric"
          width={10}
          value={values.ratePer}
          onChange={(e) => onChange({ ratePer: e.target.value })}
          error={errorFor(errors, 'metric-rate-per')}
        />
      )}
      {values.kind === 'MEAN' && (
        <TextInput
          id="metric-unit"
          label="Unit (optional)"
          hint={wording.unitHint}
          width={20}
          value={values.unit}
          onChange={(e) => onChange({ unit: e.target.value })}
          error={errorFor(errors, 'metric-unit')}
        />
      )}
      <Radios<MetricDirection>
        id="metric-direction"
        legend="Which way is better?"
        value={values.direction}
        onChange={(direction) => onChange({ direction })}
        error={errorFor(errors, 'metric-direction')}
        options={[
          { value: 'HIGHER_IS_BETTER', label: 'Higher is better', hint: wording.higherHint },
          { value: 'LOWER_IS_BETTER', label: 'Lower is better', hint: wording.lowerHint },
        ]}
      />
      <TextInput
        id="metric-population"
        label={wording.populationLabel}
        hint={wording.populationHint}
        value={values.population}
        onChange={(e) => onChange({ population: e.target.value })}
        error={errorFor(errors, 'metric-population')}
      />
      <TextInput
        id="metric-data-source"
        label="Data source (optional)"
        hint={wording.dataSourceHint}
        value={values.dataSource}
        onChange={(e) => onChange({ dataSource: e.target.value })}
        error={errorFor(errors, 'metric-data-source')}
      />
      {children}
      <Radios<ConfidenceLevel>
        id="metric-confidence-level"
        legend="Confidence level"
        hint="Of every interval and verdict. 99.8% is stricter, for many comparisons at once (as OHID Fingertips uses)."
        value={values.level}
        onChange={(level) => onChange({ level })}
        error={errorFor(errors, 'metric-confidence-level')}
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

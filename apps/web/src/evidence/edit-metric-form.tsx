import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formErrors } from '../forms/api-errors';
import { ErrorSummary, errorFor, type FormError } from '../forms/error-summary';
import { SelectInput, TextInput } from '../forms/fields';
import type { ConfidenceLevel, MetricDirection, UpdateMetricInput } from '../gql/graphql';
import { Radios, Textarea } from './controls';
import { METRIC_FIELD_IDS, validateMetric } from './create-metric-form';
import { KIND_LABELS } from './evidence-format';
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
  const [name, setName] = useState(metric.name);
  const [definition, setDefinition] = useState(metric.definition);
  const [direction, setDirection] = useState<string>(metric.direction);
  const [population, setPopulation] = useState(metric.population);
  const [dataSource, setDataSource] = useState(metric.dataSource ?? '');
  const [ratePer, setRatePer] = useState(metric.ratePer ? String(metric.ratePer) : '');
  const [unit, setUnit] = useState(metric.unit ?? '');
  const [referenceCode, setReferenceCode] = useState(metric.referenceCode);
  const [baseline, setBaseline] = useState(metric.baselinePeriod ?? DEFAULT);
  const [followUp, setFollowUp] = useState(metric.followUpPeriod ?? DEFAULT);
  const [level, setLevel] = useState<string>(metric.confidenceLevel ?? 'PERCENT_95');
  const [errors, setErrors] = useState<FormError[]>([]);

  useEffect(() => heading.current?.focus(), []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems = validateMetric({ name, definition, kind: metric.kind, direction, ratePer });
    if (baseline && baseline === followUp) problems.push({ field: FIELD_IDS.followUpPeriod, message: 'Choose a follow-up period different from the baseline' });
    setErrors(problems);
    if (problems.length) return;
    try {
      await onSave({
        name: name.trim(),
        definition: definition.trim(),
        direction: direction as MetricDirection,
        population: population.trim() || undefined,
        // An empty optional field clears it (null), as the API expects.
        dataSource: dataSource.trim() || null,
        ratePer: metric.kind === 'RATE' && ratePer.trim() ? Number(ratePer.trim()) : undefined,
        unit: metric.kind === 'MEAN' ? unit.trim() || null : undefined,
        referenceCode,
        baselinePeriod: baseline || null,
        followUpPeriod: followUp || null,
        confidenceLevel: level as ConfidenceLevel,
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
      <TextInput
        id="metric-name"
        label="Name"
        hint="Short, as it will read in sentences"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errorFor(errors, 'metric-name')}
        autoComplete="off"
      />
      <Textarea id="metric-definition" label="Definition" rows={4} value={definition} onChange={(e) => setDefinition(e.target.value)} error={errorFor(errors, 'metric-definition')} />
      {metric.kind === 'RATE' && (
        <TextInput id="metric-rate-per" label="Rate per" inputMode="numeric" width={10} value={ratePer} onChange={(e) => setRatePer(e.target.value)} error={errorFor(errors, 'metric-rate-per')} />
      )}
      {metric.kind === 'MEAN' && <TextInput id="metric-unit" label="Unit (optional)" width={20} value={unit} onChange={(e) => setUnit(e.target.value)} error={errorFor(errors, 'metric-unit')} />}
      <Radios<MetricDirection>
        id="metric-direction"
        legend="Which way is better?"
        value={direction}
        onChange={setDirection}
        error={errorFor(errors, 'metric-direction')}
        options={[
          { value: 'HIGHER_IS_BETTER', label: 'Higher is better' },
          { value: 'LOWER_IS_BETTER', label: 'Lower is better' },
        ]}
      />
      <TextInput
        id="metric-population"
        label="Who is counted"
        hint='As sentences should say it, for example "women giving birth"'
        value={population}
        onChange={(e) => setPopulation(e.target.value)}
        error={errorFor(errors, 'metric-population')}
      />
      <TextInput id="metric-data-source" label="Data source (optional)" value={dataSource} onChange={(e) => setDataSource(e.target.value)} error={errorFor(errors, 'metric-data-source')} />
      <SelectInput
        id={FIELD_IDS.referenceCode}
        label="Compare groups with"
        hint="The reference group; in charts and sentences, its high-level group"
        value={referenceCode}
        onChange={(e) => setReferenceCode(e.target.value)}
        error={errorFor(errors, FIELD_IDS.referenceCode)}
        options={categories.filter((c) => c.code !== 'Z').map((c) => ({ value: c.code, label: `${c.label} (${c.onsGroup})` }))}
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
      {metric.periods.length > 1 && (
        <>
          <SelectInput
            id={FIELD_IDS.baselinePeriod}
            label="Baseline period"
            value={baseline}
            onChange={(e) => setBaseline(e.target.value)}
            error={errorFor(errors, FIELD_IDS.baselinePeriod)}
            options={periodOptions(metric.baselinePeriod, 'The earliest, when the period names tell (default)')}
          />
          <SelectInput
            id={FIELD_IDS.followUpPeriod}
            label="Follow-up period"
            value={followUp}
            onChange={(e) => setFollowUp(e.target.value)}
            error={errorFor(errors, FIELD_IDS.followUpPeriod)}
            options={periodOptions(metric.followUpPeriod, 'The latest, when the period names tell (default)')}
          />
        </>
      )}
      <div className="nhsuk-button-group">
        <button className="nhsuk-button" type="submit">
          Save changes
        </button>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { formErrors } from '../forms/api-errors';
import { ErrorSummary, errorFor, type FormError } from '../forms/error-summary';
import { TextInput } from '../forms/fields';
import type { UpdateMetricInput } from '../gql/graphql';
import { number, scaled, unitOf, type MetricScale } from './evidence-format';

const IDS = { target: 'spc-target', recalculationPeriods: 'spc-recalculation' };
const FIELD_IDS = { 'input.target': IDS.target, 'input.recalculationPeriods': IDS.recalculationPeriods };

interface SpcSettingsFormProps {
  scale: MetricScale;
  /** The metric's periods in order; limits can be recalculated from any but the first. */
  periods: string[];
  target: number | null;
  recalculationPeriods: string[];
  busy: boolean;
  onSave(changes: Pick<UpdateMetricInput, 'target' | 'recalculationPeriods'>): Promise<void>;
}

/** The analyst's SPC settings: a target (shown as the metric shows values) and the periods from which the limits are recalculated. */
export function SpcSettingsForm({ scale, periods, target, recalculationPeriods, busy, onSave }: SpcSettingsFormProps) {
  const [targetText, setTargetText] = useState(target === null ? '' : number(scaled(scale, target)).replace(/,/g, ''));
  const [marked, setMarked] = useState<string[]>(recalculationPeriods);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState(false);
  const factor = scaled(scale, 1);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    const text = targetText.trim().replace(/,/g, '').replace(/%$/, '');
    const value = text ? Number(text) : null;
    if (value !== null && !Number.isFinite(value)) return setErrors([{ field: IDS.target, message: 'Enter the target as a number, or leave it empty' }]);
    if (value !== null && scale.kind === 'PROPORTION' && (value < 0 || value > 100)) return setErrors([{ field: IDS.target, message: 'Enter a target from 0 to 100%' }]);
    setErrors([]);
    try {
      await onSave({ target: value === null ? null : value / factor, recalculationPeriods: periods.filter((p) => marked.includes(p)) });
      setSaved(true);
    } catch (error) {
      setErrors(formErrors(error, FIELD_IDS));
    }
  }

  const toggle = (period: string, on: boolean) => setMarked(on ? [...marked, period] : marked.filter((p) => p !== period));
  return (
    <form onSubmit={onSubmit} noValidate aria-label="SPC settings">
      <ErrorSummary errors={errors} />
      {saved && (
        <p className="nhsuk-body" role="status">
          SPC settings saved.
        </p>
      )}
      <TextInput
        id={IDS.target}
        label="Target (optional)"
        hint={`For the assurance icon, in ${unitOf(scale).trim() || 'the metric’s unit'}. Leave empty for none.`}
        width={10}
        inputMode="decimal"
        value={targetText}
        error={errorFor(errors, IDS.target)}
        onChange={(e) => setTargetText(e.target.value)}
      />
      <div className={`nhsuk-form-group${errorFor(errors, IDS.recalculationPeriods) ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset" id={IDS.recalculationPeriods} aria-describedby={`${IDS.recalculationPeriods}-hint`}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Recalculate the limits from</legend>
          <div className="nhsuk-hint" id={`${IDS.recalculationPeriods}-hint`}>
            Mark the period a change was made, once the process has settled: the mean and limits are calculated afresh from there.
          </div>
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            {periods.slice(1).map((period, i) => (
              <div className="nhsuk-checkboxes__item" key={period}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={`${IDS.recalculationPeriods}-${i}`}
                  type="checkbox"
                  checked={marked.includes(period)}
                  onChange={(e) => toggle(period, e.target.checked)}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${IDS.recalculationPeriods}-${i}`}>
                  {period}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={busy}>
        Save SPC settings
      </button>
      {target !== null && <p className="nhsuk-body-s">Current target: {`${number(scaled(scale, target))}${unitOf(scale)}`}.</p>}
    </form>
  );
}

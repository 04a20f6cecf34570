import { useState, type FormEvent } from 'react';
import { formErrors } from '../forms/api-errors';
import { ErrorSummary, type FormError } from '../forms/error-summary';

const ID = 'round-to-five';

interface RoundingFormProps {
  roundToFive: boolean;
  busy: boolean;
  onSave(roundToFive: boolean): Promise<void>;
}

/**
 * The metric's rounding of counts to the nearest 5 (`Metric.roundToFive`), a disclosure setting:
 * offered only to those who may change values (`canEditValues`), since the server refuses it to
 * anyone else. It applies to those who see small numbers hidden, and to every export and file.
 */
export function RoundingForm({ roundToFive, busy, onSave }: RoundingFormProps) {
  const [checked, setChecked] = useState(roundToFive);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSaved('');
    try {
      await onSave(checked);
      setErrors([]);
      setSaved(checked ? 'Counts are now rounded to the nearest 5.' : 'Counts are now shown as they are.');
    } catch (error) {
      setErrors(formErrors(error, { 'input.roundToFive': ID }));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${ID}-heading`}>
      <h4 className="nhsuk-heading-s" id={`${ID}-heading`}>
        Rounding of counts
      </h4>
      <ErrorSummary errors={errors} />
      {saved && (
        <p className="nhsuk-body" role="status">
          {saved}
        </p>
      )}
      <div className="nhsuk-form-group">
        <div className="nhsuk-checkboxes">
          <div className="nhsuk-checkboxes__item">
            <input className="nhsuk-checkboxes__input" id={ID} type="checkbox" aria-describedby={`${ID}-hint`} checked={checked} onChange={(e) => setChecked(e.target.checked)} />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={ID}>
              Round counts to the nearest 5
            </label>
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${ID}-hint`}>
              For team members who see small numbers hidden, and in every export and download. Rates, percentages and intervals are still worked out from the exact counts.
            </div>
          </div>
        </div>
      </div>
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={busy}>
        Save rounding
      </button>
    </form>
  );
}

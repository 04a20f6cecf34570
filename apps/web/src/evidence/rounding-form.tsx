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
 * The form stays in place as it saves (the page says the result through its announcer), so
 * focus stays on Save rounding: aria-disabled while busy, since a disabled button drops focus.
 */
export function RoundingForm({ roundToFive, busy, onSave }: RoundingFormProps) {
  const [checked, setChecked] = useState(roundToFive);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState('');
  // Someone else's change, read again, shows here (React's "adjusting state when a prop changes").
  const [shown, setShown] = useState(roundToFive);
  if (shown !== roundToFive) {
    setShown(roundToFive);
    setChecked(roundToFive);
  }

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
      {/* Said by the page's announcer; not a live region of its own, which would say it twice. */}
      {saved && <p className="nhsuk-body">{saved}</p>}
      <div className="nhsuk-form-group">
        <div className="nhsuk-checkboxes">
          <div className="nhsuk-checkboxes__item">
            <input className="nhsuk-checkboxes__input" id={ID} type="checkbox" aria-describedby={`${ID}-hint`} checked={checked} onChange={(e) => setChecked(e.target.checked)} />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={ID}>
              Round counts to the nearest 5
            </label>
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${ID}-hint`}>
              For team members who see small numbers hidden, and in every export and download. Percentages, rates, intervals, charts and sentences are then worked out from the rounded counts, so no
              figure gives an exact count back; you still see the values as entered, but the sentences you copy quote the rounded figures.
            </div>
          </div>
        </div>
      </div>
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" aria-disabled={busy}>
        Save rounding
      </button>
    </form>
  );
}

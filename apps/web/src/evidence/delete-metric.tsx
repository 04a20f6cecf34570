import { useEffect, useRef, useState } from 'react';
import { problemsFrom } from '../forms/api-errors';

interface DeleteMetricProps {
  name: string;
  periods: number;
  busy: boolean;
  /** Deletes the metric; the page moves on when it resolves. */
  onDelete(): Promise<void>;
}

/** "Delete this metric", then a warning that asks to confirm, as the NHS pattern for destructive actions. */
export function DeleteMetric({ name, periods, busy, onDelete }: DeleteMetricProps) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    // Back to the button that opened the question, once it has been asked and answered "no".
    else if (asked.current) deleteButton.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);

  async function onConfirm() {
    setProblem('');
    try {
      await onDelete();
    } catch (error) {
      setProblem(problemsFrom(error)[0].message);
    }
  }

  if (!confirming)
    return (
      <button className="nhsuk-button nhsuk-button--warning" type="button" ref={deleteButton} onClick={() => setConfirming(true)}>
        Delete this metric
      </button>
    );
  return (
    <div className="nhsuk-warning-callout">
      <h3 className="nhsuk-warning-callout__label" ref={confirmHeading} tabIndex={-1}>
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Delete {name}?
        </span>
      </h3>
      <p>{periods ? `Its values for ${periods} ${periods === 1 ? 'period' : 'periods'}, its` : 'Its'} links to judging criteria and its charts will be deleted too. This cannot be undone.</p>
      {problem && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {problem}
        </p>
      )}
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--warning" type="button" onClick={onConfirm} disabled={busy}>
          Yes, delete this metric
        </button>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setConfirming(false)}>
          No, keep it
        </button>
      </div>
    </div>
  );
}

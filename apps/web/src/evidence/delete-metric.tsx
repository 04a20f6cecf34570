import { useEffect, useRef, useState } from 'react';
import { ConfirmDelete } from '../forms/confirm-delete';

interface DeleteMetricProps {
  name: string;
  periods: number;
  busy: boolean;
  /** Deletes the metric; the page moves on when it resolves. */
  onDelete(): Promise<void>;
}

/** "Delete this metric", then a warning that asks to confirm (forms/confirm-delete.tsx). */
export function DeleteMetric({ name, periods, busy, onDelete }: DeleteMetricProps) {
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    // Back to the button that opened the question, once it has been asked and answered "no".
    if (!confirming && asked.current) deleteButton.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);

  if (!confirming)
    return (
      <button className="nhsuk-button nhsuk-button--warning" type="button" ref={deleteButton} onClick={() => setConfirming(true)}>
        Delete this metric
      </button>
    );
  return (
    <ConfirmDelete
      question={`Delete ${name}?`}
      consequence={`${periods ? `Its values for ${periods} ${periods === 1 ? 'period' : 'periods'}, its` : 'Its'} links to judging criteria and its charts will be deleted too. This cannot be undone.`}
      confirm="Yes, delete this metric"
      busy={busy}
      disabled={busy}
      onConfirm={onDelete}
      onCancel={() => setConfirming(false)}
    />
  );
}

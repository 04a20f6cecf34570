import { useEffect, useRef, useState, type ReactNode } from 'react';
import { problemsFrom } from './api-errors';
import { WarningCallout } from '../layout/warning-callout';

interface ConfirmDeleteProps {
  /** The heading's question, e.g. "Delete Sepsis screening?". */
  question: ReactNode;
  /** What else goes with it, and that it cannot be undone. */
  consequence: ReactNode;
  /** The confirming button's words, e.g. "Yes, delete this metric". */
  confirm: string;
  /** A delete under way: a second "yes" does nothing. */
  busy: boolean;
  /** Whether the confirming button shows as unavailable while busy. */
  disabled?: boolean;
  /** Deletes; a refusal is shown under the consequence. */
  onConfirm(): Promise<void>;
  /** "No, keep it". */
  onCancel(): void;
}

/** The question before something is deleted, as the NHS pattern for destructive actions; its heading is focused when it appears. */
export function ConfirmDelete({ question, consequence, confirm, busy, disabled, onConfirm, onCancel }: ConfirmDeleteProps) {
  const [problem, setProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  async function onYes() {
    if (busy) return;
    setProblem('');
    try {
      await onConfirm();
    } catch (error) {
      setProblem(problemsFrom(error)[0].message);
    }
  }

  return (
    <WarningCallout level={3} heading={question} headingRef={heading}>
      <p>{consequence}</p>
      {problem && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {problem}
        </p>
      )}
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--warning" type="button" onClick={onYes} disabled={disabled}>
          {confirm}
        </button>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel}>
          No, keep it
        </button>
      </div>
    </WarningCallout>
  );
}

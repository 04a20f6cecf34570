import type { ReactNode } from 'react';

interface SubmitOrCancelProps {
  /** The submitting button's words; null leaves it out (nothing to submit yet). */
  submit: ReactNode;
  /** Closes the form, putting back what was shown before. */
  onCancel(): void;
  /** Small buttons, for a form in a panel or beside the text. */
  small?: boolean;
  /** A send under way: the submitting button is disabled until it ends. */
  sending?: boolean;
  /** Any buttons between the two, e.g. "Remove link". */
  children?: ReactNode;
}

/** The buttons under a form: the first submits it, the last (Cancel) closes it. */
export function SubmitOrCancel({ submit, onCancel, small, sending, children }: SubmitOrCancelProps) {
  const size = small ? ' nhsuk-button--small' : '';
  return (
    <div className="nhsuk-button-group">
      {submit && (
        <button className={`nhsuk-button${size}`} type="submit" disabled={sending}>
          {submit}
        </button>
      )}
      {children}
      <button className={`nhsuk-button nhsuk-button--secondary${size}`} type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/** The buttons under a form that changes something in place: save submits it, cancel puts back what was shown before. */
export function SaveOrCancel({ onCancel }: { onCancel(): void }) {
  return <SubmitOrCancel submit="Save changes" onCancel={onCancel} />;
}

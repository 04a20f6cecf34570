/** The buttons under a form that changes something in place: save submits it, cancel puts back what was shown before. */
export function SaveOrCancel({ onCancel }: { onCancel(): void }) {
  return (
    <div className="nhsuk-button-group">
      <button className="nhsuk-button" type="submit">
        Save changes
      </button>
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

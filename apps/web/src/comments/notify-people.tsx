import { ROLE_LABELS, type Role } from '@quorum/domain';

export interface Person {
  id: string;
  name: string;
  role: Role;
}

/**
 * "Let people know": members to mention, as plain checkboxes rather than an @-autocomplete, so
 * that it works the same with a keyboard and a screen reader. Folded away: most comments need none.
 */
export function NotifyPeople({ idPrefix, people, chosen, onChange }: { idPrefix: string; people: Person[]; chosen: string[]; onChange: (ids: string[]) => void }) {
  if (people.length === 0) return null;
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <details className="nhsuk-details app-notify-people">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Let people know{chosen.length > 0 && ` (${chosen.length} chosen)`}</span>
      </summary>
      <div className="nhsuk-details__text">
        <fieldset className="nhsuk-fieldset" aria-describedby={`${idPrefix}-hint`}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Who should be told about this comment?</legend>
          <div className="nhsuk-hint" id={`${idPrefix}-hint`}>
            They get a notification that you mentioned them.
          </div>
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            {people.map((person) => (
              <div className="nhsuk-checkboxes__item" key={person.id}>
                <input className="nhsuk-checkboxes__input" id={`${idPrefix}-${person.id}`} type="checkbox" checked={chosen.includes(person.id)} onChange={(e) => toggle(person.id, e.target.checked)} />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${idPrefix}-${person.id}`}>
                  {person.name} <span className="nhsuk-u-secondary-text-colour">({ROLE_LABELS[person.role].toLowerCase()})</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </details>
  );
}

import { useId, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { ROLE_LABELS } from '@quorum/domain';
import type { Person } from './notify-people';

/** The @word being typed just before the caret, if any: its start and the letters after @. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([\p{L}\p{N}'’.-]{0,30})$/u.exec(text.slice(0, caret));
  return match ? { start: caret - match[2].length - 1, query: match[2] } : null;
}

/** Members whose name has a word starting with the query (all of them for a bare @), at most 8. */
export function matchingPeople(people: Person[], query: string): Person[] {
  const q = query.toLocaleLowerCase('en-GB');
  return people
    .filter(
      (p) =>
        !q ||
        p.name
          .toLocaleLowerCase('en-GB')
          .split(/\s+/)
          .some((word) => word.startsWith(q)) ||
        p.name.toLocaleLowerCase('en-GB').startsWith(q),
    )
    .slice(0, 8);
}

interface MentionTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'role'> {
  id: string;
  value: string;
  onValueChange(value: string): void;
  /** The entry's members who may be mentioned. */
  people: Person[];
  /** A member picked from the list: their name is now in the text. */
  onMention(person: Person): void;
  textareaRef?: React.RefObject<HTMLTextAreaElement | null>;
}

/**
 * A comment's textarea where typing @ lists the entry's members to pick from, as the ARIA
 * combobox pattern with a listbox popup (APG, "Editable Combobox With List Autocomplete"): focus
 * stays in the text, Up and Down move through the list (aria-activedescendant), Enter or Tab
 * picks, Escape closes it. Picking writes "@Name " in place of what was typed and reports the
 * member, whom the form sends in `mentionedUserIds`.
 */
export function MentionTextarea({ id, value, onValueChange, people, onMention, textareaRef, ...rest }: MentionTextareaProps) {
  const listId = useId();
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const ref = textareaRef ?? ownRef;
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  /** The @ the person closed the list on with Escape: it stays closed until they type another. */
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const at = mentionQuery(value, caret);
  const options = at ? matchingPeople(people, at.query) : [];
  const open = !!at && options.length > 0 && dismissedAt !== at.start;
  const current = open ? Math.min(active, options.length - 1) : -1;

  function track(target: HTMLTextAreaElement) {
    setCaret(target.selectionStart ?? target.value.length);
  }

  function pick(person: Person) {
    if (!at) return;
    const before = value.slice(0, at.start);
    const after = value.slice(caret);
    const inserted = `@${person.name} `;
    onValueChange(before + inserted + after);
    onMention(person);
    const position = before.length + inserted.length;
    setCaret(position);
    setActive(0);
    requestAnimationFrame(() => ref.current?.setSelectionRange(position, position));
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(options[current]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDismissedAt(at!.start);
    }
  }

  return (
    <div className="app-mention">
      <textarea
        {...rest}
        id={id}
        ref={ref}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${options[current].id}` : undefined}
        onChange={(e) => {
          onValueChange(e.target.value);
          track(e.target);
          setActive(0);
        }}
        onSelect={(e) => track(e.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={() => setDismissedAt(at?.start ?? null)}
        onFocus={() => setDismissedAt(null)}
      />
      <ul className="app-mention__list" id={listId} role="listbox" aria-label="Members to mention" hidden={!open}>
        {open &&
          options.map((person, i) => (
            <li
              key={person.id}
              id={`${listId}-${person.id}`}
              role="option"
              aria-selected={i === current}
              className={`app-mention__option${i === current ? ' app-mention__option--active' : ''}`}
              // Before the textarea's blur, so that a click picks rather than closes.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(person);
              }}
            >
              {person.name} <span className="nhsuk-u-secondary-text-colour">({ROLE_LABELS[person.role].toLowerCase()})</span>
            </li>
          ))}
      </ul>
    </div>
  );
}

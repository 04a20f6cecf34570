import { useRef, useState } from 'react';
import { ErrorMessage } from '../forms/fields';
import { formatDateTime, formatDateTimeToSecond } from '../format';
import { useAnnounce } from '../layout/announcer';
import { CURRENT_TEXT, RevisionCompare, type CompareEnd } from './revision-compare';
import { revisionLabel } from './revision-label';

interface PickRevision {
  id: string;
  name: string | null;
  createdAt: string;
  version: number;
  authors: { name: string }[];
}

interface Props {
  sectionId: string;
  /** Newest first, as the history lists them. */
  revisions: PickRevision[];
}

const CURRENT = '';

/**
 * A choice's words: the name first when there is one, so that named revisions are easy to find,
 * when it was saved (to the second, with the text's version, where another was saved in the same
 * minute, `toTheSecond`: two can share a second) and whose edits it saved.
 */
function optionText(r: PickRevision, toTheSecond: boolean): string {
  const by = r.authors.length ? `, by ${r.authors.map((a) => a.name).join(', ')}` : '';
  const saved = toTheSecond ? `${formatDateTimeToSecond(r.createdAt)} (version ${r.version})` : formatDateTime(r.createdAt);
  return `${r.name ? `“${r.name}”, saved` : 'Saved'} ${saved}${by}`;
}

/** The revisions saved in the same minute as another (browser walk: their choices read alike). */
function sharingAMinute(revisions: PickRevision[]): Set<string> {
  const minutes = new Map<string, string[]>();
  for (const r of revisions) minutes.set(formatDateTime(r.createdAt), [...(minutes.get(formatDateTime(r.createdAt)) ?? []), r.id]);
  return new Set([...minutes.values()].filter((ids) => ids.length > 1).flat());
}

/**
 * Any two versions of the section, chosen by the reader, compared word by word: two native
 * selects (each revision, or the current text) and a button, so it works by keyboard and
 * with any screen reader. Focus goes to the comparison's heading, and back to the button when
 * it is closed.
 */
export function ComparePicker({ sectionId, revisions }: Props) {
  // By default the newest revision against the current text: what changed since the last save.
  const [from, setFrom] = useState(revisions[0]?.id ?? CURRENT);
  const [to, setTo] = useState(CURRENT);
  const [problem, setProblem] = useState('');
  const [compared, setCompared] = useState<{ from: CompareEnd; to: CompareEnd } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const announce = useAnnounce();
  const id = `compare-${sectionId}`;
  const toTheSecond = sharingAMinute(revisions);

  const end = (value: string): CompareEnd => {
    const revision = revisions.find((r) => r.id === value);
    return revision ? { id: revision.id, label: revisionLabel(revision, toTheSecond.has(revision.id)) } : CURRENT_TEXT;
  };

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (from === to) {
      setProblem('Choose two different versions to compare.');
      announce('Choose two different versions to compare.');
      setCompared(null);
      return;
    }
    setProblem('');
    setCompared({ from: end(from), to: end(to) });
  }

  const options = (
    <>
      <option value={CURRENT}>The current text</option>
      {revisions.map((r) => (
        <option key={r.id} value={r.id}>
          {optionText(r, toTheSecond.has(r.id))}
        </option>
      ))}
    </>
  );

  return (
    <div className="app-revisions__compare" data-testid="compare-picker">
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Compare two versions</legend>
          <div className={`app-revisions__pick${problem ? ' nhsuk-form-group--error' : ''}`}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={`${id}-from`}>
                From
              </label>
              <select className="nhsuk-select" id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
                {options}
              </select>
            </div>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={`${id}-to`}>
                To
              </label>
              <ErrorMessage id={`${id}-to`} error={problem} />
              <select
                className={`nhsuk-select${problem ? ' nhsuk-select--error' : ''}`}
                id={`${id}-to`}
                value={to}
                onChange={(e) => setTo(e.target.value)}
                aria-describedby={problem ? `${id}-to-error` : undefined}
              >
                {options}
              </select>
            </div>
            <button className="nhsuk-button nhsuk-button--secondary" type="submit" ref={button}>
              Compare
            </button>
          </div>
        </fieldset>
      </form>
      {compared && (
        <RevisionCompare
          key={`${compared.from.id}-${compared.to.id}`}
          sectionId={sectionId}
          from={compared.from}
          to={compared.to}
          onClose={() => {
            setCompared(null);
            button.current?.focus();
          }}
        />
      )}
    </div>
  );
}

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { problemsFrom } from '../forms/api-errors';
import { ErrorMessage } from '../forms/fields';
import { formatDateTime } from '../format';
import { useAnnounce } from '../layout/announcer';
import { TableHead } from '../layout/table-head';
import { ComparePicker } from './compare-picker';
import { CURRENT_TEXT, RevisionCompare } from './revision-compare';
import { revisionLabel } from './revision-label';
import { useNameRevision, useRestoreRevision, useRevisions } from './use-revisions';
import './revisions.css';
import { WarningCallout } from '../layout/warning-callout';

// The preview brings the section's Markdown parser (markdown-it, about 50 kB gzipped): it loads when a revision is first opened.
const MarkdownPreview = lazy(() => import('./markdown-preview').then((m) => ({ default: m.MarkdownPreview })));

const REASONS: Record<string, string> = {
  edits: 'Edits',
  pause: 'A pause in editing',
  replace: 'Replaced through the API',
  restore: 'Restored an earlier revision',
  'before-restore': 'Before a restore',
  accept: 'Accepted suggestions',
  figure: 'Figures from the evidence updated',
  reject: 'Rejected suggestions',
};

interface Revision {
  id: string;
  name: string | null;
  createdAt: string;
  reason: string;
  wordCount: number;
  markdown: string;
  authors: { id: string; name: string }[];
}

const authorsOf = (revision: Revision) => revision.authors.map((a) => a.name).join(', ') || 'Nobody recorded';

interface RevisionHistoryProps {
  entryId: string;
  sectionId: string;
  canEdit: boolean;
  /** Each change opens the history and moves focus to it (from "This section's text could not be shown"). */
  openRequests?: number;
}

/** A section's saved revisions: each can be read and, by those who may edit, restored after a confirmation. */
export function RevisionHistory({ entryId, sectionId, canEdit, openRequests = 0 }: RevisionHistoryProps) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  // Opened from a row's "Name" action: the view opens at its name field.
  const [naming, setNaming] = useState(false);
  const [done, setDone] = useState('');
  const { revisions, total, loading, error, refetch } = useRevisions(entryId, sectionId, open);
  const shown = revisions.find((r) => r.id === viewing);
  /** Opens a revision's view, at its name field when `toName`. */
  const show = (id: string, toName: boolean) => () => {
    setNaming(toName);
    setViewing(id);
  };

  useEffect(() => {
    setViewing(null);
    setDone('');
  }, [sectionId]);

  useEffect(() => {
    if (!openRequests || !details.current) return;
    details.current.open = true;
    details.current.querySelector('summary')?.focus();
  }, [openRequests]);

  return (
    <details className="nhsuk-details app-revisions" id="section-revisions" ref={details} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="revision-history">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Revision history</span>
      </summary>
      <div className="nhsuk-details__text">
        {done && (
          // Said through the page's live region when it happens; this keeps it on screen.
          <p className="nhsuk-body app-revisions__done">{done}</p>
        )}
        {loading && <p className="nhsuk-body">Loading the revisions…</p>}
        {error && <p className="nhsuk-error-message">{problemsFrom(error)[0].message}</p>}
        {!loading && !error && revisions.length === 0 && <p className="nhsuk-body">No revisions yet. One is saved every few minutes while people write.</p>}
        {revisions.length > 0 && (
          <table className="nhsuk-table app-revisions__table">
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">
              {total > revisions.length ? `The latest ${revisions.length} of ${total} revisions` : 'Saved revisions'}, newest first
            </caption>
            <TableHead columns={['Saved', 'By', { label: 'Words', numeric: true }, { label: 'Actions', visuallyHidden: true }]} />
            <tbody className="nhsuk-table__body">
              {revisions.map((revision) => (
                <tr className="nhsuk-table__row" key={revision.id} data-testid="revision-row">
                  <td className="nhsuk-table__cell">
                    {revision.name && (
                      <strong className="app-revisions__name">
                        <span className="nhsuk-u-visually-hidden">Named </span>“{revision.name}”{' '}
                      </strong>
                    )}
                    {formatDateTime(revision.createdAt)}
                    <span className="app-revisions__reason">{REASONS[revision.reason] ?? revision.reason}</span>
                  </td>
                  <td className="nhsuk-table__cell">{authorsOf(revision)}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{revision.wordCount}</td>
                  <td className="nhsuk-table__cell">
                    <div className="app-revisions__actions">
                      <button className="app-link-button" type="button" onClick={show(revision.id, false)} aria-pressed={viewing === revision.id}>
                        View<span className="nhsuk-u-visually-hidden"> the revision saved {formatDateTime(revision.createdAt)}</span>
                      </button>
                      {canEdit && (
                        <button className="app-link-button" type="button" onClick={show(revision.id, true)}>
                          {revision.name ? 'Rename' : 'Name'}
                          <span className="nhsuk-u-visually-hidden"> the revision saved {formatDateTime(revision.createdAt)}</span>
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {revisions.length > 0 && <ComparePicker key={sectionId} sectionId={sectionId} revisions={revisions} />}
        {shown && (
          <RevisionView
            key={`${shown.id}-${naming ? 'naming' : 'reading'}`}
            revision={shown}
            focusName={naming}
            sectionId={sectionId}
            canEdit={canEdit}
            onNamed={() => void refetch()}
            onClose={() => setViewing(null)}
            onRestored={(message) => {
              setViewing(null);
              setDone(message);
              void refetch();
            }}
          />
        )}
      </div>
    </details>
  );
}

interface ViewProps {
  revision: Revision;
  /** Focus the name field rather than the heading (opened from the row's "Name"). */
  focusName?: boolean;
  sectionId: string;
  canEdit: boolean;
  onNamed(): void;
  onClose(): void;
  onRestored(message: string): void;
}

function RevisionView({ revision, sectionId, canEdit, focusName = false, onClose, onRestored, onNamed }: ViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const { restore, restoring } = useRestoreRevision();
  const [comparing, setComparing] = useState(false);
  const announce = useAnnounce();
  const saved = formatDateTime(revision.createdAt);

  useEffect(() => {
    if (focusName && canEdit) document.getElementById(`revision-name-${revision.id}`)?.focus();
    else heading.current?.focus();
  }, [focusName, canEdit, revision.id]);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  async function onConfirm() {
    setProblem('');
    try {
      await restore(revision.id);
      announce(`The revision saved ${saved} has been restored.`);
      onRestored(`The revision saved ${saved} has been restored. The text before it is kept as a revision too.`);
    } catch (error) {
      setProblem(problemsFrom(error)[0].message);
    }
  }

  return (
    <section className="app-revision" aria-labelledby="revision-heading" data-testid="revision-view">
      <h3 className="nhsuk-heading-s" id="revision-heading" ref={heading} tabIndex={-1}>
        Revision saved {saved}
      </h3>
      <p className="nhsuk-body-s">
        {revision.name && <>Named “{revision.name}”. </>}By {authorsOf(revision)}. {revision.wordCount} words.
      </p>
      {canEdit && <RevisionName key={revision.id} revision={revision} onNamed={onNamed} />}
      {comparing ? (
        <RevisionCompare sectionId={sectionId} from={{ id: revision.id, label: revisionLabel(revision) }} to={CURRENT_TEXT} onClose={() => setComparing(false)} />
      ) : (
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setComparing(true)}>
          Compare with current
        </button>
      )}
      <div className="app-revision__text" data-testid="revision-text">
        {revision.markdown ? (
          <Suspense fallback={<p>Loading the revision’s text…</p>}>
            <MarkdownPreview markdown={revision.markdown} />
          </Suspense>
        ) : (
          <p>This revision is empty.</p>
        )}
      </div>
      {problem && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {problem}
        </p>
      )}
      {confirming ? (
        <WarningCallout level={4} heading="Restore this revision?" headingRef={confirmHeading} className="app-revision__confirm">
          <p>The section’s text will become what it was on {saved}, for everyone working on it. The current text is kept as a revision, so you can change your mind.</p>
          <div className="nhsuk-button-group">
            <button className="nhsuk-button nhsuk-button--warning" type="button" onClick={onConfirm} disabled={restoring}>
              Yes, restore this revision
            </button>
            <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setConfirming(false)}>
              No, keep the current text
            </button>
          </div>
        </WarningCallout>
      ) : (
        <div className="nhsuk-button-group">
          {canEdit && (
            <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setConfirming(true)}>
              Restore this revision
            </button>
          )}
          <button className="app-link-button" type="button" onClick={onClose}>
            Close this revision
          </button>
        </div>
      )}
    </section>
  );
}

/** A name for the revision, e.g. "Sent to the patient panel": whoever may edit the section. */
function RevisionName({ revision, onNamed }: { revision: Revision; onNamed(): void }) {
  const [value, setValue] = useState(revision.name ?? '');
  const [problem, setProblem] = useState('');
  const { name, naming } = useNameRevision();
  const announce = useAnnounce();

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setProblem('');
    try {
      await name(revision.id, value);
      announce(value.trim() ? `The revision is named “${value.trim()}”.` : 'The revision’s name is removed.');
      onNamed();
    } catch (error) {
      setProblem(problemsFrom(error)[0].message);
    }
  }

  return (
    <form className="app-revision__name" onSubmit={onSubmit} noValidate>
      <div className={`nhsuk-form-group${problem ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={`revision-name-${revision.id}`}>
          Name this revision (optional)
        </label>
        <ErrorMessage id={`revision-name-${revision.id}`} error={problem} />
        <input
          className="nhsuk-input nhsuk-input--width-20"
          id={`revision-name-${revision.id}`}
          maxLength={120}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby={problem ? `revision-name-${revision.id}-error` : undefined}
        />
      </div>
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={naming}>
        Save the name
      </button>
    </form>
  );
}

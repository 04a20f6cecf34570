import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { ROLE_LABELS } from '@quorum/domain';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, type FormError } from '../forms/error-summary';
import { PageHeading } from '../layout/page-heading';
import { WorkflowControls } from '../sign-off/workflow-controls';
import { ClosingLine } from './closing-line';
import { EntryHeaderFragment } from './entry-header.fragment';
import { EntryNav } from './entry-nav';
import { EntryStateTag } from './entry-state-tag';

interface EntryHeaderProps {
  /** The entry as the page's query returns it, with `...EntryHeader` spread (masked: this reads its own fields). */
  entry: FragmentType<typeof EntryHeaderFragment>;
  /** What this page of the entry is, for the document title, e.g. "Team". */
  page: string;
  /** Before the award category above the title, e.g. "Review – ". */
  captionPrefix?: string;
  /** Problems to show in the error summary, which goes after the breadcrumb, before the title. */
  errors?: FormError[];
  /** False on a section's page: focus goes to the section's heading on arrival, next to its text. */
  focusTitle?: boolean;
  /** False where the page shows the lead's workflow controls elsewhere (a section's page, beside the text): its refusals come in `errors`. */
  workflow?: boolean;
}

const NONE: FormError[] = [];

/** Breadcrumb, title, state and role, and the entry's navigation: the top of every page of an entry. */
export function EntryHeader({ entry: from, page, captionPrefix = '', errors: pageErrors = NONE, focusTitle = true, workflow = true }: EntryHeaderProps) {
  const { data: entry, complete } = useFragment({ fragment: EntryHeaderFragment, from });
  // The lead's workflow controls report their refusals here too: one error summary per page.
  const [workflowErrors, setWorkflowErrors] = useState<FormError[]>(NONE);
  const errors = useMemo(() => (workflowErrors.length ? [...pageErrors, ...workflowErrors] : pageErrors), [pageErrors, workflowErrors]);
  // The page's query brought these fields into the cache before the page rendered; nothing to show until then.
  if (!complete) return null;
  return (
    <>
      <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
        <ol className="nhsuk-breadcrumb__list">
          <li className="nhsuk-breadcrumb__list-item">
            <Link className="nhsuk-breadcrumb__link" to="/">
              Your entries
            </Link>
          </li>
        </ol>
        <Link className="nhsuk-back-link" to="/">
          <span className="nhsuk-u-visually-hidden">Back to </span>Your entries
        </Link>
      </nav>
      <ErrorSummary errors={errors} />
      <PageHeading title={`${page} – ${entry.title}`} caption={`${captionPrefix}${entry.template.name}`} error={errors.length > 0} focusKey={entry.id} takesFocus={focusTitle}>
        {entry.title}
      </PageHeading>
      <p className="nhsuk-body app-entry-meta">
        <EntryStateTag state={entry.state} />
        <span>
          Your role: <strong>{ROLE_LABELS[entry.viewerRole]}</strong>
        </span>
        <ClosingLine entryId={entry.id} />
      </p>
      {workflow && <WorkflowControls entryId={entry.id} onErrors={setWorkflowErrors} />}
      <EntryNav entryId={entry.id} />
    </>
  );
}

import { Link } from 'react-router';
import { problemsFrom } from '../forms/api-errors';
import { PageHeading } from './page-heading';

export function Loading({ what = 'page' }: { what?: string }) {
  return (
    <p className="nhsuk-body" role="status">
      Loading the {what}…
    </p>
  );
}

/** A page whose data could not be loaded: say why in plain words, with a way on. */
export function LoadFailed({ error, notFound }: { error: unknown; notFound: string }) {
  const problems = problemsFrom(error);
  const missing = problems.some((p) => p.code === 'NOT_FOUND');
  return (
    <>
      <PageHeading title={missing ? 'Page not found' : 'Sorry, there is a problem'}>{missing ? 'Page not found' : 'Sorry, there is a problem'}</PageHeading>
      <p className="nhsuk-body">{missing ? notFound : problems[0]?.message}</p>
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to="/">
          Go to your entries
        </Link>
      </p>
    </>
  );
}

import { problemsFrom } from '../forms/api-errors';
import { ProblemPage } from './not-found-page';

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
  return <ProblemPage title={missing ? 'Page not found' : 'Sorry, there is a problem'} message={missing ? notFound : problems[0]?.message} />;
}

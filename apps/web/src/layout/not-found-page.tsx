import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from './page-heading';

/** A page that cannot be shown: what is wrong, in plain words, with a way on. */
export function ProblemPage({ title, message }: { title: string; message: ReactNode }) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="nhsuk-body">{message}</p>
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to="/">
          Go to your entries
        </Link>
      </p>
    </>
  );
}

export function NotFoundPage() {
  return <ProblemPage title="Page not found" message="If you typed the web address, check it is correct. If you pasted it, check you copied the whole address." />;
}

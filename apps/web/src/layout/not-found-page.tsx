import { Link } from 'react-router';
import { PageHeading } from './page-heading';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p className="nhsuk-body">If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.</p>
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to="/">
          Go to your entries
        </Link>
      </p>
    </>
  );
}

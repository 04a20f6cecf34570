import type { ReactNode } from 'react';
import { NarrowColumn } from '../layout/narrow-column';
import { PageHeading } from '../layout/page-heading';
import { ErrorSummary, type FormError } from './error-summary';

/** A page that is one form: the error summary above the h1, and the document title starting "Error:" while it shows. */
export function FormPage({ title, errors, children }: { title: string; errors: FormError[]; children: ReactNode }) {
  return (
    <NarrowColumn>
      <ErrorSummary errors={errors} />
      <PageHeading title={title} error={errors.length > 0}>
        {title}
      </PageHeading>
      {children}
    </NarrowColumn>
  );
}

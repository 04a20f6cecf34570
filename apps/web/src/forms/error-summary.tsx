import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

/** One problem to show: `field` is the id of the control at fault, when there is one; `to` an address elsewhere in the app where it is put right. */
export interface FormError {
  message: string;
  field?: string;
  to?: string;
}

/** Moves focus to a control and brings its label into view, as nhsuk-frontend's script does. */
function focusField(id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  control.focus({ preventScroll: true });
  (control.closest('.nhsuk-form-group') ?? control).scrollIntoView?.();
}

/**
 * The NHS error summary: at the top of the page, focused when it appears so that it is read out,
 * each problem linking to its field. Its heading is an h2 at the top of a page; a form under an
 * h3 (a panel, or a part of a page) gives `headingLevel` one below that, to keep the outline in order.
 */
export function ErrorSummary({ errors, headingLevel = 2 }: { errors: FormError[]; headingLevel?: 2 | 3 | 4 }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="nhsuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <Heading className="nhsuk-error-summary__heading">There is a problem</Heading>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((error, i) => (
              <li key={i}>
                {error.field ? (
                  <a
                    href={`#${error.field}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(error.field!);
                    }}
                  >
                    {error.message}
                  </a>
                ) : error.to ? (
                  <Link to={error.to}>{error.message}</Link>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** The message for one control, if any. */
export const errorFor = (errors: FormError[], field: string) => errors.find((e) => e.field === field)?.message;

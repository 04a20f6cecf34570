import type { ReactNode } from 'react';

/** A page of reading width: one column two thirds wide, as NHS pages with a form or a few paragraphs are laid out. */
export function NarrowColumn({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}

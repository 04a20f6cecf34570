import type { ReactNode } from 'react';

/** A column heading with more than words: right-aligned for figures, or read only by screen readers. */
export interface Column {
  label: ReactNode;
  numeric?: boolean;
  visuallyHidden?: boolean;
}

const isColumn = (column: ReactNode | Column): column is Column => typeof column === 'object' && column !== null && 'label' in column;

/** A table's row of column headings, in NHS.UK's table classes; a `false` column is left out. */
export function TableHead({ columns }: { columns: (ReactNode | Column | false)[] }) {
  return (
    <thead className="nhsuk-table__head">
      <tr className="nhsuk-table__row">
        {columns.map((column, i) => {
          if (column === false) return null;
          const { label, numeric, visuallyHidden } = isColumn(column) ? column : { label: column };
          return (
            // The headings are fixed for the table's life: their place is their key.
            <th scope="col" className={numeric ? 'nhsuk-table__header nhsuk-table__header--numeric' : 'nhsuk-table__header'} key={i}>
              {visuallyHidden ? <span className="nhsuk-u-visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

import { CombinedGraphQLErrors } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { formErrors } from '../forms/api-errors';
import { ErrorSummary, errorFor, type FormError } from '../forms/error-summary';
import type { MetricKind } from '../gql/graphql';
import { TableHead } from '../layout/table-head';
import { ReplaceValuesCheckbox, Textarea } from './controls';
import type { EthnicCategory } from './use-evidence';

/** One bad row of a CSV file, as the server reports it in `extensions.problems`. */
export interface CsvProblem {
  line: number;
  column: string;
  reason: string;
}

/** The bad rows the server reported for an import, if that is what went wrong. */
export function csvProblemsFrom(error: unknown): CsvProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => (Array.isArray(e.extensions?.problems) ? (e.extensions.problems as CsvProblem[]) : []));
}

/** The error summary's items: every bad row, linked to the CSV box. */
export const csvProblemErrors = (problems: CsvProblem[], field: string): FormError[] =>
  problems.map((p) => ({ field, message: `Line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.reason}` }));

const HEADERS: Record<MetricKind, string> = {
  PROPORTION: 'period,ethnic_code,numerator,denominator',
  RATE: 'period,ethnic_code,numerator,denominator',
  MEAN: 'period,ethnic_code,mean,sd,n',
};

const EXAMPLES: Record<MetricKind, string> = {
  PROPORTION: 'Baseline,A,120,200\nBaseline,N,30,80\nFollow-up,A,150,210\nFollow-up,N,60,90',
  RATE: 'Baseline,A,12,4000\nBaseline,N,9,1500\nFollow-up,A,10,4100\nFollow-up,N,5,1600',
  MEAN: 'Baseline,A,62.5,20.1,48\nBaseline,N,75.0,25.3,30',
};

interface ImportValuesFormProps {
  metricId: string;
  kind: MetricKind;
  busy: boolean;
  categories: EthnicCategory[];
  onImport(csv: string, replace: boolean): Promise<number>;
}

/**
 * Paste or choose a CSV file of values. The import is all or nothing: on failure every bad row
 * is listed in the error summary, with its line, column and reason.
 */
export function ImportValuesForm({ metricId, kind, busy, categories, onImport }: ImportValuesFormProps) {
  const field = `csv-${metricId}`;
  const [csv, setCsv] = useState('');
  const [replace, setReplace] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [problems, setProblems] = useState<CsvProblem[]>([]);
  const [done, setDone] = useState<string>();

  async function onFile(file: File | undefined) {
    if (!file) return;
    setCsv(await file.text());
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(undefined);
    setProblems([]);
    if (!csv.trim()) return setErrors([{ field, message: 'Paste the values as CSV, or choose a CSV file' }]);
    try {
      const written = await onImport(csv, replace);
      setErrors([]);
      setCsv('');
      setDone(`${written} ${written === 1 ? 'value was' : 'values were'} imported.`);
    } catch (e) {
      const rows = csvProblemsFrom(e);
      setProblems(rows);
      setErrors(rows.length ? csvProblemErrors(rows, field) : formErrors(e, { csv: field }).map((f) => ({ ...f, field: f.field ?? field })));
    }
  }

  const fieldError = problems.length ? `${problems.length} ${problems.length === 1 ? 'row has a problem' : 'rows have problems'}; nothing was imported` : errorFor(errors, field);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Import values">
      <ErrorSummary errors={errors} headingLevel={4} />
      {done && (
        <div className="nhsuk-inset-text" role="status">
          <p>{done}</p>
        </div>
      )}
      <Textarea
        id={field}
        label="Values as CSV"
        hint={
          <>
            The first line must be <code>{HEADERS[kind]}</code>. One row per period and ethnic category code. If any row has a problem, nothing is imported.
          </>
        }
        rows={8}
        spellCheck={false}
        className="app-csv"
        value={csv}
        onChange={(e) => setCsv(e.target.value)}
        error={fieldError}
        placeholder={`${HEADERS[kind]}\n${EXAMPLES[kind]}`}
      />
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={`${field}-file`}>
          Or choose a CSV file
        </label>
        <input className="nhsuk-file-upload" id={`${field}-file`} type="file" accept=".csv,text/csv" onChange={(e) => onFile(e.target.files?.[0])} />
      </div>
      <ReplaceValuesCheckbox id={`${field}-replace`} same="period and code" checked={replace} onChange={setReplace} />
      {problems.length > 0 && (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Rows with problems</caption>
          <TableHead columns={['Line', 'Column', 'Problem']} />
          <tbody className="nhsuk-table__body">
            {problems.map((p, i) => (
              <tr className="nhsuk-table__row" key={i}>
                <td className="nhsuk-table__cell">{p.line}</td>
                <td className="nhsuk-table__cell">{p.column}</td>
                <td className="nhsuk-table__cell">{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {categories.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Ethnic category codes</span>
          </summary>
          <div className="nhsuk-details__text">
            <ul className="nhsuk-list">
              {categories.map((c) => (
                <li key={c.code}>
                  <strong>{c.code}</strong>: {c.label} ({c.onsGroup})
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
      <button className="nhsuk-button" type="submit">
        Import values
      </button>
    </form>
  );
}

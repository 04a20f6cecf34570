import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, type FormError } from '../forms/error-summary';
import type { MetricKind, PreviewValuesFileMutation as Preview } from '../gql/graphql';
import { ReplaceValuesCheckbox } from './controls';
import { ImportValuesFileMutation, PreviewValuesFileMutation } from './import-file.mutation';

type Field = 'period' | 'ethnicity' | 'numerator' | 'denominator' | 'mean' | 'sd' | 'n';
const FIELDS: Record<MetricKind, Field[]> = {
  PROPORTION: ['period', 'ethnicity', 'numerator', 'denominator'],
  RATE: ['period', 'ethnicity', 'numerator', 'denominator'],
  MEAN: ['period', 'ethnicity', 'mean', 'sd', 'n'],
};
const FIELD_LABELS: Record<Field, string> = {
  period: 'Period',
  ethnicity: 'Ethnic category (NHS code or name)',
  numerator: 'Numerator',
  denominator: 'Denominator',
  mean: 'Mean',
  sd: 'Standard deviation',
  n: 'Number of people',
};

interface Note {
  row: number;
  column: string;
  reason: string;
}

/** A file's bytes as base64, as the API takes them. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

const problemsOf = (error: unknown): Note[] => (CombinedGraphQLErrors.is(error) ? error.errors.flatMap((e) => (Array.isArray(e.extensions?.problems) ? (e.extensions.problems as Note[]) : [])) : []);

/**
 * A CSV or Excel file as it comes from a BI tool or a spreadsheet: choose it, see what Quorum
 * read (the header, the first rows), say which column holds what (suggested from the headers),
 * then import. All or nothing: every bad row is listed with its row number and reason.
 */
export function ImportFileForm({ metricId, kind }: { metricId: string; kind: MetricKind }) {
  const id = `file-${metricId}`;
  const [preview, { loading: reading }] = useMutation(PreviewValuesFileMutation);
  const [importFile, { loading: importing }] = useMutation(ImportValuesFileMutation, { refetchQueries: ['EntryEvidence'], awaitRefetchQueries: true });
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [read, setRead] = useState<Preview['previewValuesFile'] | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<Field, string>>>({});
  const [replace, setReplace] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [problems, setProblems] = useState<Note[]>([]);
  const [done, setDone] = useState<{ written: number; skipped: Note[] } | null>(null);

  function failed(e: unknown) {
    const rows = problemsOf(e);
    setProblems(rows);
    setErrors(
      rows.length
        ? rows.map((p) => ({ field: id, message: `${p.row ? `Row ${p.row}` : 'The file'}${p.column ? `, column ${p.column}` : ''}: ${p.reason}` }))
        : [{ field: id, message: CombinedGraphQLErrors.is(e) ? e.errors[0].message : 'The file could not be read' }],
    );
  }

  async function onChoose(chosen: File | undefined) {
    setDone(null);
    setProblems([]);
    setErrors([]);
    setRead(null);
    if (!chosen) return setFile(null);
    const next = { name: chosen.name, base64: await base64Of(chosen) };
    setFile(next);
    try {
      const result = (await preview({ variables: { input: { metricId, file: next.base64, fileName: next.name } } })).data!.previewValuesFile;
      setRead(result);
      setMapping(Object.fromEntries(FIELDS[kind].map((f) => [f, result.suggestedMapping[f] ?? ''])));
    } catch (e) {
      failed(e);
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file || !read || importing) return;
    const missing = FIELDS[kind].filter((f) => !mapping[f]);
    if (missing.length) return setErrors(missing.map((f) => ({ field: `${id}-${f}`, message: `Choose the column that holds the ${FIELD_LABELS[f].toLowerCase()}` })));
    try {
      const result = (await importFile({ variables: { input: { metricId, file: file.base64, fileName: file.name, mapping: mapping as { period: string; ethnicity: string }, replace } } })).data!
        .importValuesFile;
      setErrors([]);
      setProblems([]);
      setRead(null);
      setFile(null);
      setDone({ written: result.written, skipped: result.skipped });
    } catch (e) {
      failed(e);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Import a file">
      <ErrorSummary errors={errors} headingLevel={4} />
      {done && (
        <div className="nhsuk-inset-text" role="status">
          <p>
            {done.written} {done.written === 1 ? 'value was' : 'values were'} imported from the file.
            {done.skipped.length > 0 && ` ${done.skipped.length} ${done.skipped.length === 1 ? 'row was' : 'rows were'} passed over:`}
          </p>
          {done.skipped.length > 0 && (
            <ul>
              {done.skipped.map((s) => (
                <li key={s.row}>
                  Row {s.row}: {s.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={id}>
          Choose a CSV or Excel (.xlsx) file
        </label>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          Any column names: you say which column holds what. Ethnic categories as NHS codes or names; 99 or Not known for not known; * or blank for a hidden count.
        </div>
        <input className="nhsuk-file-upload" id={id} type="file" accept=".csv,.xlsx,text/csv" aria-describedby={`${id}-hint`} onChange={(e) => void onChoose(e.target.files?.[0])} />
      </div>
      {reading && <p className="nhsuk-body">Reading the file…</p>}
      {read && (
        <>
          <p className="nhsuk-body">
            The header is on row {read.headerRow}; {read.rowCount} {read.rowCount === 1 ? 'row' : 'rows'} under it. Which column holds what?
          </p>
          {FIELDS[kind].map((f) => (
            <div className="nhsuk-form-group" key={f}>
              <label className="nhsuk-label" htmlFor={`${id}-${f}`}>
                {FIELD_LABELS[f]}
              </label>
              <select className="nhsuk-select" id={`${id}-${f}`} value={mapping[f] ?? ''} onChange={(e) => setMapping({ ...mapping, [f]: e.target.value })}>
                <option value="">Choose a column</option>
                {read.headers
                  .filter((h) => h)
                  .map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
              </select>
            </div>
          ))}
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">The first rows, as read</caption>
            <thead className="nhsuk-table__head">
              <tr>
                {read.headers.map((h, i) => (
                  <th scope="col" key={i}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {read.sampleRows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <ReplaceValuesCheckbox id={`${id}-replace`} same="period and category" checked={replace} onChange={setReplace} />
          <button className="nhsuk-button" type="submit" aria-disabled={importing}>
            Import the file
          </button>
        </>
      )}
      {problems.length > 0 && (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Rows with problems: nothing was imported</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {problems.map((p, i) => (
              <tr key={i}>
                <td>{p.row}</td>
                <td>{p.column}</td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </form>
  );
}

import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { ErrorSummary, type FormError } from '../forms/error-summary';
import type { MetricKind, SuppressionMark } from '../gql/graphql';
import type { EthnicCategory } from './use-evidence';
import { SetMetricValuesMutation } from './values-grid.query';

/** How the table marks a cell that exports hide: the reason only for those who see every value; primary and secondary look alike to anyone else. */
export const MARK_LABELS: Record<SuppressionMark, string> = {
  PRIMARY: 'Hidden in exports: a small count',
  SECONDARY: 'Hidden in exports: it would reveal a small count',
  WITHHELD: 'Hidden',
};

/** The 2013 European Standard Population's age bands, which a rate's values may come by (age-standardised rates). */
const AGE_BANDS = ['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85-89', '90+'];

type Figure = 'numerator' | 'denominator' | 'mean' | 'sd' | 'n';
const FIGURES: Record<MetricKind, Figure[]> = { PROPORTION: ['numerator', 'denominator'], RATE: ['numerator', 'denominator'], MEAN: ['mean', 'sd', 'n'] };
const FIGURE_LABELS: Record<Figure, string> = { numerator: 'Numerator', denominator: 'Denominator', mean: 'Mean', sd: 'SD', n: 'n' };

interface Row {
  key: number;
  period: string;
  ethnicCode: string;
  /** A rate's age band ('' for all ages): shown, and kept when the values are saved. */
  ageBand: string;
  figures: Partial<Record<Figure, string>>;
  suppressed: SuppressionMark | null;
}

let nextKey = 0;

/**
 * The metric's values as a table: read by every member, with the cells exports hide marked;
 * typed in and saved at once (one setMetricValues, replacing the metric's values) by those
 * who may change values. A bad cell is named in the error summary by its row and column.
 */
/** A value as the evidence page's query reads it. */
export interface ValueCell {
  period: string;
  ethnicCode: string;
  ageBand?: string | null;
  numerator?: number | null;
  denominator?: number | null;
  mean?: number | null;
  sd?: number | null;
  n?: number | null;
  suppressed?: SuppressionMark | null;
}

interface ValuesGridProps {
  metricId: string;
  kind: MetricKind;
  categories: EthnicCategory[];
  values: ValueCell[];
  /** The viewer may change values (`canEditValues`: only those who see every value). */
  editable: boolean;
}

export function ValuesGrid({ metricId, kind, categories, values, editable }: ValuesGridProps) {
  const [save, { loading: saving }] = useMutation(SetMetricValuesMutation, { refetchQueries: ['EntryEvidence'], awaitRefetchQueries: true });
  const [rows, setRows] = useState<Row[] | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState('');
  const figures = FIGURES[kind];
  const shown: Row[] =
    rows ??
    values.map((v) => ({
      key: nextKey++,
      period: v.period,
      ethnicCode: v.ethnicCode,
      ageBand: v.ageBand ?? '',
      figures: Object.fromEntries(figures.map((f) => [f, v[f] == null ? '' : String(v[f])])),
      suppressed: v.suppressed ?? null,
    }));
  const label = (code: string) => categories.find((c) => c.code === code)?.label ?? code;
  // Rates entered by age band (for age-standardised rates) show each row's band.
  const banded = shown.some((r) => r.ageBand);

  function change(key: number, update: Partial<Row> | ((row: Row) => Row)) {
    setDone('');
    setRows(shown.map((r) => (r.key !== key ? r : typeof update === 'function' ? update(r) : { ...r, ...update })));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const input = shown.map((r) => ({
      period: r.period,
      ethnicCode: r.ethnicCode,
      ageBand: r.ageBand || null,
      ...Object.fromEntries(figures.map((f) => [f, r.figures[f]?.trim() ? Number(r.figures[f]!.replace(/,/g, '')) : null])),
    }));
    const notNumbers = shown.flatMap((r, i) =>
      figures
        .filter((f) => r.figures[f]?.trim() && !Number.isFinite(Number(r.figures[f]!.replace(/,/g, ''))))
        .map((f) => ({ field: `value-${r.key}-${f}`, message: `Row ${i + 1}: the ${f} is not a number` })),
    );
    if (notNumbers.length) return setErrors(notNumbers);
    try {
      const result = await save({ variables: { input: { metricId, values: input, replace: true } } });
      setErrors([]);
      setRows(null);
      setDone(`${result.data!.setMetricValues.written} values saved.`);
    } catch (e) {
      const fields = CombinedGraphQLErrors.is(e) ? e.errors.flatMap((x) => (Array.isArray(x.extensions?.fields) ? (x.extensions.fields as { field: string; message: string }[]) : [])) : [];
      setErrors(
        fields.length
          ? fields.map((f) => {
              const [, at, key] = /^input\.values\.(\d+)\.?(\w*)$/.exec(f.field) ?? [];
              const row = shown[Number(at)];
              return { field: row ? `value-${row.key}-${key || 'period'}` : 'values-grid', message: `Row ${Number(at) + 1}: ${f.message}` };
            })
          : [{ field: 'values-grid', message: e instanceof Error ? e.message : 'The values could not be saved' }],
      );
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} />
      {done && (
        <div className="nhsuk-inset-text" role="status">
          <p>{done}</p>
        </div>
      )}
      {/* Five columns do not fit a phone: the table scrolls in its own region, never the page (WCAG 1.4.10); focusable to scroll by keyboard. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="app-table-scroll" role="region" aria-labelledby="values-grid-caption" tabIndex={0}>
        <table className="nhsuk-table" id="values-grid">
          <caption className="nhsuk-table__caption" id="values-grid-caption">
            Values as entered{editable ? ' (type to change them, then save)' : ''}
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Ethnic category</th>
              {banded && <th scope="col">Age band</th>}
              {figures.map((f) => (
                <th scope="col" key={f}>
                  {FIGURE_LABELS[f]}
                </th>
              ))}
              <th scope="col">In exports</th>
              {editable && <th scope="col">Remove</th>}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {shown.map((r, i) => {
              /** What ties a cell's control to its row's field: its id, its name for screen readers, its value and its change. */
              const bind = (field: 'period' | 'ethnicCode' | 'ageBand', name: string) => ({
                id: `value-${r.key}-${field}`,
                'aria-label': `Row ${i + 1} ${name}`,
                value: r[field],
                onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => change(r.key, { [field]: e.target.value }),
              });
              return (
                <tr key={r.key}>
                  <td>{editable ? <input className="nhsuk-input nhsuk-input--width-10" {...bind('period', 'period')} /> : r.period}</td>
                  <td>
                    {editable ? (
                      <select className="nhsuk-select" {...bind('ethnicCode', 'ethnic category')}>
                        {categories.map((c) => (
                          <option key={c.code} value={c.code}>
                            {c.code}: {c.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      `${label(r.ethnicCode)} (${r.ethnicCode})`
                    )}
                  </td>
                  {banded && (
                    <td>
                      {editable ? (
                        <select className="nhsuk-select" {...bind('ageBand', 'age band')}>
                          <option value="">All ages</option>
                          {AGE_BANDS.map((band) => (
                            <option key={band} value={band}>
                              {band}
                            </option>
                          ))}
                        </select>
                      ) : (
                        r.ageBand || 'All ages'
                      )}
                    </td>
                  )}
                  {figures.map((f) => (
                    <td key={f}>
                      {editable ? (
                        <input
                          className="nhsuk-input nhsuk-input--width-5"
                          id={`value-${r.key}-${f}`}
                          inputMode="decimal"
                          aria-label={`Row ${i + 1} ${FIGURE_LABELS[f]}`}
                          value={r.figures[f] ?? ''}
                          onChange={(e) => change(r.key, (row) => ({ ...row, figures: { ...row.figures, [f]: e.target.value } }))}
                        />
                      ) : (
                        (r.figures[f] ?? '') || (r.suppressed ? 'hidden' : '')
                      )}
                    </td>
                  ))}
                  <td>{r.suppressed ? <strong className="nhsuk-tag nhsuk-tag--grey">{MARK_LABELS[r.suppressed]}</strong> : 'Shown'}</td>
                  {editable && (
                    <td>
                      <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" onClick={() => setRows(shown.filter((x) => x.key !== r.key))}>
                        Remove<span className="nhsuk-u-visually-hidden"> row {i + 1}</span>
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editable && (
        <div className="nhsuk-button-group">
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="button"
            onClick={() =>
              setRows([...shown, { key: nextKey++, period: shown.at(-1)?.period ?? '', ethnicCode: categories[0]?.code ?? 'A', ageBand: shown.at(-1)?.ageBand ?? '', figures: {}, suppressed: null }])
            }
          >
            Add a row
          </button>
          <button className="nhsuk-button" type="submit" aria-disabled={saving}>
            Save values
          </button>
        </div>
      )}
    </form>
  );
}

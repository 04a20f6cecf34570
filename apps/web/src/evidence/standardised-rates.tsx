import { count, formatEstimate, type MetricScale } from './evidence-format';
import type { MetricAnalysis } from './use-evidence';

/**
 * A rate entered by age band: each group's directly age-standardised rate per period (2013
 * European Standard Population, Dobson's interval) beside its crude rate, as the server gives
 * them (evidence/age-standardised.ts on the server). Figures hidden from the viewer read "Hidden".
 */
export function StandardisedRates({ name, scale, analysis }: { name: string; scale: MetricScale; analysis: MetricAnalysis }) {
  if (!analysis.ageStandardised || analysis.standardisedRates.length === 0) return null;
  const hidden = 'Hidden (small numbers)';
  return (
    <>
      <h3 className="nhsuk-heading-m">Age-standardised rates</h3>
      <p className="nhsuk-body">
        The values come by age band. Each group’s rate is standardised to the 2013 European Standard Population (its age bands weighted as that population’s), so that groups with younger or older
        people can be compared; the crude rate is beside it. No age-standardised rate is shown under 10 events.
      </p>
      {/* Six columns do not fit a phone: the table scrolls in its own region (WCAG 1.4.10); focusable to scroll by keyboard. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="app-table-scroll" role="region" aria-labelledby="standardised-rates-caption" tabIndex={0}>
        <table className="nhsuk-table" id="standardised-rates">
          <caption className="nhsuk-table__caption" id="standardised-rates-caption">
            {name}: age-standardised and crude rates by group and period
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Period</th>
              <th scope="col">Events</th>
              <th scope="col">Population</th>
              <th scope="col">Age-standardised rate</th>
              <th scope="col">Crude rate</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {analysis.standardisedRates.map((r) => (
              <tr key={`${r.group}-${r.period}`}>
                <th scope="row">
                  {r.group}
                  {r.isReference && <span className="nhsuk-u-visually-hidden"> (reference group)</span>}
                </th>
                <td>{r.period}</td>
                <td>{r.events === null ? hidden : count(r.events)}</td>
                <td>{r.population === null ? hidden : count(r.population)}</td>
                <td>{r.suppressed ? hidden : formatEstimate(scale, r.value)}</td>
                <td>{r.suppressed ? hidden : formatEstimate(scale, r.crude)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

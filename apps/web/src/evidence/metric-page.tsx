import { Link, useParams } from 'react-router';
import { EntryHeader } from '../entries/entry-header';
import { LoadFailed, Loading } from '../layout/loading';
import { DIRECTION_LABELS, KIND_LABELS } from './evidence-format';
import './evidence.css';
import { NOT_FOUND } from './evidence-page';
import { ImportValuesForm } from './import-values-form';
import { BeforeAfterChart, GapOverTimeChart } from './metric-chart';
import { MetricResults } from './metric-results';
import { useEvidence, useImportMetricValues } from './use-evidence';

/** One metric: what it measures, its results, charts with tables, and importing its values. */
export function MetricPage() {
  const { entryId = '', metricId = '' } = useParams();
  const { entry, ethnicCategories, loading, error } = useEvidence(entryId);
  const { importValues, loading: importing } = useImportMetricValues();
  if (loading) return <Loading what="metric" />;
  if (!entry) return <LoadFailed error={error} notFound={NOT_FOUND} />;
  const metric = entry.metrics.find((m) => m.id === metricId);
  if (!metric)
    return (
      <>
        <EntryHeader entry={entry} page="Metric not found" caption={entry.template.name} />
        <p className="nhsuk-body">We could not find that metric. It may have been deleted.</p>
        <p className="nhsuk-body">
          <Link className="nhsuk-link" to={`/entries/${entry.id}/evidence`}>
            Go to the entry's evidence
          </Link>
        </p>
      </>
    );

  return (
    <>
      <EntryHeader entry={entry} page={metric.name} caption={entry.template.name} />
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to={`/entries/${entry.id}/evidence`}>
          All evidence
        </Link>
      </p>
      <h2 className="nhsuk-heading-m">{metric.name}</h2>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Definition</dt>
          <dd className="nhsuk-summary-list__value">{metric.definition}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Kind</dt>
          <dd className="nhsuk-summary-list__value">
            {KIND_LABELS[metric.kind]}
            {metric.kind === 'RATE' && metric.ratePer ? ` (per ${metric.ratePer.toLocaleString('en-GB')})` : ''}
            {metric.kind === 'MEAN' && metric.unit ? ` (${metric.unit})` : ''}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Which way is better</dt>
          <dd className="nhsuk-summary-list__value">{DIRECTION_LABELS[metric.direction]}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Data source</dt>
          <dd className="nhsuk-summary-list__value">{metric.dataSource ?? 'Not given'}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Compared with</dt>
          <dd className="nhsuk-summary-list__value">{metric.analysis.referenceGroup}</dd>
        </div>
      </dl>

      <h3 className="nhsuk-heading-m">Results</h3>
      <MetricResults scale={metric} analysis={metric.analysis} />

      {metric.analysis.hasData && (
        <>
          <h3 className="nhsuk-heading-m">Charts</h3>
          <BeforeAfterChart name={metric.name} scale={metric} analysis={metric.analysis} />
          <GapOverTimeChart name={metric.name} scale={metric} analysis={metric.analysis} />
        </>
      )}

      {entry.abilities.canEditEvidence && (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <h3 className="nhsuk-heading-m">Import values</h3>
            <ImportValuesForm metricId={metric.id} kind={metric.kind} busy={importing} categories={ethnicCategories} onImport={(csv, replace) => importValues(metric.id, csv, replace)} />
          </div>
        </div>
      )}
    </>
  );
}

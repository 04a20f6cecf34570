import { useRef, useState, type RefObject } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { EntryHeader } from '../entries/entry-header';
import { useAnnounce } from '../layout/announcer';
import { LoadFailed, Loading } from '../layout/loading';
import { DeleteMetric } from './delete-metric';
import { EditMetricForm, type MetricChanges } from './edit-metric-form';
import './evidence.css';
import { NOT_FOUND } from './evidence-page';
import { ImportValuesForm } from './import-values-form';
import { BeforeAfterChart, GapOverTimeChart } from './metric-chart';
import { MetricDetails } from './metric-details';
import { MetricResults } from './metric-results';
import { DataQualityReport, SpcCharts } from './spc-chart';
import { SpcSettingsForm } from './spc-settings-form';
import { ValuesGrid } from './values-grid';
import { ImportFileForm } from './import-file-form';
import { RoundingForm } from './rounding-form';
import { StandardisedRates } from './standardised-rates';
import { useDeleteMetric, useEvidence, useImportMetricValues, useUpdateMetric } from './use-evidence';

/** One metric: what it measures (changed in place), its results, charts with tables, importing its values, and deleting it. */
export function MetricPage() {
  const { entryId = '', metricId = '' } = useParams();
  const { entry, ethnicCategories, loading, error } = useEvidence(entryId);
  const { run: importValues, loading: importing } = useImportMetricValues();
  const { run: update, loading: saving } = useUpdateMetric();
  const { run: remove, loading: removing } = useDeleteMetric();
  const [editing, setEditing] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [saved, setSaved] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();
  const announce = useAnnounce();
  if (loading) return <Loading what="metric" />;
  if (!entry) return <LoadFailed error={error} notFound={NOT_FOUND} />;
  const metric = entry.metrics.find((m) => m.id === metricId);
  // Between the deletion and the move to the evidence page, the metric is already gone from the cache.
  if (!metric && deleted) return <Loading what="evidence" />;
  if (!metric)
    return (
      <>
        <EntryHeader entry={entry} page="Metric not found" />
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
      <EntryHeader entry={entry} page={metric.name} />
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to={`/entries/${entry.id}/evidence`}>
          All evidence
        </Link>
      </p>
      <h2 className="nhsuk-heading-m" ref={heading} tabIndex={-1}>
        {metric.name}
      </h2>
      {saved && (
        <div className="nhsuk-inset-text">
          <p>{saved}</p>
        </div>
      )}
      {editing ? (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <EditMetricForm metric={metric} categories={ethnicCategories} busy={saving} onSave={onSave} onCancel={() => closeForm('', changeButton)} />
          </div>
        </div>
      ) : (
        <>
          <MetricDetails metric={metric} />
          {entry.abilities.canEditEvidence && (
            <button className="nhsuk-button nhsuk-button--secondary" type="button" ref={changeButton} onClick={openForm}>
              Change details<span className="nhsuk-u-visually-hidden"> of {metric.name}</span>
            </button>
          )}
        </>
      )}

      <h3 className="nhsuk-heading-m">Results</h3>
      <MetricResults scale={metric} analysis={metric.analysis} onChoosePeriods={entry.abilities.canEditEvidence ? openForm : undefined} />
      <StandardisedRates name={metric.name} scale={metric} analysis={metric.analysis} />

      {metric.analysis.hasData && (
        <>
          <h3 className="nhsuk-heading-m">Charts</h3>
          <BeforeAfterChart name={metric.name} scale={metric} analysis={metric.analysis} />
          <GapOverTimeChart name={metric.name} scale={metric} analysis={metric.analysis} />
          <SpcCharts name={metric.name} scale={metric} charts={metric.analysis.spc} />
          {entry.abilities.canEditEvidence && (
            <details className="nhsuk-details">
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">Target and recalculation points</span>
              </summary>
              <div className="nhsuk-details__text">
                <SpcSettingsForm
                  scale={metric}
                  periods={metric.periods}
                  target={metric.target}
                  recalculationPeriods={metric.recalculationPeriods}
                  busy={saving}
                  onSave={async (changes) => {
                    await update({ metricId, ...changes });
                    announce('SPC settings saved.');
                  }}
                />
              </div>
            </details>
          )}
          <DataQualityReport quality={metric.analysis.dataQuality} />
        </>
      )}

      <h3 className="nhsuk-heading-m">Values</h3>
      <ValuesGrid metricId={metric.id} kind={metric.kind} categories={ethnicCategories} values={metric.values} editable={entry.abilities.canEditValues} />
      {/* A disclosure setting: only those who may change values may change it (evidence.values). */}
      {entry.abilities.canEditValues ? (
        <RoundingForm
          roundToFive={metric.roundToFive}
          busy={saving}
          onSave={async (roundToFive) => {
            await update({ metricId, roundToFive });
            announce(roundToFive ? 'Counts are now rounded to the nearest 5.' : 'Counts are now shown as they are.');
          }}
        />
      ) : (
        metric.roundToFive && <p className="nhsuk-body">Counts are rounded to the nearest 5, and percentages, rates, intervals, charts and sentences are worked out from the rounded counts.</p>
      )}
      <p className="nhsuk-body">
        Download the analysis (every value, interval, flag and suppression mark, hidden figures left out as you see them):{' '}
        <a className="nhsuk-link" href={`/metrics/${metric.id}/analysis.csv`} download>
          CSV<span className="nhsuk-u-visually-hidden"> of {metric.name}</span>
        </a>{' '}
        or{' '}
        <a className="nhsuk-link" href={`/metrics/${metric.id}/analysis.xlsx`} download>
          Excel workbook<span className="nhsuk-u-visually-hidden"> of {metric.name}</span>
        </a>
        .
      </p>

      {/* Only those who see every value may change one (disclosure control): others could difference a hidden cell out. */}
      {entry.abilities.canEditValues && (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <h3 className="nhsuk-heading-m">Import values</h3>
            <h4 className="nhsuk-heading-s">From a CSV or Excel file, with its own column names</h4>
            <ImportFileForm metricId={metric.id} kind={metric.kind} />
            <h4 className="nhsuk-heading-s">Or paste CSV</h4>
            <ImportValuesForm metricId={metric.id} kind={metric.kind} busy={importing} categories={ethnicCategories} onImport={(csv, replace) => importValues({ metricId: metric.id, csv, replace })} />
          </div>
        </div>
      )}
      {entry.abilities.canEditEvidence && (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <h3 className="nhsuk-heading-m">Delete this metric</h3>
            <DeleteMetric name={metric.name} periods={metric.periods.length} busy={removing} onDelete={onDelete} />
          </div>
        </div>
      )}
    </>
  );

  function openForm() {
    setSaved('');
    setEditing(true);
  }

  /** Back from the form to the details, with `message` shown and focus on `target` once it is there again. */
  function closeForm(message: string, target: RefObject<HTMLElement | null>) {
    setEditing(false);
    setSaved(message);
    requestAnimationFrame(() => target.current?.focus());
  }

  async function onSave(changes: MetricChanges) {
    const updated = await update({ metricId, ...changes });
    announce(`Changes to ${updated.name} saved.`);
    closeForm('Your changes have been saved.', heading);
  }

  async function onDelete() {
    const name = metric!.name;
    setDeleted(true);
    try {
      await remove({ metricId });
    } catch (error) {
      setDeleted(false);
      throw error;
    }
    announce(`Metric ${name} deleted.`);
    await navigate(`/entries/${entryId}/evidence`);
  }
}

import type { ReactNode } from 'react';
import { DIRECTION_LABELS, KIND_LABELS } from './evidence-format';
import type { EvidenceMetric } from './use-evidence';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** What a metric measures and how it is compared, as a summary list. */
export function MetricDetails({ metric }: { metric: EvidenceMetric }) {
  const { baselinePeriod, followUpPeriod, referenceGroup } = metric.analysis;
  return (
    <dl className="nhsuk-summary-list">
      <Row label="Definition">{metric.definition}</Row>
      <Row label="Kind">
        {KIND_LABELS[metric.kind]}
        {metric.kind === 'RATE' && metric.ratePer ? ` (per ${metric.ratePer.toLocaleString('en-GB')})` : ''}
        {metric.kind === 'MEAN' && metric.unit ? ` (${metric.unit})` : ''}
      </Row>
      <Row label="Which way is better">{DIRECTION_LABELS[metric.direction]}</Row>
      <Row label="Who is counted">{metric.population}</Row>
      <Row label="Data source">{metric.dataSource ?? 'Not given'}</Row>
      <Row label="Compared with">{referenceGroup}</Row>
      <Row label="Baseline and follow-up">{baselinePeriod && followUpPeriod ? `${baselinePeriod} and ${followUpPeriod}` : 'Not enough periods yet'}</Row>
    </dl>
  );
}

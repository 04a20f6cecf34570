import { useState } from 'react';
import { useAnnounce } from '../layout/announcer';
import { CHANGE_LABELS, GAP_LABELS, LEVEL_LABELS, POSITION_LABELS, formatCount, formatEstimate, formatRatio, number, type MetricScale } from './evidence-format';
import type { GroupAnalysis, MetricAnalysis } from './use-evidence';
import { WarningCallout } from '../layout/warning-callout';

type Figures = GroupAnalysis['baseline'];

/** The counts behind a value; hidden small numbers read "fewer than 5". */
function counts(scale: MetricScale, f: Figures, threshold: number): string {
  if (scale.kind === 'MEAN') {
    const n = formatCount(f.n, f.suppressed, threshold);
    return f.mean === null ? `n ${n}` : `mean ${number(f.mean)}, SD ${f.sd === null ? '–' : number(f.sd)}, n ${n}`;
  }
  const denominator = f.denominator === null ? (f.suppressed ? 'a hidden number' : '–') : formatCount(f.denominator, false, threshold);
  return `${formatCount(f.numerator, f.suppressed, threshold)} of ${denominator}`;
}

type Gap = NonNullable<GroupAnalysis['gapBefore']>;
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1).replace(/[.\s]+$/, '')}.`;

/**
 * "Ratio 0.67 (95% CI 0.52 to 0.85); worse than reference", or, with no ratio, sentences: its
 * reason (unless the difference above already gave the same one) and the position. A reason
 * has its own full stop, so it never runs into "; …".
 */
function ratioAndPosition(gap: Gap, scale: MetricScale): string {
  const position = POSITION_LABELS[gap.position];
  if (gap.ratio.available && gap.ratio.estimate !== null) return `Ratio ${formatRatio(gap.ratio, scale.confidenceLevel)}; ${position}`;
  const reason = gap.ratio.reason ?? 'Not enough data';
  return ['No ratio.', reason === gap.difference.reason ? '' : sentence(reason), sentence(position)].filter(Boolean).join(' ');
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

function GroupCard({ group, scale, threshold, reference }: { group: GroupAnalysis; scale: MetricScale; threshold: number; reference: string }) {
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h4 className="nhsuk-card__heading nhsuk-heading-s">
          {group.group}
          {group.isReference && <span className="nhsuk-tag nhsuk-tag--grey app-tag-inline">Reference group</span>}
          {group.narrowedBeyondChance && <span className="nhsuk-tag nhsuk-tag--green app-tag-inline">Gap narrowed</span>}
        </h4>
        <dl className="nhsuk-summary-list">
          <Row label={`Before (${group.baseline.period})`}>
            {formatEstimate(scale, group.baseline.value)}
            <span className="app-counts">{counts(scale, group.baseline, threshold)}</span>
          </Row>
          <Row label={`After (${group.followUp.period})`}>
            {formatEstimate(scale, group.followUp.value)}
            <span className="app-counts">{counts(scale, group.followUp, threshold)}</span>
          </Row>
          <Row label="Change">
            {formatEstimate(scale, group.change, true)}
            <span className="app-counts">{CHANGE_LABELS[group.changeVerdict]}</span>
          </Row>
          {!group.isReference && group.gapBefore && (
            <Row label={`Gap with ${reference} before`}>
              {formatEstimate(scale, group.gapBefore.difference, true)}
              <span className="app-counts">{ratioAndPosition(group.gapBefore, scale)}</span>
            </Row>
          )}
          {!group.isReference && group.gapAfter && (
            <Row label={`Gap with ${reference} after`}>
              {formatEstimate(scale, group.gapAfter.difference, true)}
              <span className="app-counts">{ratioAndPosition(group.gapAfter, scale)}</span>
            </Row>
          )}
          {!group.isReference && group.gapChange && (
            <Row label="Change in the gap">
              {formatEstimate(scale, group.gapChange, true)}
              {group.gapVerdict && <span className="app-counts">{GAP_LABELS[group.gapVerdict]}</span>}
            </Row>
          )}
        </dl>
      </div>
    </div>
  );
}

/** The sentences ready to paste into a section, with a button to copy them. */
export function Sentences({ sentences }: { sentences: string[] }) {
  const announce = useAnnounce();
  const [copied, setCopied] = useState(false);
  if (!sentences.length) return null;
  async function copy() {
    try {
      await navigator.clipboard.writeText(sentences.join(' '));
      setCopied(true);
      announce('Sentences copied.');
    } catch {
      announce('Your browser did not allow copying. Select the sentences and copy them instead.');
    }
  }
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <h4 className="nhsuk-heading-s">In plain words</h4>
      {sentences.map((s, i) => (
        <p key={i}>{s}</p>
      ))}
      <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" onClick={copy}>
        {copied ? 'Copied' : 'Copy sentences'}
      </button>
    </div>
  );
}

/** The methods the analysis used, each with its reference, and its confidence level. */
export function Methods({ analysis }: { analysis: MetricAnalysis }) {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Methods: {LEVEL_LABELS[analysis.confidenceLevel]} confidence intervals</span>
      </summary>
      <div className="nhsuk-details__text">
        <dl className="nhsuk-summary-list" aria-label="Statistical methods">
          {analysis.methods.map((m) => (
            <Row key={m.name} label={m.name}>
              {m.usedFor}.<span className="app-counts">{m.reference}</span>
            </Row>
          ))}
        </dl>
      </div>
    </details>
  );
}

/** Each group's value, change and gap with the reference group. */
export function MetricResults({ scale, analysis, onChoosePeriods }: { scale: MetricScale; analysis: MetricAnalysis; onChoosePeriods?: () => void }) {
  if (!analysis.hasData) return <p className="nhsuk-body">{analysis.message ?? 'This metric has no values yet. Import them below.'}</p>;
  return (
    <>
      {analysis.periodOrder === 'UNCLEAR' ? (
        <WarningCallout level={4} heading="Which period came first?">
          <p>{analysis.message}</p>
          <p>Nothing is compared and no sentence is written until you choose the baseline and follow-up.</p>
          {onChoosePeriods && (
            <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" onClick={onChoosePeriods}>
              Choose the baseline and follow-up
            </button>
          )}
        </WarningCallout>
      ) : (
        analysis.message && <p className="nhsuk-body">{analysis.message}</p>
      )}
      {analysis.baselinePeriod && analysis.followUpPeriod && (
        <p className="nhsuk-body">
          Baseline {analysis.baselinePeriod}, follow-up {analysis.followUpPeriod}
          {analysis.periodOrder === 'CHOSEN' ? ' (chosen).' : ' (in date order from the period names).'}
        </p>
      )}
      <Methods analysis={analysis} />
      {analysis.suppressionApplied && (
        <WarningCallout level={4} heading="Small numbers hidden">
          <p>Counts below {analysis.suppressionThreshold} are hidden, and so are figures that would reveal them, as NHS disclosure control expects.</p>
        </WarningCallout>
      )}
      {analysis.notes.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {analysis.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      <Sentences sentences={analysis.sentences} />
      {analysis.groups.map((g) => (
        <GroupCard key={g.group} group={g} scale={scale} threshold={analysis.suppressionThreshold} reference={analysis.referenceGroup} />
      ))}
    </>
  );
}

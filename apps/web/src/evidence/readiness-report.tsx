import { Link } from 'react-router';
import type { Readiness } from './use-evidence';

/** One check: done, or how many problems it found and a bulleted list of them (`item` gives each its <li>). */
function Task<T>({ label, problems, item }: { label: string; problems: T[]; item: (problem: T, index: number) => React.ReactNode }) {
  const done = problems.length === 0;
  return (
    <li className="nhsuk-task-list__item">
      <div className="nhsuk-task-list__name-and-hint">
        <span>{label}</span>
        {!done && (
          <div className="nhsuk-task-list__hint">
            <ul className="nhsuk-list nhsuk-list--bullet">{problems.map(item)}</ul>
          </div>
        )}
      </div>
      <div className="nhsuk-task-list__status">{done ? 'Done' : <strong className="nhsuk-tag nhsuk-tag--yellow">{`${problems.length} to do`}</strong>}</div>
    </li>
  );
}

/** What stands between the entry and submission, as an NHS task list. */
export function ReadinessReport({ entryId, readiness }: { entryId: string; readiness: Readiness }) {
  const section = (id: string, title: string) => (
    <Link className="nhsuk-link" to={`/entries/${entryId}/sections/${id}`}>
      {title}
    </Link>
  );
  return (
    <>
      <p className="nhsuk-body">{readiness.ready ? <strong className="nhsuk-tag nhsuk-tag--green">Ready to submit</strong> : <strong className="nhsuk-tag nhsuk-tag--yellow">Not ready yet</strong>}</p>
      <ul className="nhsuk-task-list">
        <Task label="Judging criteria covered" problems={readiness.uncoveredCriteria} item={(c) => <li key={c.id}>{c.text}</li>} />
        <Task
          label="Sections within their word limit"
          problems={readiness.sectionsOverWordLimit}
          item={(s) => (
            <li key={s.section.id}>
              {section(s.section.id, s.section.title)}: {s.wordCount} words, limit {s.wordLimit}
            </li>
          )}
        />
        <Task
          label="Figures in the text up to date"
          problems={readiness.figuresOutOfStep}
          item={(f, i) => (
            <li key={`${f.section.id}-${i}`}>
              {section(f.section.id, f.section.title)}: {f.figure.metric?.name ?? 'a deleted metric'}, {f.figure.group} (
              {f.figure.status === 'STALE' ? 'the evidence now words it otherwise' : 'no longer in the evidence'})
            </li>
          )}
        />
        <Task
          label="Sign-offs"
          problems={readiness.missingSignOffs}
          item={(s) => (
            <li key={`${s.section.id}-${s.slotKey}`}>
              {section(s.section.id, s.section.title)}: {s.label}
            </li>
          )}
        />
        <Task
          label="Quantitative evidence"
          problems={readiness.missingQuantitativeEvidence}
          item={(m, i) => (
            <li key={i}>
              {m.metric ? (
                <Link className="nhsuk-link" to={`/entries/${entryId}/evidence/metrics/${m.metric.id}`}>
                  {m.metric.name}
                </Link>
              ) : null}
              {m.metric ? ': ' : ''}
              {m.message}
            </li>
          )}
        />
      </ul>
      {readiness.dataQualityWarnings.length > 0 && (
        <div className="nhsuk-inset-text" data-testid="readiness-data-quality">
          <h3 className="nhsuk-heading-s">Data quality warnings</h3>
          <p>These do not stop submission, but a judge will ask: say in the entry how they affect the figures.</p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {readiness.dataQualityWarnings.map((m, i) => (
              <li key={i}>
                {m.message}
                {m.metric && (
                  <>
                    {' '}
                    <Link className="nhsuk-link" to={`/entries/${entryId}/evidence/metrics/${m.metric.id}`}>
                      See the metric<span className="nhsuk-u-visually-hidden"> {m.metric.name}</span>
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {readiness.checksNotRun.length > 0 && <p className="nhsuk-body">Checks that could not run yet: {readiness.checksNotRun.join(', ')}.</p>}
    </>
  );
}

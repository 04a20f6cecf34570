import { useQuery } from '@apollo/client/react';
import type { Editor } from '@tiptap/react';
import { useState, type FormEvent } from 'react';
import { SelectInput } from '../forms/fields';
import { useAnnounce } from '../layout/announcer';
import { FigureSentencesQuery } from './operations';
import { SubmitOrCancel } from '../forms/save-or-cancel';

interface Choice {
  key: string;
  group: string;
  kind: 'CHANGE' | 'GAP';
  sentence: string;
}

/**
 * Inserts a sentence from a metric's analysis at the caret, marked as that figure, so that the
 * section says when the data no longer says it (figures-panel.tsx). Focus goes back to the text after.
 */
export function FigureForm({ editor, entryId, onClose }: { editor: Editor; entryId: string; onClose(): void }) {
  const { data, loading } = useQuery(FigureSentencesQuery, { variables: { entryId }, fetchPolicy: 'cache-and-network' });
  const metrics = (data?.entry.metrics ?? []).map((metric) => ({
    ...metric,
    choices: metric.analysis.groups.flatMap((g): Choice[] => [
      ...(g.changeSentence ? [{ key: `${g.group}:CHANGE`, group: g.group, kind: 'CHANGE' as const, sentence: g.changeSentence }] : []),
      ...(g.gapSentence ? [{ key: `${g.group}:GAP`, group: g.group, kind: 'GAP' as const, sentence: g.gapSentence }] : []),
    ]),
  }));
  const withSentences = metrics.filter((m) => m.choices.length > 0);
  const [metricId, setMetricId] = useState<string | null>(null);
  const metric = withSentences.find((m) => m.id === metricId) ?? withSentences[0];
  const [key, setKey] = useState<string | null>(null);
  const [error, setError] = useState('');
  const announce = useAnnounce();

  function close() {
    onClose();
    editor.commands.focus();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const choice = metric?.choices.find((c) => c.key === key);
    if (!metric || !choice) {
      // Focus to the first sentence, which the error describes: from Insert figure, the error
      // showed above the button, unread, and on a phone off the screen.
      setError('Choose the sentence to insert');
      announce('Choose the sentence to insert');
      document.getElementById('figure-sentence-0')?.focus();
      return;
    }
    const mark = { type: 'figure', attrs: { metricId: metric.id, level: 'ONS_GROUP', group: choice.group, kind: choice.kind } };
    // A space after it, unmarked, so that what is typed next is not part of the figure.
    editor
      .chain()
      .focus()
      .insertContent([
        { type: 'text', text: choice.sentence, marks: [mark] },
        { type: 'text', text: ' ' },
      ])
      .run();
    onClose();
  }

  return (
    // Escape from any field of the form closes it, as it would a dialog.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form className="app-link-form app-figure-form" onSubmit={onSubmit} onKeyDown={(e) => e.key === 'Escape' && close()} noValidate aria-labelledby="figure-form-title">
      <h3 className="nhsuk-heading-s" id="figure-form-title">
        Insert a figure from the evidence
      </h3>
      <p className="nhsuk-hint">The section keeps checking this sentence against the evidence: if the data changes, it says so and offers the new wording.</p>
      {loading && !data && <p className="nhsuk-body">Loading the evidence…</p>}
      {data && !withSentences.length && <p className="nhsuk-body">No metric has sentences yet: add values on the Evidence page, for a baseline and a follow-up.</p>}
      {metric && (
        <>
          {withSentences.length > 1 && (
            <SelectInput
              id="figure-metric"
              label="Metric"
              value={metric.id}
              onChange={(e) => {
                setMetricId(e.target.value);
                setKey(null);
              }}
              options={withSentences.map((m) => ({ value: m.id, label: m.name }))}
            />
          )}
          <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
            <fieldset className="nhsuk-fieldset" aria-describedby={error ? 'figure-sentence-error' : undefined}>
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Sentence{withSentences.length > 1 ? '' : ` from “${metric.name}”`}</legend>
              {error && (
                <span className="nhsuk-error-message" id="figure-sentence-error">
                  <span className="nhsuk-u-visually-hidden">Error:</span> {error}
                </span>
              )}
              <div className="nhsuk-radios nhsuk-radios--small">
                {metric.choices.map((choice, i) => (
                  <div className="nhsuk-radios__item" key={choice.key}>
                    <input
                      className="nhsuk-radios__input"
                      id={`figure-sentence-${i}`}
                      name="figure-sentence"
                      type="radio"
                      checked={key === choice.key}
                      onChange={() => {
                        setKey(choice.key);
                        setError('');
                      }}
                      autoFocus={i === 0}
                    />
                    <label className="nhsuk-label nhsuk-radios__label" htmlFor={`figure-sentence-${i}`}>
                      {choice.sentence}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        </>
      )}
      <SubmitOrCancel submit={metric ? 'Insert figure' : null} onCancel={close} small />
    </form>
  );
}

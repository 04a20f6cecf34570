import { useEditorState, type Editor } from '@tiptap/react';
import { useAnnounce } from '../layout/announcer';
import { modeOf, setMode, type EditingMode } from './suggest-changes';

const MODES: { mode: EditingMode; label: string; said: string }[] = [
  { mode: 'editing', label: 'Editing', said: 'Editing: your changes go straight into the text.' },
  { mode: 'suggesting', label: 'Suggesting', said: 'Suggesting: your changes show as suggestions until someone who edits the section accepts them.' },
];

/**
 * Editing or Suggesting, as in Google Docs: two toggle buttons in a labelled group, the one in
 * use pressed; a change is said through the live region. Those who may only suggest get no
 * switch (see SuggestOnlyNote).
 */
export function ModeSwitch({ editor, onChoose }: { editor: Editor; onChoose(mode: EditingMode): void }) {
  const announce = useAnnounce();
  const current = useEditorState({ editor, selector: ({ editor: e }) => modeOf(e) });
  return (
    <div className="app-mode-switch" role="group" aria-label="Mode" data-testid="mode-switch">
      {MODES.map(({ mode, label, said }) => (
        <button
          key={mode}
          type="button"
          className={`app-mode-switch__button app-mode-switch__button--${mode}`}
          aria-pressed={current === mode}
          onClick={() => {
            onChoose(mode);
            if (current === mode) return;
            setMode(editor, mode);
            announce(said);
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** For those whose role may suggest but not edit: why there is no Editing mode. */
export function SuggestOnlyNote() {
  // The controls stay at the top of the screen while writing: on a phone the note is one short line
  // there, the whole of it still read out (styles.css).
  return (
    <p className="nhsuk-body-s app-mode-switch__note" data-testid="suggest-only">
      <strong>Suggesting.</strong>{' '}
      <span className="app-mode-switch__note-long">
        Your role suggests changes rather than editing: what you type or delete shows as a suggestion until someone who edits the section accepts it. Formatting cannot be suggested.
      </span>
      <span className="app-mode-switch__note-short" aria-hidden="true">
        What you type is a suggestion.
      </span>
    </p>
  );
}

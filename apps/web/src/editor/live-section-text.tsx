import type { Extensions } from '@tiptap/core';
import type { ReactNode } from 'react';
import { useMe } from '../auth/use-session';
import type { LiveSection, LiveSectionState } from '../live/live-section';
import { colourFor } from './caret';
import { SectionEditor, type SectionEditorProps } from './section-editor';
import { SetAsideNotice } from './set-aside-notice';
import { SectionTextBoundary, SectionTextProblem, useContentProblem } from './section-text-problem';

interface LiveSectionTextProps {
  live: LiveSection | null;
  state: LiveSectionState;
  canEdit: boolean;
  /** Suggesting mode and its labels (section-editor.tsx). */
  suggesting?: Pick<SectionEditorProps, 'canSuggest' | 'startSuggesting' | 'describeSuggestion' | 'notice'>;
  wordLimit: number;
  /** More editor extensions, e.g. the comments' highlights. */
  extensions?: Extensions;
  /** Before the ids of the text and its parts, and of the title and limit that name and describe it, where several sections share a page. */
  idPrefix?: string;
  /** Shown with the problem, if the text cannot be shown: the way to restore a revision. */
  restoreAction: ReactNode;
  /** The entry whose evidence figures can be inserted from (section-editor.tsx). */
  figuresFrom?: string;
}

/**
 * A section's live text once it has synced: the editor, read-only for those who cannot edit,
 * named by the section's title (#section-title, see SectionHeading) and described by its word
 * limit (#section-word-limit). Until then, what is happening. Text the editor cannot show, or
 * any failure to render it, shows as that section's problem with `restoreAction`, never as a
 * blank page.
 */
export function LiveSectionText(props: LiveSectionTextProps) {
  return (
    <SectionTextBoundary
      fallback={(retry) => (
        <SectionTextProblem
          canEdit={props.canEdit}
          action={
            <>
              {props.restoreAction}
              <RetryButton onClick={retry} />
            </>
          }
        />
      )}
    >
      <SectionText {...props} />
    </SectionTextBoundary>
  );
}

function RetryButton({ onClick }: { onClick: () => void }) {
  return (
    <p className="nhsuk-body">
      <button className="app-link-button" type="button" onClick={onClick}>
        Try to show the text again
      </button>
    </p>
  );
}

function SectionText({ live, state, canEdit, suggesting, wordLimit, extensions, restoreAction, idPrefix = '', figuresFrom }: LiveSectionTextProps) {
  const { me } = useMe();
  const problem = useContentProblem(live, state.ready);
  if (problem) return <SectionTextProblem detail={problem} canEdit={canEdit} action={restoreAction} />;
  if (!live || !state.ready) {
    return (
      <p className="nhsuk-body app-editor-loading" role="status">
        {state.error ?? 'Loading the section’s text…'}
      </p>
    );
  }
  return (
    <>
      {state.setAside && (
        <SetAsideNotice
          setAside={state.setAside}
          onDismiss={() => {
            live.dismissSetAside();
            // Back to the text (the notice had focus): with the notice gone, focus would drop to the page.
            document.getElementById(`${idPrefix}section-text`)?.focus();
          }}
        />
      )}
      <SectionEditor
        live={live}
        state={state}
        canEdit={canEdit}
        {...suggesting}
        wordLimit={wordLimit}
        titleId={`${idPrefix}section-title`}
        limitId={`${idPrefix}section-word-limit`}
        idPrefix={idPrefix}
        user={{ id: me?.id ?? '', name: me?.name ?? 'Someone', color: colourFor(me?.id ?? '') }}
        extensions={extensions}
        figuresFrom={figuresFrom}
      />
    </>
  );
}

import type { Extensions } from '@tiptap/core';
import { useMe } from '../auth/use-session';
import type { LiveSection, LiveSectionState } from '../live/live-section';
import { colourFor } from './caret';
import { SectionEditor } from './section-editor';

interface LiveSectionTextProps {
  live: LiveSection | null;
  state: LiveSectionState;
  canEdit: boolean;
  wordLimit: number;
  /** More editor extensions, e.g. the comments' highlights. */
  extensions?: Extensions;
}

/**
 * A section's live text once it has synced: the editor, read-only for those who cannot edit,
 * named by the section's title (#section-title, see SectionHeading) and described by its word
 * limit (#section-word-limit). Until then, what is happening.
 */
export function LiveSectionText({ live, state, canEdit, wordLimit, extensions }: LiveSectionTextProps) {
  const { me } = useMe();
  if (!live || !state.ready) {
    return (
      <p className="nhsuk-body app-editor-loading" role="status">
        {state.error ?? 'Loading the section’s text…'}
      </p>
    );
  }
  return (
    <SectionEditor
      live={live}
      state={state}
      canEdit={canEdit}
      wordLimit={wordLimit}
      titleId="section-title"
      limitId="section-word-limit"
      user={{ name: me?.name ?? 'Someone', color: colourFor(me?.id ?? '') }}
      extensions={extensions}
    />
  );
}

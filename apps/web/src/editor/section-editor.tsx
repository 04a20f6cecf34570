import { sectionExtensions } from '@quorum/section-content/schema';
import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useRef, useState } from 'react';
import { CONTENT_FIELD, type LiveSection, type LiveSectionState } from '../live/live-section';
import { renderCaret } from './caret';
import { wordsIn, wordStatus } from './count-words';
import { EditorToolbar } from './editor-toolbar';
import { LinkForm } from './link-form';
import { cleanPastedHtml } from './paste';
import { SaveStatus } from './save-status';
import { SectionHeadings } from './section-headings';
import { SectionSizeWarning } from './section-size';
import { WordCount } from './word-count';

interface SectionEditorProps {
  live: LiveSection;
  state: LiveSectionState;
  canEdit: boolean;
  wordLimit: number;
  /** Ids of the section's title (the editor's name) and its word-limit text (its description). */
  titleId: string;
  limitId: string;
  user: { name: string; color: string };
  /** More editor extensions, e.g. the comments' highlights (comments/comment-passages.ts). */
  extensions?: Extensions;
}

const EDITOR_ID = 'section-text';
const COUNT_ID = 'section-word-count';

/**
 * The section's text in Tiptap, bound to its live Yjs document; others' cursors show with
 * their names. For roles that cannot edit, the same live text without any editing controls.
 */
export function SectionEditor({ live, state, canEdit, wordLimit, titleId, limitId, user, extensions = [] }: SectionEditorProps) {
  const toolbar = useRef<HTMLDivElement>(null);
  const [linking, setLinking] = useState(false);
  // What the last paste could not keep as it was: shown under the text, in a polite live region so that it is also heard.
  const [pasteNote, setPasteNote] = useState('');
  const editor = useEditor(
    {
      extensions: [
        ...sectionExtensions,
        SectionHeadings,
        Collaboration.configure({ document: live.doc, field: CONTENT_FIELD }),
        CollaborationCaret.configure({ provider: live, user, render: renderCaret }),
        ...extensions,
      ],
      editable: canEdit,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: canEdit
          ? { id: EDITOR_ID, class: 'app-editor__text', role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': titleId, 'aria-describedby': `${limitId} ${COUNT_ID} section-editor-hint` }
          : { id: EDITOR_ID, class: 'app-editor__text app-editor__text--read-only', 'aria-labelledby': titleId, role: 'document' },
        // Word's and Google Docs' HTML made readable by the schema; what a section cannot hold is said, not dropped silently.
        transformPastedHTML: (html) => {
          const { html: clean, notes } = cleanPastedHtml(html);
          setPasteNote(notes.join(' '));
          return clean;
        },
        handleKeyDown: (_, event) => {
          // Alt+F10 is the usual way from the text to its toolbar in rich-text editors.
          if (event.altKey && event.key === 'F10') {
            toolbar.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
            return true;
          }
          // Ctrl+K (Cmd+K on a Mac) adds a link, as in most word processors.
          if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
            setLinking(true);
            return true;
          }
          return false;
        },
      },
    },
    [live, canEdit],
  );
  const words = useEditorState({ editor, selector: ({ editor: e }) => wordsIn(e.state.doc) }) ?? 0;
  const status = wordStatus(words, wordLimit);

  if (!canEdit) {
    return (
      <div className="app-editor app-editor--read-only" data-testid="section-text">
        {words === 0 && <p className="nhsuk-body app-editor__empty">Nothing has been written in this section yet.</p>}
        <EditorContent editor={editor} />
        <div className="app-editor__footer">
          <WordCount id={COUNT_ID} words={words} limit={wordLimit} quiet />
        </div>
      </div>
    );
  }

  return (
    <div className={`app-editor app-editor--${status}`} data-testid="section-editor">
      <p className="nhsuk-hint app-editor__hint" id="section-editor-hint">
        Changes save as you type. From the text, Alt and F10 reach the formatting buttons, and Ctrl and K adds a link.
      </p>
      <div ref={toolbar}>
        <EditorToolbar editor={editor} editorId={EDITOR_ID} onLink={() => setLinking(true)} />
      </div>
      {linking && <LinkForm editor={editor} onClose={() => setLinking(false)} />}
      <EditorContent editor={editor} />
      <div role="status" data-testid="paste-note">
        {pasteNote && <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-2">{pasteNote}</p>}
      </div>
      <div className="app-editor__footer">
        <WordCount id={COUNT_ID} words={words} limit={wordLimit} />
        <SaveStatus state={state} />
      </div>
      <SectionSizeWarning doc={live.doc} limit={live.sizeLimit} />
    </div>
  );
}

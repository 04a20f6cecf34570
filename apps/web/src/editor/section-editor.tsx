import { sectionExtensions } from '@quorum/section-content/schema';
import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useAnnounce } from '../layout/announcer';
import { CONTENT_FIELD, type LiveSection, type LiveSectionState } from '../live/live-section';
import { ModeSwitch, SuggestOnlyNote } from '../suggestions/mode-switch';
import { isSuggestChangesEnabled } from '@handlewithcare/prosemirror-suggest-changes';
import { modeOf, setMode, SuggestChanges, type EditingMode } from '../suggestions/suggest-changes';
import { refreshLabels, SuggestionLabels, type DescribeSuggestion } from '../suggestions/suggestion-labels';
import { renderCaret } from './caret';
import { CaretClearOfTools } from './caret-clear-of-tools';
import { ReadSelectionBeforeKeys } from './read-selection-before-keys';
import { wordsIn, wordStatus } from './count-words';
import { EditorToolbar } from './editor-toolbar';
import { FigureForm } from '../figures/figure-form';
import { LinkForm } from './link-form';
import { cleanPastedHtml } from './paste';
import { SaveStatus } from './save-status';
import { SectionHeadings } from './section-headings';
import { SectionSizeWarning } from './section-size';
import { WordCount } from './word-count';

export interface SectionEditorProps {
  live: LiveSection;
  state: LiveSectionState;
  canEdit: boolean;
  /** May suggest changes (Suggesting mode) without editing directly; those who edit may suggest too. */
  canSuggest?: boolean;
  /**
   * Whether to start in Suggesting mode (a section with current approvals, which direct typing
   * would void); null while not known yet, then applied once unless the person already chose.
   */
  startSuggesting?: boolean | null;
  /** Who made a suggestion and when, for its tooltip and screen-reader words. */
  describeSuggestion?: DescribeSuggestion;
  /** Shown above the text, e.g. whose approvals direct typing would void. */
  notice?: ReactNode;
  wordLimit: number;
  /** Ids of the section's title (the editor's name) and its word-limit text (its description). */
  titleId: string;
  limitId: string;
  user: { id: string; name: string; color: string };
  /** More editor extensions, e.g. the comments' highlights (comments/comment-passages.ts). */
  extensions?: Extensions;
  /** Before the ids of the text and its parts, where several sections' editors share a page (the whole entry). */
  idPrefix?: string;
  /** The entry whose evidence figures can be inserted from (the toolbar's Figure button); none without it. */
  figuresFrom?: string;
}

/**
 * The section's text in Tiptap, bound to its live Yjs document; others' cursors show with
 * their names. For roles that cannot edit, the same live text without any editing controls.
 */
export function SectionEditor(props: SectionEditorProps) {
  const { live, state, canEdit: canEditDirectly, canSuggest = false, startSuggesting = null, notice, wordLimit, titleId, limitId, user, extensions = [], idPrefix = '' } = props;
  const EDITOR_ID = `${idPrefix}section-text`;
  const COUNT_ID = `${idPrefix}section-word-count`;
  const HINT_ID = `${idPrefix}section-editor-hint`;
  // Whoever may change the text at all gets the editor; those who may only suggest are kept in Suggesting mode.
  const canEdit = canEditDirectly || canSuggest;
  const suggestOnly = !canEditDirectly && canSuggest;
  // The labels read the latest list through this, without rebuilding the editor.
  const describe = useRef(props.describeSuggestion);
  describe.current = props.describeSuggestion;
  const toolbar = useRef<HTMLDivElement>(null);
  const [linking, setLinking] = useState(false);
  const [insertingFigure, setInsertingFigure] = useState(false);
  // While suggesting, formatting is dropped (it cannot be suggested): a shortcut that did nothing says why, the text unchanged.
  const announce = useAnnounce();
  const sayNoFormatting = useRef(() => {});
  sayNoFormatting.current = () => announce(suggestOnly ? 'Formatting cannot be suggested.' : 'Formatting cannot be suggested. To change formatting, choose Editing.');
  // What the last paste could not keep as it was: shown under the text, in a polite live region so that it is also heard.
  const [pasteNote, setPasteNote] = useState('');
  const editor = useEditor(
    {
      extensions: [
        ...sectionExtensions,
        SectionHeadings,
        CaretClearOfTools,
        ReadSelectionBeforeKeys,
        Collaboration.configure({ document: live.doc, field: CONTENT_FIELD }),
        CollaborationCaret.configure({ provider: live, user: { name: user.name, color: user.color }, render: renderCaret }),
        SuggestChanges.configure({ userId: user.id, onFormattingDropped: () => sayNoFormatting.current() }),
        SuggestionLabels.configure({ describe: (id) => describe.current?.(id) ?? null }),
        ...extensions,
      ],
      editable: canEdit,
      shouldRerenderOnTransaction: false,
      editorProps: {
        // The caret is kept clear of the writing tools, which stay at the top of the screen while writing (sticky): at most about 180 px tall.
        scrollThreshold: { top: 190, bottom: 24, left: 0, right: 0 },
        scrollMargin: { top: 190, bottom: 24, left: 5, right: 5 },
        attributes: canEdit
          ? { id: EDITOR_ID, class: 'app-editor__text', role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': titleId, 'aria-describedby': `${limitId} ${COUNT_ID} ${HINT_ID}` }
          : { id: EDITOR_ID, class: 'app-editor__text app-editor__text--read-only', 'aria-labelledby': titleId, role: 'document' },
        // Word's and Google Docs' HTML made readable by the schema; what a section cannot hold is said, not dropped silently.
        transformPastedHTML: (html) => {
          const { html: clean, notes } = cleanPastedHtml(html);
          setPasteNote(notes.join(' '));
          return clean;
        },
        handleKeyDown: (view, event) => {
          // Alt+F10 is the usual way from the text to its toolbar in rich-text editors.
          if (event.altKey && event.key === 'F10') {
            toolbar.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
            return true;
          }
          // Ctrl+K (Cmd+K on a Mac) adds a link, as in most word processors; while suggesting it says why it cannot.
          if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
            if (isSuggestChangesEnabled(view.state)) sayNoFormatting.current();
            else setLinking(true);
            return true;
          }
          return false;
        },
      },
    },
    [live, canEdit],
  );
  // Suggest-only roles start (and stay) in Suggesting; editors start there in a signed section,
  // unless they chose. Applied once to each editor instance (Tiptap may replace it on mount).
  const chosen = useRef<EditingMode | null>(null);
  const appliedTo = useRef<Editor | null>(null);
  useEffect(() => {
    if (!editor || appliedTo.current === editor) return;
    const mode = suggestOnly ? 'suggesting' : (chosen.current ?? (startSuggesting === null ? null : startSuggesting ? 'suggesting' : 'editing'));
    if (!mode) return;
    appliedTo.current = editor;
    // Before Tiptap has made its view, a transaction would be lost: wait for it.
    if (editor.isInitialized) setMode(editor, mode);
    else editor.once('create', () => setMode(editor, mode));
  }, [editor, suggestOnly, startSuggesting]);
  // Draw the suggestions' labels again when what is known of them changes.
  useEffect(() => {
    if (editor && editor.isInitialized && !editor.isDestroyed) refreshLabels(editor.view, (id) => describe.current?.(id) ?? null);
  }, [editor, props.describeSuggestion]);
  const words = useEditorState({ editor, selector: ({ editor: e }) => wordsIn(e.state.doc) }) ?? 0;
  const withSuggestions = useEditorState({ editor, selector: ({ editor: e }) => wordsIn(e.state.doc, 'suggested') }) ?? words;
  const status = wordStatus(words, wordLimit);
  const suggesting = useEditorState({ editor, selector: ({ editor: e }) => modeOf(e) === 'suggesting' });

  if (!canEdit) {
    return (
      <div className="app-editor app-editor--read-only" data-testid="section-text">
        {words === 0 && <p className="nhsuk-body app-editor__empty">Nothing has been written in this section yet.</p>}
        <EditorContent editor={editor} />
        <div className="app-editor__footer">
          <WordCount id={COUNT_ID} words={words} withSuggestions={withSuggestions} limit={wordLimit} quiet />
        </div>
      </div>
    );
  }

  return (
    <div className={`app-editor app-editor--${status}`} data-testid="section-editor">
      <p className="nhsuk-hint app-editor__hint" id={HINT_ID}>
        Changes save as you type. From the text, Alt and F10 reach the formatting buttons, and Ctrl and K adds a link.
      </p>
      {notice}
      {/* The mode and the formatting buttons stay in view while writing (sticky, styles.css). */}
      <div className="app-editor__controls" role="group" aria-label="Writing tools">
        {suggestOnly ? <SuggestOnlyNote /> : <ModeSwitch editor={editor} onChoose={(mode) => (chosen.current = mode)} />}
        {/* While suggesting, formatting is not offered (it cannot be suggested); the suggest-only note says so itself. */}
        {suggesting ? (
          !suggestOnly && (
            <p className="nhsuk-body-s app-editor__suggesting-note" data-testid="suggesting-note">
              What you type or delete is suggested. To change formatting, choose Editing.
            </p>
          )
        ) : (
          <div ref={toolbar}>
            <EditorToolbar editor={editor} editorId={EDITOR_ID} onLink={() => setLinking(true)} onFigure={props.figuresFrom ? () => setInsertingFigure(true) : undefined} />
          </div>
        )}
      </div>
      {linking && <LinkForm editor={editor} onClose={() => setLinking(false)} />}
      {insertingFigure && props.figuresFrom && <FigureForm editor={editor} entryId={props.figuresFrom} onClose={() => setInsertingFigure(false)} />}
      <EditorContent editor={editor} />
      <div role="status" data-testid="paste-note">
        {pasteNote && <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-2">{pasteNote}</p>}
      </div>
      <div className="app-editor__footer">
        <WordCount id={COUNT_ID} words={words} withSuggestions={withSuggestions} limit={wordLimit} />
        <SaveStatus state={state} />
      </div>
      <SectionSizeWarning doc={live.doc} limit={live.sizeLimit} />
    </div>
  );
}

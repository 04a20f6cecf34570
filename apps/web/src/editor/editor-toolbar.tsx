import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';

interface Tool {
  label: string;
  isActive(editor: Editor): boolean;
  /** Applies the tool; the link tool opens its form instead (see below). */
  run(editor: Editor): void;
}

// Named by rank, not number: levels 1 to 3 of the text are h3 to h5 on the page (see
// section-headings.ts), so "Heading 1" would be read out as "heading level 3".
const heading = (level: 1 | 2 | 3, label: string): Tool => ({
  label,
  isActive: (e) => e.isActive('heading', { level }),
  run: (e) => e.chain().focus().toggleHeading({ level }).run(),
});

const LINK: Tool = { label: 'Link', isActive: (e) => e.isActive('link'), run: () => {} };
// Opens the form to insert a figure from the evidence (figures/figure-form.tsx).
const FIGURE: Tool = { label: 'Figure', isActive: (e) => e.isActive('figure'), run: () => {} };

/** In groups, each wrapping onto a new line as a whole on narrow screens. */
const GROUPS: { label: string; tools: Tool[] }[] = [
  { label: 'Headings', tools: [heading(1, 'Heading'), heading(2, 'Subheading'), heading(3, 'Minor heading')] },
  {
    label: 'Text style',
    tools: [
      { label: 'Bold', isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
      { label: 'Italic', isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
    ],
  },
  {
    label: 'Lists',
    tools: [
      { label: 'Bulleted list', isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
      { label: 'Numbered list', isActive: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
    ],
  },
  { label: 'Links', tools: [LINK] },
];
const WITH_FIGURES = [...GROUPS, { label: 'Evidence', tools: [FIGURE] }];

interface ToolbarProps {
  editor: Editor;
  editorId: string;
  /** Opens the form for a link's address. */
  onLink(): void;
  /** Opens the form to insert a figure from the evidence; no Figure button without it. */
  onFigure?: () => void;
}

/**
 * Formatting buttons as an ARIA toolbar: one tab stop, arrow keys (and Home, End) move between
 * buttons, Escape goes back to the text; each toggle says whether it is on with aria-pressed.
 */
export function EditorToolbar({ editor, editorId, onLink, onFigure }: ToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [focusable, setFocusable] = useState(0);
  const groups = onFigure ? WITH_FIGURES : GROUPS;
  const tools = groups.flatMap((group) => group.tools);
  const active = useEditorState({ editor, selector: ({ editor: e }) => tools.map((tool) => tool.isActive(e)) });

  function onKeyDown(event: KeyboardEvent) {
    const buttons = [...ref.current!.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 };
    if (event.key === 'Escape') {
      event.preventDefault();
      editor.commands.focus();
    } else if (event.key in moves) {
      event.preventDefault();
      const next = (moves[event.key] + buttons.length) % buttons.length;
      buttons[next].focus();
    }
  }

  const button = (tool: Tool) => {
    const index = tools.indexOf(tool);
    return (
      <button
        key={tool.label}
        type="button"
        className={`app-toolbar__button app-toolbar__button--${tool.label.toLowerCase().replace(/\s+/g, '-')}`}
        aria-pressed={active?.[index] ?? false}
        tabIndex={index === focusable ? 0 : -1}
        onFocus={() => setFocusable(index)}
        onClick={() => (tool === LINK ? onLink() : tool === FIGURE ? onFigure?.() : tool.run(editor))}
      >
        {tool.label}
      </button>
    );
  };

  return (
    <div className="app-toolbar" role="toolbar" aria-label="Formatting" aria-controls={editorId} ref={ref} onKeyDown={onKeyDown}>
      {groups.map((group) => (
        <div className="app-toolbar__group" role="group" aria-label={group.label} key={group.label}>
          {group.tools.map(button)}
        </div>
      ))}
    </div>
  );
}

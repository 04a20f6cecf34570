import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

/** Who made a suggestion and when, in words ("Joy Campbell (patient representative), 9 December 2026, 2:05pm"); null while unknown. */
export type DescribeSuggestion = (id: string) => string | null;

const suggestionLabelsKey = new PluginKey<DecorationSet>('suggestionLabels');

const WORDS: Record<string, string> = { insertion: 'Suggested insertion', deletion: 'Suggested deletion', modification: 'Suggested formatting' };

interface Run {
  type: string;
  id: string;
  from: number;
  to: number;
}

/** Each stretch of text under one suggestion mark, adjacent text nodes with the same mark joined. */
function runsIn(doc: Node): Run[] {
  const runs: Run[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (!(mark.type.name in WORDS)) continue;
      const id = String(mark.attrs.id);
      const last = runs.at(-1);
      if (last && last.type === mark.type.name && last.id === id && last.to === pos) last.to = pos + node.nodeSize;
      else runs.push({ type: mark.type.name, id, from: pos, to: pos + node.nodeSize });
    }
    return false;
  });
  return runs;
}

function hidden(text: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'nhsuk-u-visually-hidden';
  span.textContent = text;
  return span;
}

function labels(doc: Node, describe: DescribeSuggestion): DecorationSet {
  const decorations = runsIn(doc).flatMap(({ type, id, from, to }) => {
    const who = describe(id);
    const label = who ? `${WORDS[type]} by ${who}` : WORDS[type];
    return [
      Decoration.inline(from, to, { title: label, class: 'app-suggestion', 'data-suggestion-id': id }),
      // Screen readers hear where a suggestion starts, whose it is, and where it ends; the
      // strike-through and underline are only seen.
      Decoration.widget(from, () => hidden(` [${label}: `), { side: -1, marks: [], key: `start-${type}-${id}-${label}`, ignoreSelection: true }),
      Decoration.widget(to, () => hidden(`, end of suggestion] `), { side: 1, marks: [], key: `end-${type}-${id}`, ignoreSelection: true }),
    ];
  });
  return DecorationSet.create(doc, decorations);
}

const drawn = new WeakMap<EditorView, string>();

/**
 * Draws the labels again if what `describe` says of the document's suggestions changed (say,
 * once the list has loaded). Redrawing resets the page's selection to the editor's, so a
 * selection the browser has moved (Shift+arrows) but the editor has not read yet is read first,
 * and nothing is redrawn when the words are the same.
 */
export function refreshLabels(view: EditorView, describe: DescribeSuggestion): void {
  const words = runsIn(view.state.doc)
    .map(({ type, id }) => `${type} ${id} ${describe(id) ?? ''}`)
    .join('\n');
  if (drawn.get(view) === words) return;
  drawn.set(view, words);
  (view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
  view.dispatch(view.state.tr.setMeta(suggestionLabelsKey, true).setMeta('addToHistory', false));
}

/**
 * Says on each suggestion who made it and when: a tooltip (`title`) on the marked text, and
 * visually hidden words before and after it for screen readers. `describe` is read each time
 * the text changes or suggestionLabelsKey's meta asks.
 */
export const SuggestionLabels = Extension.create<{ describe: DescribeSuggestion }>({
  name: 'suggestionLabels',

  addOptions() {
    return { describe: () => null };
  },

  addProseMirrorPlugins() {
    const { describe } = this.options;
    return [
      new Plugin({
        key: suggestionLabelsKey,
        state: {
          init: (_, state) => labels(state.doc, describe),
          apply: (tr, set, _old, state) => (tr.docChanged || tr.getMeta(suggestionLabelsKey) ? labels(state.doc, describe) : set),
        },
        props: {
          decorations: (state) => suggestionLabelsKey.getState(state),
        },
      }),
    ];
  },
});

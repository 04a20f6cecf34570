import { getSchema, Mark, Node } from '@tiptap/core';
import type { MarkSpec } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { deletion, insertion, modification } from '@handlewithcare/prosemirror-suggest-changes';

/** Heading levels a section's text may use, as the entry templates ask (content-check.ts refuses others). */
export const HEADING_LEVELS = [1, 2, 3] as const;

/** The marks of a suggestion (tracked change), named as @handlewithcare/prosemirror-suggest-changes names them. */
export const SUGGESTION_MARKS = ['insertion', 'deletion', 'modification'] as const;

/**
 * A suggestion mark as a Tiptap extension, from the library's own MarkSpec, so that its commands
 * (applySuggestion, revertSuggestion, transformToSuggestionTransaction) find what they expect.
 * Its default `excludes` (each excludes itself) make y-prosemirror store it as a plain
 * `insertion` / `deletion` formatting attribute, never with a "--hash" suffix. It is not parsed
 * from pasted HTML: a suggestion is made by typing in Suggesting mode, never pasted in with
 * someone else's id.
 */
function suggestionMark(name: (typeof SUGGESTION_MARKS)[number], spec: MarkSpec) {
  return Mark.create({
    name,
    inclusive: spec.inclusive,
    excludes: spec.excludes,
    addAttributes() {
      return Object.fromEntries(
        Object.entries(spec.attrs ?? {}).map(([key, attr]) => [
          key,
          'default' in attr ? { default: attr.default as unknown, validate: attr.validate, rendered: false } : { isRequired: true, validate: attr.validate, rendered: false },
        ]),
      );
    },
    renderHTML({ mark }) {
      return spec.toDOM!(mark, true);
    },
  });
}

/** Which sentence of a metric's analysis a figure in the text is: a group's change, or its gap with the reference group. */
export const FIGURE_KINDS = ['CHANGE', 'GAP'] as const;
/** The analysis' grouping (GraphQL's GroupLevel). */
export const FIGURE_LEVELS = ['ONS_GROUP', 'ETHNIC_CATEGORY'] as const;

/**
 * A figure from the evidence (figures.ts): words inserted from a metric's analysis, kept as
 * ordinary text (counted, signed, exported as they read) marked with where they came from, so
 * that the server can say when the data no longer says them (`Section.figures`). Not parsed
 * from pasted HTML: a figure is inserted from the evidence, whose wording it must match.
 */
const FigureMark = Mark.create({
  name: 'figure',
  inclusive: false,
  addAttributes() {
    const required = { isRequired: true, rendered: false } as const;
    return { metricId: required, level: required, group: required, kind: required };
  },
  renderHTML() {
    return ['span', { class: 'app-figure', 'data-figure': '' }, 0];
  },
});

/**
 * Tiptap's Document, allowing the suggestion marks on whole blocks as the library asks (a
 * block inserted or deleted whole is marked as a node). y-prosemirror 1.3 does not store node
 * marks in the Yjs document, so such a mark never reaches others: the server then sees an
 * unmarked block and refuses a suggest-only update that carries one (docs/architecture.md,
 * Suggestions). Inline suggestions (text, and block boundaries, which the library anchors with
 * marked zero-width spaces) travel.
 */
const SectionDocument = Node.create({ name: 'doc', topNode: true, content: 'block+', marks: SUGGESTION_MARKS.join(' ') });

// The browser editor must use these same extensions (plus Collaboration) so that it and the
// server read and write the Y.XmlFragment in one shape. Collaboration brings its own undo,
// so StarterKit's history is off.
export const sectionExtensions = [
  StarterKit.configure({ heading: { levels: [...HEADING_LEVELS] }, undoRedo: false, document: false }),
  SectionDocument,
  suggestionMark('insertion', insertion),
  suggestionMark('deletion', deletion),
  suggestionMark('modification', modification),
  FigureMark,
];

// getSchema only reads the extensions' specs: no editor and no DOM, so it runs in Node.
export const sectionSchema = getSchema(sectionExtensions);

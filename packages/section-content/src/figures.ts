import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { FIGURE_KINDS, FIGURE_LEVELS, SUGGESTION_MARKS, sectionSchema } from './schema.js';

/** Where a figure in the text came from: one sentence of one metric's analysis. */
export interface FigureSource {
  metricId: string;
  level: (typeof FIGURE_LEVELS)[number];
  group: string;
  kind: (typeof FIGURE_KINDS)[number];
}

/** A figure as it stands in the text: its source, its words, and where they are (ProseMirror positions). */
export interface FigureRun extends FigureSource {
  text: string;
  from: number;
  to: number;
}

const sameSource = (a: FigureSource, b: FigureSource) => a.metricId === b.metricId && a.level === b.level && a.group === b.group && a.kind === b.kind;

/**
 * Every figure in the document, in text order: runs of adjacent text marked with one source
 * (bold or a link inside a figure splits its text nodes, not the figure).
 */
export function figuresIn(doc: PMNode): FigureRun[] {
  const runs: FigureRun[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let current: FigureRun | null = null;
    node.forEach((child, offset) => {
      const start = pos + 1 + offset;
      const mark = child.isText ? child.marks.find((m) => m.type.name === 'figure') : undefined;
      const source = mark?.attrs as FigureSource | undefined;
      if (source && current && sameSource(current, source) && current.to === start) {
        current.text += child.text;
        current.to = start + child.nodeSize;
      } else if (source) {
        current = { metricId: source.metricId, level: source.level, group: source.group, kind: source.kind, text: child.text ?? '', from: start, to: start + child.nodeSize };
        runs.push(current);
      } else current = null;
    });
    return false;
  });
  return runs;
}

/** The runs of `source` that read `text` (as someone saw them), last first so positions hold while each is changed. */
const runsOf = (doc: PMNode, source: FigureSource, text: string) =>
  figuresIn(doc)
    .filter((run) => sameSource(run, source) && run.text === text)
    .reverse();

/** The document with the figure's words (where they read `seen`) replaced by `wording`, still marked as that figure. */
export function rewordFigure(doc: PMNode, source: FigureSource, seen: string, wording: string): PMNode | null {
  const runs = runsOf(doc, source, seen);
  if (!runs.length) return null;
  const tr = new Transform(doc);
  for (const run of runs) {
    // The first word's formatting (bold, say) carries over; the figure mark is the source's. Not a
    // suggestion's mark: the new wording is typed directly (as over a suggestion, it settles what
    // was suggested in the old words), never someone's suggested insertion or deletion.
    const marks = doc
      .resolve(run.from + 1)
      .marks()
      .filter((m) => !(SUGGESTION_MARKS as readonly string[]).includes(m.type.name));
    tr.replaceWith(run.from, run.to, sectionSchema.text(wording, marks));
  }
  return tr.doc;
}

/** The document with the figure's words (where they read `seen`) kept as ordinary text, no longer followed. */
export function unlinkFigure(doc: PMNode, source: FigureSource, seen: string): PMNode | null {
  const runs = runsOf(doc, source, seen);
  if (!runs.length) return null;
  const tr = new Transform(doc);
  for (const run of runs) tr.removeMark(run.from, run.to, sectionSchema.marks.figure);
  return tr.doc;
}

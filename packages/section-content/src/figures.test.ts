import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentProblem } from './content-check.js';
import { figuresIn, rewordFigure, unlinkFigure, type FigureSource } from './figures.js';
import { toMarkdown } from './markdown.js';
import { sectionSchema as schema } from './schema.js';
import { toPlainText, toProseMirrorDoc } from './views.js';
import { replaceContentUpdate } from './write.js';
import { CONTENT_FIELD } from './ydoc.js';

const source: FigureSource = { metricId: '0b5b6c44-2f0e-4a43-9c1e-0d8c2a3e9f10', level: 'ONS_GROUP', group: 'Black', kind: 'CHANGE' };
const figure = (attrs: FigureSource = source) => schema.marks.figure.create(attrs);
const OLD = 'Among Black patients, screening rose from 60.0% to 80.0%.';
const NEW = 'Among Black patients, screening rose from 60.0% to 85.0%.';

function docWith() {
  return schema.node('doc', null, [
    schema.node('paragraph', null, [
      schema.text('We did well. '),
      schema.text('Among Black patients, ', [figure()]),
      schema.text('screening', [figure(), schema.marks.bold.create()]),
      schema.text(' rose from 60.0% to 80.0%.', [figure()]),
      schema.text(' Then more.'),
    ]),
    schema.node('paragraph', null, [schema.text('Gap: narrower.', [figure({ ...source, kind: 'GAP' })])]),
  ]);
}

/** The document as the live server holds it: written into a Yjs document by y-prosemirror, read back. */
function throughYjs(doc: ReturnType<typeof docWith>) {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, replaceContentUpdate(ydoc, doc));
  return ydoc;
}

describe('figures from the evidence in a section’s text', () => {
  it('are found as runs of one source, whatever other formatting splits them', () => {
    const runs = figuresIn(docWith());
    expect(runs.map((r) => [r.kind, r.text])).toEqual([
      ['CHANGE', OLD],
      ['GAP', 'Gap: narrower.'],
    ]);
  });

  it('travel through the Yjs document (the content check allows them) and are plain words in the text and Markdown', () => {
    const ydoc = throughYjs(docWith());
    expect(contentProblem(ydoc.getXmlFragment(CONTENT_FIELD))).toBeNull();
    expect(figuresIn(toProseMirrorDoc(ydoc)).map((r) => r.text)).toEqual([OLD, 'Gap: narrower.']);
    expect(toPlainText(ydoc)).toBe(`We did well. ${OLD} Then more.\n\nGap: narrower.`);
    expect(toMarkdown(ydoc)).toContain(`We did well. Among Black patients, **screening** rose from 60.0% to 80.0%. Then more.`);
  });

  it('the content check refuses a figure whose source is not one (a made-up kind or metric id)', () => {
    const bad = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('x', [schema.marks.figure.create({ ...source, kind: 'GUESS' })])])]);
    expect(contentProblem(throughYjs(bad).getXmlFragment(CONTENT_FIELD))).toMatch(/"kind" of "figure"/);
    const noId = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('x', [schema.marks.figure.create({ ...source, metricId: 'not-a-uuid' })])])]);
    expect(contentProblem(throughYjs(noId).getXmlFragment(CONTENT_FIELD))).toMatch(/"metricId" of "figure"/);
  });

  it('are reworded where they read as seen, keeping the first word’s formatting and the figure mark', () => {
    const next = rewordFigure(docWith(), source, OLD, NEW)!;
    expect(next.textContent).toBe(`We did well. ${NEW} Then more.Gap: narrower.`);
    expect(figuresIn(next).map((r) => r.text)).toEqual([NEW, 'Gap: narrower.']);
    // Words that no longer read as seen are not touched.
    expect(rewordFigure(docWith(), source, 'something else', NEW)).toBeNull();
  });

  it('can be kept as ordinary words, no longer followed', () => {
    const next = unlinkFigure(docWith(), source, OLD)!;
    expect(next.textContent).toBe(docWith().textContent);
    expect(figuresIn(next).map((r) => r.kind)).toEqual(['GAP']);
  });
});

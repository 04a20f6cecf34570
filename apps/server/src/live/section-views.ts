import { contentHash, figuresIn, toMarkdown, toPlainText, toProseMirrorDoc, countWords, type FigureRun } from '@quorum/section-content';
import * as Y from 'yjs';
import type { LiveDocument } from './document-store.js';

/** What tools that do not speak Yjs read of a section. */
export interface SectionViews {
  version: number;
  text: string;
  markdown: string;
  wordCount: number;
  contentHash: string;
  /** The encoded document's size, which QUORUM_MAX_SECTION_BYTES limits. */
  bytes: number;
}

const memo = new WeakMap<LiveDocument, SectionViews>();

/** The read views of a document at its current version, computed once per version. */
export function viewsOf(live: LiveDocument): SectionViews {
  const cached = memo.get(live);
  if (cached?.version === live.version) return cached;
  const text = toPlainText(live.doc);
  const bytes = Y.encodeStateAsUpdate(live.doc).length;
  live.bytes = bytes; // exact, while we are at it (see section-size.ts)
  const views = { version: live.version, text, markdown: toMarkdown(live.doc), wordCount: countWords(text), contentHash: contentHash(live.doc), bytes };
  memo.set(live, views);
  return views;
}

const figureMemo = new WeakMap<LiveDocument, { version: number; runs: FigureRun[] }>();

/** The figures from the evidence in a document at its current version (figures/), found once per version, only when asked. */
export function figureRunsOf(live: LiveDocument): FigureRun[] {
  const cached = figureMemo.get(live);
  if (cached?.version === live.version) return cached.runs;
  const runs = figuresIn(toProseMirrorDoc(live.doc));
  figureMemo.set(live, { version: live.version, runs });
  return runs;
}

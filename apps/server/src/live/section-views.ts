import { contentHash, toMarkdown, toPlainText, countWords } from '@quorum/section-content';
import type { LiveDocument } from './document-store.js';

/** What tools that do not speak Yjs read of a section. */
export interface SectionViews {
  version: number;
  text: string;
  markdown: string;
  wordCount: number;
  contentHash: string;
}

const memo = new WeakMap<LiveDocument, SectionViews>();

/** The read views of a document at its current version, computed once per version. */
export function viewsOf(live: LiveDocument): SectionViews {
  const cached = memo.get(live);
  if (cached?.version === live.version) return cached;
  const text = toPlainText(live.doc);
  const views = { version: live.version, text, markdown: toMarkdown(live.doc), wordCount: countWords(text), contentHash: contentHash(live.doc) };
  memo.set(live, views);
  return views;
}

import { diffText, type DiffPart } from '@quorum/section-content/diff';
import * as Y from 'yjs';

/**
 * Edits the server refused for good (someone else's suggestion changed, a role that no longer
 * edits, a submitted entry): the document that holds them can never be saved, and everything
 * typed after them builds on them. So the section starts again from the server's text, and the
 * words that were not saved are offered to copy rather than lost on the next reload.
 */
export interface SetAside {
  /** Why the server refused, in plain words. */
  reason: string;
  /** The words added in this browser that the saved text does not hold, or '' if none (only deletions or formatting). */
  unsaved: string;
}

/** The text of a section's Yjs fragment, block by block; suggested words included, since they are what was typed. */
export function fragmentText(fragment: Y.XmlFragment): string {
  const blocks: string[] = [];
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    let text = '';
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlText)
        text += child
          .toDelta()
          .map((part: { insert: unknown }) => (typeof part.insert === 'string' ? part.insert : ''))
          .join('');
      else if (child instanceof Y.XmlElement) walk(child);
    }
    if (text.trim()) blocks.push(text.replace(/\u200b/g, ''));
  };
  walk(fragment);
  return blocks.join('\n\n');
}

/**
 * What `typed` adds to `saved`, passage by passage. A word that only lost letters ("it." cut to
 * "i") adds nothing, though the word diff shows it replaced.
 */
export function unsavedWords(saved: string, typed: string): string {
  const parts = diffText(saved, typed);
  const passages: string[] = [];
  let passage = '';
  parts.forEach((part, i) => {
    if (part.op === 'insert' && !onlyLostLetters(part.text, parts[i - 1], parts[i + 1])) passage += afterCutWord(part.text, parts[i - 1], parts[i + 1]);
    // Words kept in between end a passage; a space or a removed word does not.
    else if (part.op === 'equal' && part.text.trim() !== '') {
      if (passage.trim()) passages.push(passage.trim());
      passage = '';
    } else if (part.op === 'equal' && passage) passage += part.text;
  });
  if (passage.trim()) passages.push(passage.trim());
  return passages.join(' … ');
}

function onlyLostLetters(inserted: string, before?: DiffPart, after?: DiffPart): boolean {
  const removed = before?.op === 'delete' ? before.text : after?.op === 'delete' ? after.text : null;
  if (removed === null) return false;
  // Each character of the insertion found, in order, in what it replaced.
  let at = 0;
  for (const char of inserted) {
    at = removed.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * The insertion less what is left of the word it replaced, when that word was cut short and
 * words typed after it ("it." cut to "i", then " Yes": "Yes"), since those letters were there.
 */
function afterCutWord(inserted: string, before?: DiffPart, after?: DiffPart): string {
  const removed = before?.op === 'delete' ? before.text : after?.op === 'delete' ? after.text : '';
  let same = 0;
  while (same < inserted.length && same < removed.length && inserted[same] === removed[same]) same++;
  return same > 0 && /^\s/.test(inserted.slice(same)) ? inserted.slice(same) : inserted;
}

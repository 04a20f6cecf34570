import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Words as the server counts them (packages/section-content, views.ts): runs of non-space
 * characters holding a letter or a digit, in the text of each block.
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Which text to count: as accepted (pending insertions left out, as the server counts), or with every suggestion accepted. */
export type WordsOf = 'accepted' | 'suggested';
const LEFT_OUT: Record<WordsOf, string> = { accepted: 'insertion', suggested: 'deletion' };

export function wordsIn(doc: ProseMirrorNode, of: WordsOf = 'accepted'): number {
  const leftOut = LEFT_OUT[of];
  const blocks: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      if (child.marks.some((mark) => mark.type.name === leftOut)) return;
      text += child.isText ? child.text : child.type.name === 'hardBreak' ? '\n' : '';
    });
    blocks.push(text);
    return false;
  });
  return countWords(blocks.join('\n\n'));
}

export type WordStatus = 'under' | 'near' | 'over';

/** Near means 90% of the limit or more: time to start trimming. */
export function wordStatus(words: number, limit: number): WordStatus {
  if (words > limit) return 'over';
  return words >= Math.ceil(limit * 0.9) ? 'near' : 'under';
}

const plural = (n: number) => `${n} ${n === 1 ? 'word' : 'words'}`;

export function wordMessage(words: number, limit: number): string {
  switch (wordStatus(words, limit)) {
    case 'over':
      return `You have ${plural(words - limit)} too many`;
    case 'near':
      return `You have ${plural(limit - words)} remaining`;
    case 'under':
      return `${plural(words)} of ${limit} used`;
  }
}

import * as Y from 'yjs';

const MARKS = ['insertion', 'deletion', 'modification'];

/**
 * The suggestions in a section's Yjs document with the words each marks, sorted and joined: a
 * key that changes when a suggestion is made, grows, is accepted or is rejected (by anyone), so
 * the list is read again and never shows fewer words than Accept would take in.
 */
export function suggestionKey(fragment: Y.XmlFragment): string {
  const words = new Map<string, string>();
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment) => {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert?: unknown; attributes?: Record<string, { id?: unknown } | undefined> }[]) {
        for (const mark of MARKS) {
          const id = op.attributes?.[mark]?.id;
          if (typeof id === 'string') words.set(`${mark} ${id}`, (words.get(`${mark} ${id}`) ?? '') + (typeof op.insert === 'string' ? op.insert : '\n'));
        }
      }
    } else if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) {
      node.toArray().forEach(walk);
    }
  };
  walk(fragment);
  return [...words]
    .map(([key, text]) => `${key}:${text}`)
    .sort()
    .join('\u0000');
}

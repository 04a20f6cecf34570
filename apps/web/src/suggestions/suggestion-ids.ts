import * as Y from 'yjs';

const MARKS = ['insertion', 'deletion', 'modification'];

/**
 * The ids of the suggestions in a section's Yjs document, sorted and joined: a key that changes
 * when a suggestion is made, accepted or rejected (by anyone), so the list can be read again.
 */
export function suggestionKey(fragment: Y.XmlFragment): string {
  const ids = new Set<string>();
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment) => {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { attributes?: Record<string, { id?: unknown } | undefined> }[]) {
        for (const mark of MARKS) {
          const id = op.attributes?.[mark]?.id;
          if (typeof id === 'string') ids.add(id);
        }
      }
    } else if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) {
      node.toArray().forEach(walk);
    }
  };
  walk(fragment);
  return [...ids].sort().join(' ');
}

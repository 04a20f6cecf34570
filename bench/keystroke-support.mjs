// What the per-keystroke check benches (content-check, suggestion-check) share: a section of
// about 10,000 words as the server holds it, a seeded random (every run types the same
// keystrokes), and each keystroke's update applied in turn to a fresh copy of the section.
import * as Y from 'yjs';
import { replaceContentUpdate } from '../packages/section-content/dist/index.js';

const words = (n, seed) => Array.from({ length: n }, (_, i) => ['patients', 'sepsis', 'screening', 'rose', 'for', 'Black', 'and', 'Asian', 'groups', 'within', 'hours'][(i * 7 + seed) % 11]).join(' ');

/** The server's Yjs document of a section of at least `wordCount` words: headings, paragraphs with italics, bulleted lists with bold. */
export function sectionOfWords(wordCount) {
  const blocks = [];
  for (let i = 0; blocks.join(' ').split(/\s+/).length < wordCount; i++) {
    if (i % 12 === 0) blocks.push(`## Part ${i / 12 + 1}`);
    else if (i % 12 === 5) blocks.push(`- ${words(12, i)}\n- **${words(10, i + 1)}**\n- ${words(14, i + 2)}`);
    else blocks.push(`${words(30, i)} *${words(5, i)}* ${words(20, i + 3)}.`);
  }
  const server = new Y.Doc();
  server.getXmlFragment('content');
  Y.applyUpdate(server, replaceContentUpdate(new Y.Doc(), blocks.join('\n\n')));
  return server;
}

/** `random(n)`: a whole number below n, from the same seed in every run. */
export function seededRandom() {
  let seed = 1;
  return (n) => (seed = (seed * 16807) % 2147483647) % n;
}

/** Applies the updates in turn to one fresh copy of `server`, calling `each(doc, update)` for each; what it returned, in order. */
export function onFreshCopy(server, updates, each) {
  const doc = new Y.Doc();
  doc.getXmlFragment('content');
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  return updates.map((update) => each(doc, update));
}

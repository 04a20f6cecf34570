// What the schema check (issue 10, finding 2) costs per keystroke on a section of about 10,000
// words: applying each update as the server does (Yjs readUpdate) with and without
// contentProblemSince, which checks only what the update inserted. For scale, in the same run:
// checking the whole document per keystroke (contentProblem, and a full conversion to
// ProseMirror with check()), which is what the check avoids.
// Run after `pnpm build`: node bench/content-check.mjs
import * as Y from 'yjs';
import { contentProblem, contentProblemSince, stateVectorOf, toProseMirrorDoc } from '../packages/section-content/dist/index.js';
import { onFreshCopy, sectionOfWords, seededRandom } from './keystroke-support.mjs';

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 3000);
const server = sectionOfWords(10_000);
// A section worked on for months has seen many editor sessions, each a Yjs client of its own:
// the state vector the check reads grows with them.
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 500);
for (let i = 0; i < SESSIONS; i++) {
  const session = new Y.Doc();
  Y.applyUpdate(session, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(session);
  const paragraphs = session
    .getXmlFragment('content')
    .toArray()
    .filter((b) => b.nodeName === 'paragraph');
  paragraphs[i % paragraphs.length].get(0).insert(0, 'a');
  Y.applyUpdate(server, Y.encodeStateAsUpdate(session, before));
}
const client = new Y.Doc();
Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
const wordCount = toProseMirrorDoc(server).textContent.split(/\s+/).length;

// Keystrokes: a character typed into a random paragraph; every 40th a new paragraph (Enter),
// every 25th a word made bold. Each is one update, as the editor sends them.
const updates = [];
client.on('update', (u) => updates.push(u));
const texts = [];
const walk = (type) => type.toArray().forEach((c) => (c instanceof Y.XmlText ? texts.push(c) : c instanceof Y.XmlElement && walk(c)));
walk(client.getXmlFragment('content'));
const random = seededRandom();
for (let i = 0; i < KEYSTROKES; i++) {
  const text = texts[random(texts.length)];
  if (i % 40 === 39) {
    const p = new Y.XmlElement('paragraph');
    const fragment = client.getXmlFragment('content');
    fragment.insert(random(fragment.length), [p]);
    p.insert(0, [new Y.XmlText('n')]);
  } else if (i % 25 === 24 && text.length > 6) text.format(random(text.length - 5), 5, { bold: {} });
  else text.insert(random(text.length + 1), 'x');
}

/** Applies every keystroke's update to a fresh copy of the section, timing `part` of each. */
const run = (each) => onFreshCopy(server, updates, each);
const time = (work) => {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
function report(name, times) {
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`${name.padEnd(60)} mean ${mean.toFixed(3)} ms  p50 ${at(0.5).toFixed(3)} ms  p99 ${at(0.99).toFixed(3)} ms`);
  return mean;
}

console.log(`${wordCount} words, ${server.getXmlFragment('content').length} top-level blocks, ${server.store.clients.size} Yjs clients, ${updates.length} keystroke updates\n`);
const checkOnly = (doc, update) => {
  let before;
  const t1 = time(() => (before = stateVectorOf(doc)));
  Y.applyUpdate(doc, update);
  let problem;
  const t2 = time(() => (problem = contentProblemSince(doc, before)));
  if (problem) throw new Error(`an ordinary keystroke was refused: ${problem}`);
  return t1 + t2;
};
run(checkOnly); // warm-up: let the JIT settle
const apply = report(
  'applying the update (Y.applyUpdate), for comparison',
  run((doc, update) => time(() => Y.applyUpdate(doc, update))),
);
const check = report('the check: stateVectorOf + contentProblemSince', run(checkOnly));
const whole = report(
  'instead, contentProblem over the whole document',
  run((doc, update) => (Y.applyUpdate(doc, update), time(() => contentProblem(doc.getXmlFragment('content'))))),
);
const full = report(
  'instead, toProseMirrorDoc(strict).check() of the whole document',
  run((doc, update) => (Y.applyUpdate(doc, update), time(() => toProseMirrorDoc(doc, true).check()))),
);
console.log(
  `\nper keystroke: the check ${(check * 1000).toFixed(0)} µs, applying the update ${(apply * 1000).toFixed(0)} µs; a whole-document check would be ${whole.toFixed(2)} ms, a full conversion ${full.toFixed(2)} ms`,
);

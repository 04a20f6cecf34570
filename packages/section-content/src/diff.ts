import { diffArrays } from 'diff';

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

// jsdiff's Myers diff costs time and memory with the square of the edits; beyond this many the
// changed middle is shown as one deletion and one insertion instead.
const MAX_EDITS = 2000;

/**
 * Word-level diff: words and runs of whitespace are the units (so a changed space shows, and
 * words are never split); adjacent parts of one kind are merged. jsdiff's own word diff splits
 * punctuation from words, which reads badly in a revision compare: hence our units, its algorithm.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const a = before.match(/\s+|\S+/g) ?? [];
  const b = after.match(/\s+|\S+/g) ?? [];
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDITS }) ?? coarse(a, b);
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const op: DiffPart['op'] = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const text = change.value.join('');
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += text;
    else if (text !== '') parts.push({ op, text });
  }
  return parts;
}

/** The common start and end kept, everything between as one deletion and one insertion. */
function coarse(a: string[], b: string[]): Array<{ value: string[]; added?: boolean; removed?: boolean }> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [{ value: a.slice(0, start) }, { value: a.slice(start, a.length - end), removed: true }, { value: b.slice(start, b.length - end), added: true }, { value: a.slice(a.length - end) }];
}

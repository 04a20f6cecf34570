export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

// Beyond this many edits the trace of a Myers diff grows too large (about MAX_EDITS² numbers);
// the changed middle is then shown as one deletion and one insertion.
const MAX_EDITS = 2000;

/** Word-level diff: words and runs of whitespace are the units; adjacent parts are merged. */
export function diffText(before: string, after: string): DiffPart[] {
  const a = before.match(/\s+|\S+/g) ?? [];
  const b = after.match(/\s+|\S+/g) ?? [];
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += text;
    else if (text !== '') parts.push({ op, text });
  };
  for (const [op, token] of myers(a, b)) push(op, token);
  return parts;
}

/** Myers' O((N+M)D) shortest edit script, as a list of [op, token] in order. */
function myers(a: string[], b: string[]): Array<[DiffPart['op'], string]> {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3); // v[offset + k]: furthest x on diagonal k
  const trace: Int32Array[] = []; // trace[d]: v before step d, diagonals -d-1..d+1
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
      let x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace);
    }
  }
  return coarse(a, b);
}

function backtrack(a: string[], b: string[], trace: Int32Array[]): Array<[DiffPart['op'], string]> {
  const out: Array<[DiffPart['op'], string]> = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const at = (k: number) => trace[d][k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push(['equal', a[--x]]);
      y--;
    }
    if (d > 0) out.push(x === prevX ? ['insert', b[--y]] : ['delete', a[--x]]);
  }
  return out.reverse();
}

function coarse(a: string[], b: string[]): Array<[DiffPart['op'], string]> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [
    ...a.slice(0, start).map((t): [DiffPart['op'], string] => ['equal', t]),
    ['delete', a.slice(start, a.length - end).join('')],
    ['insert', b.slice(start, b.length - end).join('')],
    ...a.slice(a.length - end).map((t): [DiffPart['op'], string] => ['equal', t]),
  ];
}

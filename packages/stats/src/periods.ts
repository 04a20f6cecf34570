/**
 * The order of a metric's periods, read from their labels. A wrong order turns an improvement
 * into a worsening in every sentence, so this reads only labels whose order is certain and
 * otherwise says the order is unclear, for the analyst to choose the baseline and follow-up.
 *
 * Understood: stages ("Pre-intervention"/"Post-intervention", "Baseline"/"Follow-up",
 * "Before"/"After"), ISO dates ("2024-01-31"), months ("Jan 2024", "January 2024", "2024-01",
 * "01/2024"), quarters ("Q4 2023", "2023 Q4", "2023-Q4"), financial years ("2023/24",
 * "FY2023-24", "FY 2023/2024"), calendar years ("2023"), and labels that differ only in their
 * numbers ("Cycle 2", "Cycle 10") or lead with different years ("2023 audit", "2024 re-audit"). A stage word may lead a dated label ("Baseline (Q4 2023)").
 * Labels of different kinds of date (a month and a quarter) are compared only when their spans
 * do not overlap; two labels for the same span ("2023/24" and "FY2023-24") are unclear.
 */

/** How the order of periods was settled. */
export type PeriodOrderStatus = 'detected' | 'unclear';

export interface PeriodOrder {
  /** The periods, earliest first when `status` is 'detected'; otherwise in natural text order. */
  readonly periods: readonly string[];
  readonly status: PeriodOrderStatus;
  /** Why the order is unclear, in plain words; null when detected. */
  readonly reason: string | null;
}

/** A span of time in days since 1970-01-01, [start, end). */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const day = (y: number, m: number, d = 1) => Date.UTC(y, m, d) / 86_400_000;
const monthSpan = (y: number, m: number, months: number, kind: string): Span => ({ start: day(y, m), end: day(y, m + months), kind });

/** Two-digit years are 20xx (NHS data of this century). */
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

function monthIndex(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  // Only the month's abbreviation or its full name, not any word starting with its letters.
  if (i < 0) return -1;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i];
  const lower = name.toLowerCase();
  return lower === MONTHS[i] || lower === full || (lower === 'sept' && i === 8) ? i : -1;
}

/** The span a label names, or null when it is not a date of a kind understood here. */
export function periodSpan(label: string): Span | null {
  const t = label.trim().replace(/\s+/g, ' ');
  let m: RegExpMatchArray | null;
  // ISO date 2024-01-31.
  if ((m = t.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    if (mo > 11 || d < 1 || d > 31 || new Date(Date.UTC(y, mo, d)).getUTCMonth() !== mo) return null;
    return { start: day(y, mo, d), end: day(y, mo, d + 1), kind: 'day' };
  }
  // Financial year, April to March: 2023/24, 2023-24, 2023/2024, FY2023-24, FY 23/24.
  if ((m = t.match(/^(FY ?)?(\d{4}|\d{2}) ?([/-]) ?(\d{4}|\d{2})$/i))) {
    const [a, b] = [fullYear(m[2]), fullYear(m[4])];
    const fy = b === a + 1 && (m[2].length === 4 || m[1] !== undefined);
    // "2011-12" is also December 2011 in ISO form: neither reading is safe.
    const isoMonth = !m[1] && m[2].length === 4 && m[3] === '-' && m[4].length === 2 && Number(m[4]) >= 1 && Number(m[4]) <= 12;
    if (fy && isoMonth) return null;
    if (fy) return monthSpan(a, 3, 12, 'financial year');
  }
  // Month as numbers: 2024-01, 2024/01, 01/2024.
  const numeric = t.match(/^(\d{4})[-/](\d{1,2})$/) ?? t.match(/^(\d{1,2})[-/](\d{4})$/);
  if (numeric) {
    const [y, mo] = numeric[1].length === 4 ? [Number(numeric[1]), Number(numeric[2]) - 1] : [Number(numeric[2]), Number(numeric[1]) - 1];
    return mo >= 0 && mo <= 11 ? monthSpan(y, mo, 1, 'month') : null;
  }
  // Month by name: Jan 2024, January 2024, Jan-24, 2024 Jan.
  if ((m = t.match(/^([A-Za-z]+)[ -](\d{4}|\d{2})$/))) {
    const mo = monthIndex(m[1]);
    if (mo >= 0) return monthSpan(fullYear(m[2]), mo, 1, 'month');
  }
  if ((m = t.match(/^(\d{4})[ -]([A-Za-z]+)$/))) {
    const mo = monthIndex(m[2]);
    if (mo >= 0) return monthSpan(Number(m[1]), mo, 1, 'month');
  }
  // Calendar quarter: Q4 2023, Q4-2023, 2023 Q4, 2023-Q4, 2023Q4.
  if ((m = t.match(/^Q([1-4])[ -/]?(\d{4})$/i))) return monthSpan(Number(m[2]), (Number(m[1]) - 1) * 3, 3, 'quarter');
  if ((m = t.match(/^(\d{4})[ -/]?Q([1-4])$/i))) return monthSpan(Number(m[1]), (Number(m[2]) - 1) * 3, 3, 'quarter');
  // Calendar year.
  if ((m = t.match(/^(\d{4})$/))) return monthSpan(Number(m[1]), 0, 12, 'year');
  return null;
}

/** Stage words: −1 before the intervention, +1 after it. */
const BEFORE = /^(pre\b|pre-|before\b|baseline\b|base line\b)/i;
const AFTER = /^(post\b|post-|after\b|follow[- ]?up\b|followup\b)/i;

function stageOf(label: string): { stage: -1 | 0 | 1; rest: string } {
  const t = label.trim();
  for (const [pattern, stage] of [
    [BEFORE, -1],
    [AFTER, 1],
  ] as const) {
    const m = t.match(pattern);
    if (m) {
      const rest = t
        .slice(m[0].length)
        .replace(/^[-\s:(]*(intervention|implementation|period|change)?[\s:)]*/i, '')
        .replace(/[()]/g, '')
        .trim();
      return { stage, rest };
    }
  }
  return { stage: 0, rest: t };
}

/**
 * Labels differing only in their numbers, e.g. "Cycle 2" and "Cycle 10", or "Wave 1 week 3" and
 * "Wave 2 week 1": each label's numbers in order, compared left to right.
 */
function ordinals(labels: string[]): number[][] | null {
  const shape = (l: string) => l.trim().toLowerCase().replace(/\d+/g, '#');
  if (labels.some((l) => !/\d/.test(l)) || new Set(labels.map(shape)).size !== 1) return null;
  return labels.map((l) => (l.match(/\d+/g) ?? []).map(Number));
}

const compareTuples = (a: number[], b: number[]) => a.reduce((d, x, i) => d || x - b[i], 0);

/** Sort keys for labels of one stage, or a reason their order is unclear. */
function keysOf(labels: string[], names: string[] = labels): { keys: number[] } | { reason: string } {
  if (labels.length <= 1) return { keys: labels.map(() => 0) };
  const spans = labels.map(periodSpan);
  if (spans.every((s) => s !== null)) {
    const sorted = labels.map((_, i) => ({ l: names[i], s: spans[i]! })).sort((a, b) => a.s.start - b.s.start);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].s.start < sorted[i - 1].s.end) return { reason: `“${sorted[i - 1].l}” and “${sorted[i].l}” cover overlapping times.` };
    }
    return { keys: spans.map((s) => s!.start) };
  }
  const numbers = ordinals(labels);
  if (numbers && new Set(numbers.map((n) => n.join('.'))).size === numbers.length) {
    // Ranks, so that the caller compares plain numbers.
    const sorted = [...numbers].sort(compareTuples);
    return { keys: numbers.map((n) => sorted.indexOf(n)) };
  }
  // Labels led by distinct years ("2023 audit", "2024-Q10"): whatever follows, each lies in its year.
  const years = labels.map((l) => l.trim().match(/^(\d{4})(?!\d)/)?.[1]);
  if (years.every((y) => y !== undefined) && new Set(years).size === years.length) return { keys: years.map(Number) };
  const unread = names.filter((_, i) => spans[i] === null || numbers !== null).slice(0, 2);
  return { reason: `the order of ${unread.map((l) => `“${l}”`).join(' and ')} cannot be read from ${unread.length === 1 ? 'its label' : 'their labels'}.` };
}

/** Natural text order, so that listings stay stable when the real order is unclear. */
export function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Reads the order of the periods from their labels (see the module comment for what is read). */
export function orderPeriodLabels(labels: Iterable<string>): PeriodOrder {
  const unique = [...new Set(labels)].sort(naturalOrder);
  if (unique.length <= 1) return { periods: unique, status: 'detected', reason: null };
  const staged = unique.map((label) => ({ label, ...stageOf(label) }));
  const keyed = new Map<string, [number, number]>();
  for (const stage of [-1, 0, 1] as const) {
    const members = staged.filter((s) => s.stage === stage);
    // Stage words order the stages; within one, what follows the word ("Follow-up 6 months") orders them.
    const keys = keysOf(
      members.map((s) => (stage === 0 ? s.label : s.rest)),
      members.map((s) => s.label),
    );
    if ('reason' in keys) {
      const reason = `The order of the periods is unclear: ${keys.reason} Choose the baseline and follow-up.`;
      return { periods: unique, status: 'unclear', reason };
    }
    members.forEach((s, i) => keyed.set(s.label, [stage, keys.keys[i]]));
  }
  const stages = new Set(staged.map((s) => s.stage));
  // Undated labels beside stage words ("Baseline", "Audit", "Post") cannot be placed.
  const dated = staged.filter((s) => s.stage !== 0).every((s) => periodSpan(s.rest) !== null);
  // Dated stages ("Baseline (Q1 2024)") are also checked against their dates.
  if (stages.size > 1 && (stages.has(0) || dated)) {
    const middle = staged.filter((s) => s.stage === 0 && periodSpan(s.label) === null);
    if (middle.length > 0 || !dated) {
      const label = (middle[0] ?? staged.find((s) => s.stage === 0)!).label;
      return { periods: unique, status: 'unclear', reason: `The order of the periods is unclear: “${label}” cannot be placed among the before and after periods. Choose the baseline and follow-up.` };
    }
    // Dated stages and dates: order by the dates, which must agree with the stage words.
    const spanOf = (s: (typeof staged)[number]) => periodSpan(s.stage === 0 ? s.label : s.rest)!;
    const byDate = [...staged].sort((a, b) => spanOf(a).start - spanOf(b).start);
    const stageOrder = byDate.map((s) => s.stage);
    if (stageOrder.some((s, i) => i > 0 && s < stageOrder[i - 1])) {
      return { periods: unique, status: 'unclear', reason: 'The order of the periods is unclear: their dates and their before/after words disagree. Choose the baseline and follow-up.' };
    }
    return { periods: byDate.map((s) => s.label), status: 'detected', reason: null };
  }
  const periods = [...unique].sort((a, b) => {
    const [x, y] = [keyed.get(a)!, keyed.get(b)!];
    return x[0] - y[0] || x[1] - y[1];
  });
  return { periods, status: 'detected', reason: null };
}

/** −1 when a is certainly before b, 1 when certainly after, 0 when the labels do not tell. */
export function comparePeriodLabels(a: string, b: string): number {
  if (a === b) return 0;
  const order = orderPeriodLabels([a, b]);
  if (order.status !== 'detected') return 0;
  return order.periods[0] === a ? -1 : 1;
}

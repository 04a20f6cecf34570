/**
 * Plain-language sentences for gap analysis results, for award entries and summaries.
 * Proportions are shown as percentages and differences as percentage points, rates per N
 * ("12.3 per 1,000"), means in their unit; rounded to one decimal place by default.
 * "Beyond chance" means the confidence interval excludes zero; the wording avoids
 * "significant", which readers often take to mean "important".
 *
 * Rounded figures never contradict the words: where a change beyond chance would round to 0,
 * or its interval to a limit of 0, or its two values to the same figure, up to three more
 * decimals are shown; a change that still rounds to 0 is worded as no change at that precision.
 */
import { confidenceLevel } from './distributions.js';
import type { GapAnalysis, GapVerdict, GroupGap, GroupTrend } from './gap.js';
import { type Interval, isInterval } from './interval.js';

export interface SentenceOptions {
  /** Noun phrase for the metric, e.g. "uptake of bowel cancer screening". */
  readonly metric: string;
  /** Display label per group name, e.g. { 'Black, Black British, Caribbean or African': 'Black' }. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Who is counted; default "patients". */
  readonly population?: string;
  /** Decimal places for percentages and percentage points; default 1. */
  readonly decimals?: number;
  /** How values and differences are written; default {@link PROPORTION_SCALE}. */
  readonly scale?: Scale;
}

/** How a metric's values and differences read: "45.2%" and "percentage points", "12.3 per 1,000" and "per 1,000". */
export interface Scale {
  /** A value, e.g. "45.2%". */
  value(x: number, decimals: number): string;
  /** A value or difference as a bare number on the scale the words use (a proportion × 100). */
  number(x: number, decimals: number): string;
  /** The unit of a difference, after the number ("percentage points"); empty for none. */
  readonly unit: string;
  /** The same unit after "from X to Y" ("percentage points"), or the value's own suffix. */
  readonly gapUnit: string;
}

/** Formats with a true minus sign and no "−0.0". */
function fixed(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text.replace('-', '−');
}

export const PROPORTION_SCALE: Scale = {
  value: (x, d) => `${fixed(x * 100, d)}%`,
  number: (x, d) => fixed(x * 100, d),
  unit: 'percentage points',
  gapUnit: 'percentage points',
};

/** Rates per `per` (a rate of 0.0123 per person reads "12.3 per 1,000"). */
export function rateScale(per: number): Scale {
  const unit = `per ${per.toLocaleString('en-GB')}`;
  return { value: (x, d) => `${fixed(x * per, d)} ${unit}`, number: (x, d) => fixed(x * per, d), unit, gapUnit: unit };
}

/** Means in their unit ("42.0 minutes"); no unit reads as the bare number. */
export function meanScale(unit?: string | null): Scale {
  const u = unit?.trim() ?? '';
  return { value: (x, d) => (u ? `${fixed(x, d)} ${u}` : fixed(x, d)), number: (x, d) => fixed(x, d), unit: u, gapUnit: u };
}

/** " minutes" or "" for a unit-less mean. */
const after_ = (unit: string) => (unit ? ` ${unit}` : '');

/**
 * The fewest decimals from `d` to `d + 3` at which `consistent` holds, or null when none does
 * (the rounded figures would contradict the words at any of them).
 */
function decimalsFor(d: number, consistent: (k: number) => boolean): number | null {
  for (let k = d; k <= d + 3; k++) if (consistent(k)) return k;
  return null;
}

function signed(scale: Scale, value: number, decimals: number): string {
  const text = scale.number(value, decimals);
  return Number(text.replace('−', '-')) > 0 ? `+${text}` : text;
}

const isZero = (text: string) => Number(text.replace('−', '-')) === 0;

/** "95%" for the default z; one decimal place only when needed (e.g. "99.9%"). */
export function levelLabel(z: number): string {
  return `${Number((confidenceLevel(z) * 100).toFixed(1))}%`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function context(analysis: GapAnalysis, options: SentenceOptions) {
  return {
    d: options.decimals ?? 1,
    scale: options.scale ?? PROPORTION_SCALE,
    pop: options.population ?? 'patients',
    level: levelLabel(analysis.z),
    label: (group: string) => options.labels?.[group] ?? group,
  };
}

function findGroup(analysis: GapAnalysis, group: string): GroupGap {
  const found = analysis.groups.find((g) => g.group === group);
  if (!found) throw new RangeError(`group "${group}" is not a compared group in this analysis`);
  return found;
}

interface Words {
  readonly G: string;
  readonly R: string;
  readonly metric: string;
  readonly pop: string;
  readonly level: string;
  readonly d: number;
  readonly scale: Scale;
}

/**
 * One sentence on how a group's gap with the reference group changed, e.g. "The gap in
 * uptake between Black and White patients fell from 12.3 to 4.1 percentage points (95% CI for
 * the change: −14.2 to −2.0 percentage points), a narrowing unlikely to be due to chance alone."
 * The interval is for the change in the size of the gap, so a negative change means narrowing.
 * When the gap changed sides both periods are described instead, since a "size" would mislead.
 * A second sentence is added when the narrowing partly came from the reference group getting worse.
 */
export function describeGapChange(analysis: GapAnalysis, group: string, options: SentenceOptions): string {
  const { d, pop, level, label, scale } = context(analysis, options);
  const g = findGroup(analysis, group);
  const [G, R, metric] = [label(g.group), label(analysis.reference.group), options.metric];
  const words: Words = { G, R, metric, pop, level, d, scale };
  const before = g.gapBefore.difference;
  const after = g.gapAfter.difference;
  const change = g.gapChange;
  if (!isInterval(before) || !isInterval(after) || !isInterval(change)) {
    return `There are not enough data to compare ${metric} between ${G} and ${R} ${pop} at both times.`;
  }
  const crossed = before.estimate * after.estimate < 0;
  let text = crossed ? changedSides(words, g.gapVerdict, before, after, change) : sameSide(words, g.gapVerdict, before, after, change);
  if ((g.gapVerdict === 'narrowed' || g.gapVerdict === 'reversed') && levelledDown(analysis, before)) {
    text += ` Over the same period ${metric} worsened among ${R} ${pop},`;
    text += ' which accounts for part of this change.';
  }
  return text;
}

/** The gap stayed on one side of zero: describe its size, with the interval for the change in size. */
function sameSide(w: Words, verdict: GapVerdict, before: Interval, after: Interval, change: Interval): string {
  // Orient the interval so that a negative change always means the gap got smaller.
  const s = Math.sign(before.estimate) || Math.sign(after.estimate) || 1;
  const [lo, hi] = s > 0 ? [change.lower, change.upper] : [-change.upper, -change.lower];
  const sized = Math.abs(after.estimate) - Math.abs(before.estimate);
  const clear = verdict === 'narrowed' || verdict === 'widened';
  const n = (x: number, k: number) => w.scale.number(x, k);
  const k = decimalsFor(w.d, (k) => {
    const same = n(Math.abs(before.estimate), k) === n(Math.abs(after.estimate), k);
    if (clear) return !same && !isZero(n(sized, k)) && !isZero(n(sized > 0 ? lo : hi, k));
    return same === isZero(n(sized, k));
  });
  const d = k ?? w.d;
  const [from, to] = [n(Math.abs(before.estimate), d), n(Math.abs(after.estimate), d)];
  const unit = after_(w.scale.gapUnit);
  const movement = k === null || from === to ? `stayed at ${from}${unit}` : `${sized < 0 ? 'fell' : 'rose'} from ${from} to ${to}${unit}`;
  const clause =
    k === null
      ? ', no change at this precision'
      : verdict === 'narrowed'
        ? ', a narrowing unlikely to be due to chance alone'
        : verdict === 'widened'
          ? ', a widening unlikely to be due to chance alone'
          : ', so the change could be due to chance';
  return `The gap in ${w.metric} between ${w.G} and ${w.R} ${w.pop} ${movement} ` + `(${w.level} CI for the change: ${n(lo, d)} to ${n(hi, d)}${unit})${clause}.`;
}

const CLOSED = 'at follow-up the groups are not clearly different';

/** The gap changed sides: describe both periods, with the interval for the change in G − R. */
function changedSides(w: Words, verdict: GapVerdict, before: Interval, after: Interval, change: Interval): string {
  const n = (x: number, k: number) => w.scale.number(x, k);
  const clear = verdict === 'reversed' || verdict === 'narrowed';
  const k = decimalsFor(w.d, (k) => !isZero(n(before.estimate, k)) && !isZero(n(after.estimate, k)) && (!clear || !isZero(n(change.estimate > 0 ? change.lower : change.upper, k))));
  const d = k ?? w.d;
  const unit = after_(w.scale.gapUnit);
  const side = (i: Interval) => `${n(Math.abs(i.estimate), d)}${unit} ${i.estimate < 0 ? 'lower' : 'higher'}`;
  // "reversed" only when the follow-up gap is itself beyond chance; otherwise it "closed".
  const [verb, clause] =
    verdict === 'reversed'
      ? ['reversed', ', a reversal unlikely to be due to chance alone']
      : verdict === 'narrowed'
        ? ['closed', `, a change unlikely to be due to chance alone; ${CLOSED}`]
        : ['changed direction', ', so the change could be due to chance'];
  return (
    `The gap in ${w.metric} between ${w.G} and ${w.R} ${w.pop} ${verb}: at baseline ${w.metric} was ` +
    `${side(before)} among ${w.G} ${w.pop} than among ${w.R} ${w.pop}, and at follow-up ${side(after)} ` +
    `(change in the ${w.G} minus ${w.R} difference: ` +
    `${signed(w.scale, change.estimate, d)}${unit}, ` +
    `${w.level} CI ${n(change.lower, d)} to ${n(change.upper, d)})${clause}.`
  );
}

/** True when the reference group got worse while the compared group started behind it. */
function levelledDown(analysis: GapAnalysis, before: Interval): boolean {
  const good = analysis.direction === 'higher-is-better' ? 1 : -1;
  return analysis.reference.changeVerdict === 'worsened' && Math.sign(before.estimate) === -good;
}

/**
 * One sentence on a single group's change between periods, e.g. "Uptake among Black patients
 * rose from 45.2% to 53.0% (change +7.8 percentage points, 95% CI 2.1 to 13.4), an improvement
 * unlikely to be due to chance alone." Works for the reference group too.
 */
export function describeGroupChange(analysis: GapAnalysis, group: string, options: SentenceOptions): string {
  const { d: base, pop, level, label, scale } = context(analysis, options);
  const g: GroupTrend = group === analysis.reference.group ? analysis.reference : findGroup(analysis, group);
  const who = `among ${label(g.group)} ${pop}`;
  const { baseline, followUp, change } = g;
  if (!isInterval(baseline) || !isInterval(followUp) || !isInterval(change)) {
    return `There are not enough data to describe ${options.metric} ${who} at both times.`;
  }
  const clear = g.changeVerdict === 'improved' || g.changeVerdict === 'worsened';
  const k = decimalsFor(base, (k) => {
    const same = scale.value(baseline.estimate, k) === scale.value(followUp.estimate, k);
    if (clear) return !same && !isZero(scale.number(change.estimate, k)) && !isZero(scale.number(change.estimate > 0 ? change.lower : change.upper, k));
    return same === isZero(scale.number(change.estimate, k));
  });
  const d = k ?? base;
  const [from, to] = [scale.value(baseline.estimate, d), scale.value(followUp.estimate, d)];
  const rose = followUp.estimate > baseline.estimate;
  const movement = k === null || from === to ? `stayed at ${from}` : `${rose ? 'rose' : 'fell'} from ${from} to ${to}`;
  const clause =
    k === null
      ? ', no change at this precision'
      : g.changeVerdict === 'improved'
        ? ', an improvement unlikely to be due to chance alone'
        : g.changeVerdict === 'worsened'
          ? ', a worsening unlikely to be due to chance alone'
          : ', so the change could be due to chance';
  return (
    `${capitalise(options.metric)} ${who} ${movement} ` +
    `(change ${signed(scale, change.estimate, d)}${after_(scale.unit)}, ` +
    `${level} CI ${scale.number(change.lower, d)} to ${scale.number(change.upper, d)})${clause}.`
  );
}

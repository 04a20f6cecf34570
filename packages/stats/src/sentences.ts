/**
 * Plain-language sentences for gap analysis results, for award entries and summaries.
 * Proportions are shown as percentages and differences as percentage points, rounded to one
 * decimal place by default. "Beyond chance" means the confidence interval excludes zero; the
 * wording avoids "significant", which readers often take to mean "important".
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
}

/** Formats a proportion-scale number as percentage points with a true minus sign and no "−0.0". */
function points(value: number, decimals: number): string {
  const text = (value * 100).toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text.replace('-', '−');
}

function signedPoints(value: number, decimals: number): string {
  const text = points(value, decimals);
  return Number((value * 100).toFixed(decimals)) > 0 ? `+${text}` : text;
}

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
  const { d, pop, level, label } = context(analysis, options);
  const g = findGroup(analysis, group);
  const [G, R, metric] = [label(g.group), label(analysis.reference.group), options.metric];
  const words: Words = { G, R, metric, pop, level, d };
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
  const [from, to] = [points(Math.abs(before.estimate), w.d), points(Math.abs(after.estimate), w.d)];
  const fell = Math.abs(after.estimate) < Math.abs(before.estimate);
  const movement = from === to ? `stayed at ${from} percentage points` : `${fell ? 'fell' : 'rose'} from ${from} to ${to} percentage points`;
  const clause =
    verdict === 'narrowed' ? ', a narrowing unlikely to be due to chance alone' : verdict === 'widened' ? ', a widening unlikely to be due to chance alone' : ', so the change could be due to chance';
  return `The gap in ${w.metric} between ${w.G} and ${w.R} ${w.pop} ${movement} ` + `(${w.level} CI for the change: ${points(lo, w.d)} to ${points(hi, w.d)} percentage points)${clause}.`;
}

const CLOSED = 'at follow-up the groups are not clearly different';

/** The gap changed sides: describe both periods, with the interval for the change in G − R. */
function changedSides(w: Words, verdict: GapVerdict, before: Interval, after: Interval, change: Interval): string {
  const side = (i: Interval) => `${points(Math.abs(i.estimate), w.d)} percentage points ${i.estimate < 0 ? 'lower' : 'higher'}`;
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
    `${signedPoints(change.estimate, w.d)} percentage points, ` +
    `${w.level} CI ${points(change.lower, w.d)} to ${points(change.upper, w.d)})${clause}.`
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
  const { d, pop, level, label } = context(analysis, options);
  const g: GroupTrend = group === analysis.reference.group ? analysis.reference : findGroup(analysis, group);
  const who = `among ${label(g.group)} ${pop}`;
  const { baseline, followUp, change } = g;
  if (!isInterval(baseline) || !isInterval(followUp) || !isInterval(change)) {
    return `There are not enough data to describe ${options.metric} ${who} at both times.`;
  }
  const [from, to] = [`${points(baseline.estimate, d)}%`, `${points(followUp.estimate, d)}%`];
  const rose = followUp.estimate > baseline.estimate;
  const movement = from === to ? `stayed at ${from}` : `${rose ? 'rose' : 'fell'} from ${from} to ${to}`;
  const clause =
    g.changeVerdict === 'improved'
      ? ', an improvement unlikely to be due to chance alone'
      : g.changeVerdict === 'worsened'
        ? ', a worsening unlikely to be due to chance alone'
        : ', so the change could be due to chance';
  return (
    `${capitalise(options.metric)} ${who} ${movement} ` +
    `(change ${signedPoints(change.estimate, d)} percentage points, ` +
    `${level} CI ${points(change.lower, d)} to ${points(change.upper, d)})${clause}.`
  );
}

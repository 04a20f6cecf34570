/**
 * Rates entered by age band (issue 13): a RATE metric's cell may be one five-year band of the
 * 2013 European Standard Population. The crude analysis reads the bands summed per period and
 * ethnic category (crudeCells); beside it, each group's directly age-standardised rate with
 * Dobson's interval (@quorum/stats' directlyStandardisedRate, as PHEindicatormethods phe_dsr).
 *
 * Disclosure control: a band's figures are hidden where its events or population are small
 * (primary), and where a cell (period and category) has exactly one band hidden, its next
 * smallest band too (secondary): the cell's total is shown, and the total less the bands shown
 * would give the hidden one away. Every band of a hidden cell is hidden. A standardised rate is
 * hidden wherever the group's crude rate is; with two or more bands of a cell hidden, it is one
 * weighted sum of their rates, which does not give either band's events or population back.
 */
import { AGE_BANDS, type AgeBand, directlyStandardisedRate, isAgeBand, type EthnicCategoryCode, type IntervalResult } from '@quorum/stats';
import { MetricKind } from './evidence.enums.js';
import { cellKey, type Figures } from './suppression.js';

export type BandedCell = Figures & { period: string; ethnicCode: EthnicCategoryCode; ageBand?: string | null };

/** The key of one band of one cell; a value for all ages has the band ''. */
export const bandKey = (period: string, code: string, ageBand: string | null | undefined) => `${cellKey(period, code)}\u0000${ageBand ?? ''}`;

/** Band names as the people who send values write them ("0 to 4", "00-04", "90 and over"), read as the standard's own. */
export function ageBandOf(text: string): AgeBand | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^(age[sd]?|age band|age group)\s*:?\s*/, '')
    .replace(/\s*years?$/, '')
    .replace(/\s+(to|–|—|-)\s+|[–—]/g, '-')
    .replace(/\s+/g, ' ');
  const plus = /^0*(\d+)\s*(\+|plus|and over|and older|or over|or older)$/.exec(t);
  if (plus) return `${Number(plus[1])}+` === '90+' ? '90+' : null;
  const range = /^0*(\d+)-0*(\d+)$/.exec(t);
  if (!range) return null;
  const band = `${Number(range[1])}-${Number(range[2])}`;
  return isAgeBand(band) ? band : null;
}

/** True when a metric's values come by age band. */
export const byAgeBand = (cells: readonly BandedCell[]) => cells.some((c) => !!c.ageBand);

/** The bands summed per period and ethnic category: the crude counts, which every other part of the analysis reads. */
export function crudeCells<T extends BandedCell>(cells: readonly T[]): (Figures & { period: string; ethnicCode: EthnicCategoryCode })[] {
  if (!byAgeBand(cells)) return cells as T[];
  const sums = new Map<string, Figures & { period: string; ethnicCode: EthnicCategoryCode }>();
  for (const c of cells) {
    const key = cellKey(c.period, c.ethnicCode);
    const sum = sums.get(key) ?? { period: c.period, ethnicCode: c.ethnicCode, numerator: 0, denominator: 0 };
    sum.numerator = (sum.numerator ?? 0) + (c.numerator ?? 0);
    sum.denominator = (sum.denominator ?? 0) + (c.denominator ?? 0);
    sums.set(key, sum);
  }
  return [...sums.values()];
}

/**
 * The bands to hide, by bandKey: every band of a hidden cell (`hiddenCell`), bands with small
 * events or population, and, where a cell has exactly one band hidden, its next smallest band.
 */
export function hiddenBands(cells: readonly BandedCell[], isSmall: (c: Figures) => boolean, hiddenCell: (period: string, code: string) => boolean): { hidden: Set<string>; small: Set<string> } {
  const hidden = new Set<string>();
  const small = new Set<string>();
  const byCell = new Map<string, BandedCell[]>();
  for (const c of cells) {
    if (!c.ageBand) continue;
    const key = bandKey(c.period, c.ethnicCode, c.ageBand);
    if (isSmall(c)) small.add(key);
    if (small.has(key) || hiddenCell(c.period, c.ethnicCode)) hidden.add(key);
    const cell = cellKey(c.period, c.ethnicCode);
    byCell.set(cell, [...(byCell.get(cell) ?? []), c]);
  }
  for (const bands of byCell.values()) {
    const shown = bands.filter((c) => !hidden.has(bandKey(c.period, c.ethnicCode, c.ageBand)));
    if (bands.length - shown.length !== 1 || shown.length === 0) continue;
    const next = shown.sort((a, b) => (a.denominator ?? 0) - (b.denominator ?? 0))[0];
    hidden.add(bandKey(next.period, next.ethnicCode, next.ageBand));
  }
  return { hidden, small };
}

/** One group's age bands at one period: each band's events and population summed over the group's categories. */
export interface GroupBands {
  events: number;
  population: number;
  bands: number;
  value: IntervalResult;
}

/**
 * A group's directly standardised rate at one period from its categories' banded cells (a
 * fraction per person, as every rate of the analysis: multiply by ratePer). Null when none of
 * the cells comes by age band.
 */
export function groupStandardisedRate(cells: readonly BandedCell[], z: number): GroupBands | null {
  const byBand = new Map<string, { events: number; population: number }>();
  for (const c of cells) {
    if (!c.ageBand) continue;
    const band = byBand.get(c.ageBand) ?? { events: 0, population: 0 };
    band.events += c.numerator ?? 0;
    band.population += c.denominator ?? 0;
    byBand.set(c.ageBand, band);
  }
  if (byBand.size === 0) return null;
  const bands = AGE_BANDS.filter((b) => byBand.has(b)).map((ageBand) => ({ ageBand, ...byBand.get(ageBand)! }));
  const events = bands.reduce((s, b) => s + b.events, 0);
  const population = bands.reduce((s, b) => s + b.population, 0);
  return { events, population, bands: bands.length, value: directlyStandardisedRate(bands, { z }) };
}

/** Whether a kind of metric may take values by age band: rates only (a DSR is a rate). */
export const takesAgeBands = (kind: MetricKind) => kind === MetricKind.RATE;

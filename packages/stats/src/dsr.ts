/**
 * Directly age-standardised rates (DSR) as OHID's Fingertips and PHEindicatormethods' phe_dsr
 * compute them: each age band's rate weighted by the 2013 European Standard Population, with
 * Dobson's interval (Dobson et al. 1991, Stat Med 10:457–462) built on Byar's limits for the
 * total count, and no figure under 10 events (too unstable to publish; Fingertips shows none).
 */
import { type ConfidenceOptions, type IntervalResult, interval, noData } from './interval.js';
import { byarLimits } from './rates.js';

/** Age bands of the 2013 European Standard Population, five years wide, 90+ last. */
export const AGE_BANDS = ['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85-89', '90+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * The 2013 European Standard Population (Eurostat 2013, "Revision of the European Standard
 * Population", table 2.1; PHEindicatormethods' esp2013), per 100,000, by the bands above.
 */
export const ESP_2013: Readonly<Record<AgeBand, number>> = {
  '0-4': 5000,
  '5-9': 5500,
  '10-14': 5500,
  '15-19': 5500,
  '20-24': 6000,
  '25-29': 6000,
  '30-34': 6500,
  '35-39': 7000,
  '40-44': 7000,
  '45-49': 7000,
  '50-54': 7000,
  '55-59': 6500,
  '60-64': 6000,
  '65-69': 5500,
  '70-74': 5000,
  '75-79': 4000,
  '80-84': 2500,
  '85-89': 1500,
  '90+': 1000,
};

export function isAgeBand(value: string): value is AgeBand {
  return (AGE_BANDS as readonly string[]).includes(value);
}

/** Events and population of one age band; the standard population defaults to ESP 2013's. */
export interface AgeBandCount {
  readonly ageBand: AgeBand | string;
  readonly events: number;
  readonly population: number;
  readonly standardPopulation?: number;
}

/** Fewer events than this give no DSR (PHE/OHID practice). */
export const DSR_MIN_EVENTS = 10;

/**
 * DSR per person (multiply by 100,000 for "per 100,000") with Dobson's interval:
 * DSR = Σ wᵢ·Oᵢ/nᵢ / Σ wᵢ, var = Σ wᵢ²·Oᵢ/nᵢ² / (Σ wᵢ)², limits DSR + √(var/O)·(O_lower − O)
 * and DSR + √(var/O)·(O_upper − O), with O = ΣOᵢ and O_lower, O_upper its Byar limits.
 * Bands missing from the data count as no events in no population (they add nothing).
 */
export function directlyStandardisedRate(bands: readonly AgeBandCount[], options?: ConfidenceOptions): IntervalResult {
  let weights = 0;
  let weighted = 0;
  let variance = 0;
  let total = 0;
  const seen = new Set<string>();
  for (const band of bands) {
    const w = band.standardPopulation ?? (isAgeBand(band.ageBand) ? ESP_2013[band.ageBand] : undefined);
    if (w === undefined) throw new RangeError(`"${band.ageBand}" is not an age band of the 2013 European Standard Population; give its standard population`);
    if (seen.has(band.ageBand)) throw new RangeError(`age band "${band.ageBand}" appears twice`);
    seen.add(band.ageBand);
    if (!Number.isInteger(band.events) || band.events < 0 || !(band.population >= 0)) throw new RangeError(`bad counts for age band "${band.ageBand}"`);
    if (band.population === 0) {
      if (band.events > 0) throw new RangeError(`age band "${band.ageBand}" has events but no population`);
      continue;
    }
    weights += w;
    weighted += (w * band.events) / band.population;
    variance += (w * w * band.events) / (band.population * band.population);
    total += band.events;
  }
  if (weights === 0) return noData('No data: no age band has a population.');
  if (total < DSR_MIN_EVENTS) return noData(`Not shown: fewer than ${DSR_MIN_EVENTS} events, too few for a stable age-standardised rate.`);
  // Σwᵢ over the bands with data: with every ESP band given it is 100,000, as in phe_dsr.
  const dsr = weighted / weights;
  const scale = Math.sqrt(variance / (weights * weights) / total);
  const { lower, upper } = byarLimits(total, options);
  return interval(dsr, dsr + scale * (lower - total), dsr + scale * (upper - total));
}

/**
 * Settings for fast-check's `fc.assert`, shared by this package's property tests.
 *
 * The seed is fixed (default 20251125) so that every run, CI's included, tries the same cases
 * and a failure replays as it was reported. To look further afield, run for example
 *   FC_SEED=7 FC_RUNS=1000 npx vitest run --project section-content
 * FC_SEED picks other cases; FC_RUNS overrides each test's number of runs. A failure report
 * gives the seed (it is also in each property test's name) and a path for `fc.assert`'s `path`.
 */
export const DEFAULT_FC_SEED = 20251125;

function fromEnv(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  if (!/^-?\d+$/.test(value)) throw new Error(`${name} must be an integer, not "${value}"`);
  return Number(value);
}

/** The seed every property test in this package runs with. */
export const fcSeed = fromEnv('FC_SEED') ?? DEFAULT_FC_SEED;

/** `fc.assert` parameters: the package's seed, and `numRuns` unless FC_RUNS says otherwise. */
export function propertyParams(numRuns: number): { seed: number; numRuns: number } {
  return { seed: fcSeed, numRuns: fromEnv('FC_RUNS') ?? numRuns };
}

/**
 * Vitest's timeout for a property test. A fixed seed makes the cases the same from run to run,
 * not the time they take: hundreds of runs need more than the default 5 s on a busy machine.
 */
export const PROPERTY_TIMEOUT = 60_000;

/** A property test's name, with the seed it runs with. */
export const withSeed = (name: string) => `${name} (fast-check seed ${fcSeed})`;

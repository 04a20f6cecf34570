import { describe, expect, it } from 'vitest';
import { GroupWhileBusy } from './group-while-busy.js';

/** A run the test finishes by hand, recording what each run was asked. */
function controlledRuns() {
  const runs: { keys: string[]; args: string[]; finish: () => void; fail: (e: Error) => void }[] = [];
  const batcher = new GroupWhileBusy<string, string, string>(
    (batch) =>
      new Promise((resolve, reject) => {
        const keys = [...batch.keys()];
        runs.push({
          keys,
          args: [...batch.values()],
          finish: () => resolve(new Map(keys.map((k) => [k, `${k}@run${runs.length}`]))),
          fail: reject,
        });
      }),
  );
  return { batcher, runs };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('GroupWhileBusy', () => {
  it('serves a caller alone at once, and groups whoever asks while a run is in flight into the next run', async () => {
    const { batcher, runs } = controlledRuns();
    const first = batcher.load('a', 'by ada');
    expect(runs.map((r) => r.keys)).toEqual([['a']]);
    const during = [batcher.load('b', 'by bea'), batcher.load('a', 'by cal'), batcher.load('c', 'by dee')];
    await tick();
    expect(runs).toHaveLength(1); // nobody else runs while the first is in flight
    runs[0].finish();
    expect(await first).toBe('a@run1');
    await tick();
    // One run for everyone who asked meanwhile; a key asked twice is looked up once, with the first caller's argument.
    expect(runs[1].keys).toEqual(['b', 'a', 'c']);
    expect(runs[1].args).toEqual(['by bea', 'by cal', 'by dee']);
    runs[1].finish();
    expect(await Promise.all(during)).toEqual(['b@run2', 'a@run2', 'c@run2']);
  });

  it('answers undefined for a key the run had nothing for, and fails only the batch whose run failed', async () => {
    const batcher = new GroupWhileBusy<string, number>(async (batch) => new Map([...batch.keys()].filter((k) => k !== 'missing').map((k) => [k, k.length])));
    expect(await batcher.load('four', undefined)).toBe(4);
    expect(await batcher.load('missing', undefined)).toBeUndefined();

    const { batcher: failing, runs } = controlledRuns();
    const doomed = failing.load('x', '');
    const next = failing.load('y', '');
    runs[0].fail(new Error('database went away'));
    await expect(doomed).rejects.toThrow('database went away');
    await tick();
    runs[1].finish();
    expect(await next).toBe('y@run2');
  });
});

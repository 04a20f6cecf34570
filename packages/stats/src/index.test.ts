import { describe, expect, it } from 'vitest';
import * as stats from './index.js';

describe('package entry point', () => {
  it('exports the public functions', () => {
    for (const name of [
      'wilsonInterval',
      'newcombeDifference',
      'proportionRatio',
      'moverDifference',
      'meanInterval',
      'welchDifference',
      'analyseGaps',
      'onsGroupOf',
      'shouldSuppress',
      'describeGapChange',
    ]) {
      expect(typeof (stats as Record<string, unknown>)[name]).toBe('function');
    }
  });
});

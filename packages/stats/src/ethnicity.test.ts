import { describe, expect, it } from 'vitest';
import { ETHNIC_CATEGORIES, ONS_GROUPS, ethnicCategoryLabel, isEthnicCategoryCode, onsGroupOf, rollUpCounts } from './ethnicity.js';

describe('ethnic categories', () => {
  it('lists the 17 Data Dictionary codes A–S and Z, without I, O or Q', () => {
    expect(ETHNIC_CATEGORIES.map((c) => c.code).join('')).toBe('ABCDEFGHJKLMNPRSZ');
  });

  it('rolls every code up to the ONS groups', () => {
    const byGroup = (group: string) =>
      ETHNIC_CATEGORIES.filter((c) => c.group === group)
        .map((c) => c.code)
        .join('');
    expect(byGroup('White')).toBe('ABC');
    expect(byGroup('Mixed or Multiple ethnic groups')).toBe('DEFG');
    expect(byGroup('Asian or Asian British')).toBe('HJKLR');
    expect(byGroup('Black, Black British, Caribbean or African')).toBe('MNP');
    expect(byGroup('Other ethnic group')).toBe('S');
    expect(byGroup('Not stated')).toBe('Z');
    expect(ONS_GROUPS).toHaveLength(5);
  });

  it('puts Chinese (R) in Asian or Asian British, as in the 2021 census', () => {
    expect(onsGroupOf('R')).toBe('Asian or Asian British');
  });

  it('gives labels and validates codes', () => {
    expect(ethnicCategoryLabel('A')).toBe('White British');
    expect(ethnicCategoryLabel('H')).toBe('Indian');
    expect(ethnicCategoryLabel('Z')).toBe('Not stated');
    expect(isEthnicCategoryCode('K')).toBe(true);
    expect(isEthnicCategoryCode('I')).toBe(false);
    expect(isEthnicCategoryCode('a')).toBe(false);
    expect(() => onsGroupOf('Q' as never)).toThrow(RangeError);
  });

  it('sums counts into ONS groups', () => {
    const totals = rollUpCounts([
      { code: 'M', numerator: 3, denominator: 10 },
      { code: 'N', numerator: 5, denominator: 20 },
      { code: 'A', numerator: 50, denominator: 100 },
      { code: 'Z', numerator: 1, denominator: 4 },
    ]);
    expect(totals.get('Black, Black British, Caribbean or African')).toEqual({ numerator: 8, denominator: 30 });
    expect(totals.get('White')).toEqual({ numerator: 50, denominator: 100 });
    expect(totals.get('Not stated')).toEqual({ numerator: 1, denominator: 4 });
    expect(totals.has('Asian or Asian British')).toBe(false);
  });
});

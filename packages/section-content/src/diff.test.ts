import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText, type DiffPart } from './index.js';
import { PROPERTY_TIMEOUT, propertyParams, withSeed } from './test-support/property.js';

const side = (parts: DiffPart[], skip: DiffPart['op']) =>
  parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('');

describe('diffText', () => {
  it('marks changed words', () => {
    expect(diffText('Waits fell by a third.', 'Waits for scans fell by half.')).toEqual([
      { op: 'equal', text: 'Waits ' },
      { op: 'insert', text: 'for scans ' },
      { op: 'equal', text: 'fell by ' },
      { op: 'delete', text: 'a third.' },
      { op: 'insert', text: 'half.' },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', 'new text')).toEqual([{ op: 'insert', text: 'new text' }]);
    expect(diffText('old', '')).toEqual([{ op: 'delete', text: 'old' }]);
    expect(diffText('same', 'same')).toEqual([{ op: 'equal', text: 'same' }]);
  });

  it('stays bounded on very different long texts', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const parts = diffText(`start ${a} end`, `start ${b} end`);
    expect(side(parts, 'insert')).toBe(`start ${a} end`);
    expect(side(parts, 'delete')).toBe(`start ${b} end`);
  });

  it(withSeed('property: rebuilds both texts and finds nothing to change between equal ones'), { timeout: PROPERTY_TIMEOUT }, () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'the', ' ', '  ', '\n', '.'), { maxLength: 40 }).map((t) => t.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = diffText(before, after);
        expect(side(parts, 'insert')).toBe(before);
        expect(side(parts, 'delete')).toBe(after);
        parts.slice(1).forEach((p, i) => expect(p.op).not.toBe(parts[i].op));
        expect(diffText(before, before).every((p) => p.op === 'equal')).toBe(true);
      }),
      propertyParams(500),
    );
  });
});

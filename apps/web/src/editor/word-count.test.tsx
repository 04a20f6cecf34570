import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acceptedDoc, sectionSchema, withAllAccepted } from '@quorum/section-content';
import { countWords, wordMessage, wordsIn } from './count-words';
import { WordCount } from './word-count';

describe('word count', () => {
  it('counts words as the server does', () => {
    expect(countWords('Well-known, 3.5 and 1,000 - ... words')).toBe(5);
    expect(countWords('  ')).toBe(0);
  });

  it('counts the accepted text, as the server does, and apart the text with every suggestion accepted', () => {
    const schema = sectionSchema;
    const inserted = schema.marks.insertion.create({ id: 'u~1' });
    const deleted = schema.marks.deletion.create({ id: 'u~2' });
    const doc = schema.node('doc', null, [
      schema.node('paragraph', null, [schema.text('Patients '), schema.text('shaped', [deleted]), schema.text('co-designed and tested', [inserted]), schema.text(' the leaflets.')]),
    ]);
    const words = (node: typeof doc) => countWords(node.textContent);
    expect(wordsIn(doc)).toBe(4);
    expect(wordsIn(doc)).toBe(words(acceptedDoc(doc)));
    expect(wordsIn(doc, 'suggested')).toBe(6);
    expect(wordsIn(doc, 'suggested')).toBe(words(withAllAccepted(doc)));
    render(<WordCount id="count" words={4} withSuggestions={6} limit={500} />);
    expect(screen.getByTestId('word-count').textContent).toBe('4 words of 500 used; 6 with the suggestions accepted');
  });

  it('says how many are used, then how many remain from 90% of the limit, then how many too many', () => {
    expect(wordMessage(120, 500)).toBe('120 words of 500 used');
    expect(wordMessage(450, 500)).toBe('You have 50 words remaining');
    expect(wordMessage(499, 500)).toBe('You have 1 word remaining');
    expect(wordMessage(503, 500)).toBe('You have 3 words too many');
  });

  describe('for screen readers', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());
    const spoken = () => screen.getByTestId('word-count-announcement').textContent;

    it('speaks after a pause in typing, not on every word, and only near or over the limit', () => {
      const { rerender } = render(<WordCount id="count" words={100} limit={500} />);
      rerender(<WordCount id="count" words={101} limit={500} />);
      act(() => vi.advanceTimersByTime(2000));
      expect(spoken()).toBe('');

      rerender(<WordCount id="count" words={455} limit={500} />);
      act(() => vi.advanceTimersByTime(500));
      rerender(<WordCount id="count" words={456} limit={500} />);
      act(() => vi.advanceTimersByTime(1000));
      expect(spoken()).toBe('');
      act(() => vi.advanceTimersByTime(600));
      expect(spoken()).toBe('You have 44 words remaining');

      rerender(<WordCount id="count" words={510} limit={500} />);
      act(() => vi.advanceTimersByTime(1600));
      expect(spoken()).toBe('You have 10 words too many');
      expect(screen.getByTestId('word-count').textContent).toBe('Over the limit: You have 10 words too many');

      // Back under: said once, so they know they fixed it.
      rerender(<WordCount id="count" words={300} limit={500} />);
      act(() => vi.advanceTimersByTime(1600));
      expect(spoken()).toBe('300 words of 500 used');
    });
  });
});

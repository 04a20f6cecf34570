import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MentionTextarea, mentionQuery } from './mention-textarea';
import type { Person } from './notify-people';

const PEOPLE: Person[] = [
  { id: 'u-grace', name: 'Grace Mensah', role: 'NURSE' },
  { id: 'u-sam', name: 'Sam Okoro', role: 'MEDIC' },
  { id: 'u-gita', name: 'Gita Patel', role: 'ANALYST' },
];

function Harness({ picked }: { picked: string[] }) {
  const [value, setValue] = useState('');
  return (
    <>
      <label htmlFor="c">Your comment</label>
      <MentionTextarea id="c" value={value} onValueChange={setValue} people={PEOPLE} onMention={(p) => picked.push(p.id)} />
    </>
  );
}

/** Types as a person would: the value and the caret at its end. */
function type(field: HTMLTextAreaElement, text: string) {
  fireEvent.change(field, { target: { value: text, selectionStart: text.length, selectionEnd: text.length } });
}

describe('mention combobox', () => {
  it('finds the @word before the caret only', () => {
    expect(mentionQuery('Ask @Gr', 7)).toEqual({ start: 4, query: 'Gr' });
    expect(mentionQuery('email@nhs', 9)).toBeNull();
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
  });

  it('typing @ lists the members; arrows move, Enter picks and writes the name; the member is reported', () => {
    const picked: string[] = [];
    render(<Harness picked={picked} />);
    const field = screen.getByRole('combobox', { name: 'Your comment' }) as HTMLTextAreaElement;
    expect(field.getAttribute('aria-expanded')).toBe('false');

    type(field, 'Please check, @g');
    expect(field.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent?.replace(/ \(.*\)$/, ''))).toEqual(['Grace Mensah', 'Gita Patel']);
    expect(field.getAttribute('aria-activedescendant')).toBe(options[0].id);
    expect(options[0].getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(field.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1].id);
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(field.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[0].id);
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    fireEvent.keyDown(field, { key: 'Enter' });

    expect(field.value).toBe('Please check, @Gita Patel ');
    expect(picked).toEqual(['u-gita']);
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('Escape closes the list and leaves the text; Enter then is a new line as usual', () => {
    const picked: string[] = [];
    render(<Harness picked={picked} />);
    const field = screen.getByRole('combobox', { name: 'Your comment' }) as HTMLTextAreaElement;
    type(field, '@Sa');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Sam Okoro (medic)']);
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field.getAttribute('aria-expanded')).toBe('false');
    const enter = fireEvent.keyDown(field, { key: 'Enter' });
    expect(enter).toBe(true); // not prevented
    expect(field.value).toBe('@Sa');
    expect(picked).toEqual([]);
  });

  it('a click on an option picks it; no match, no list', () => {
    const picked: string[] = [];
    render(<Harness picked={picked} />);
    const field = screen.getByRole('combobox', { name: 'Your comment' }) as HTMLTextAreaElement;
    type(field, '@zz');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    type(field, 'Hi @');
    fireEvent.mouseDown(screen.getByRole('option', { name: /Sam Okoro/ }));
    expect(field.value).toBe('Hi @Sam Okoro ');
    expect(picked).toEqual(['u-sam']);
  });
});

import { within } from '@testing-library/react';

/** Each link inside `element`, as its words and where it goes: how an error summary or a to-do list is checked. */
export const linksIn = (element: HTMLElement) =>
  within(element)
    .getAllByRole('link')
    .map((a) => [a.textContent, a.getAttribute('href')]);

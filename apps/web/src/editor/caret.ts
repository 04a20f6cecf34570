/** NHS colours dark enough for white text on them (WCAG AA), one per person, kept by their id; no red, which reads as an error. */
const COLOURS = ['#005eb8', '#330072', '#7c2855', '#006747', '#003087', '#425563'];

export function colourFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return COLOURS[Math.abs(hash) % COLOURS.length];
}

/**
 * Another person's cursor, with their name. Hidden from screen readers: it sits inside the
 * text, where a name would be read as if it were part of it; "Also in this section" says who.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'app-caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = String(user.color);
  const label = document.createElement('span');
  label.className = 'app-caret__label';
  label.style.backgroundColor = String(user.color);
  label.textContent = String(user.name ?? '');
  caret.append(label);
  return caret;
}

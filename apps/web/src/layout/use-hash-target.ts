import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves focus to the element the address's hash names (e.g. a section's sign-off form, linked from
 * "what is missing"), once it is there: the parts of a section page load on their own, so this
 * looks again for up to two seconds. `key` is what makes it a new arrival (the section).
 */
export function useHashTarget(key: string) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const id = decodeURIComponent(hash.slice(1));
    let tries = 0;
    const timer = window.setInterval(() => {
      const target = document.getElementById(id);
      if (!target && ++tries < 40) return;
      window.clearInterval(timer);
      if (!target) return;
      // A part folded away (a section's criteria, under its guidance) is unfolded first.
      for (let folded = target.closest('details'); folded; folded = folded.parentElement?.closest('details') ?? null) folded.open = true;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
      target.scrollIntoView?.({ block: 'start' });
    }, 50);
    return () => window.clearInterval(timer);
  }, [hash, key]);
}

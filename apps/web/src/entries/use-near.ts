import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is on screen or within `margin` of it, for mounting heavy parts (a
 * section's live editor) only where the reader is: a long entry stays quick. Once it has been
 * near, its last height is kept as it leaves, so that the page does not jump. A part holding
 * focus stays mounted wherever it is scrolled. Without IntersectionObserver, always near.
 */
export function useNear(ref: RefObject<HTMLElement | null>, margin = '800px'): { near: boolean; height: number | null } {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      ([seen]) => {
        if (seen.isIntersecting) return setNear(true);
        if (element.contains(document.activeElement)) return;
        setHeight(element.offsetHeight);
        setNear(false);
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin]);
  return { near, height };
}

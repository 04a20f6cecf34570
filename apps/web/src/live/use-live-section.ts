import { useEffect, useState, useSyncExternalStore } from 'react';
import { useApiContext } from '../apollo/api-context';
import type { LiveSectionState } from './live-section';
import { liveSectionsFor } from './live-sections';

const NOT_OPEN: LiveSectionState = { ready: false, unsent: 0, error: null };
const noListener = () => () => {};
const notOpen = () => NOT_OPEN;

/**
 * A section's live document while the calling view is mounted, and its sync state. The
 * document can be replaced while held (edits refused for good start it again from the
 * server's text: live-section.ts), so the view reads whichever is current.
 */
export function useLiveSection(sectionId: string, canEdit: boolean) {
  const { live: transport, connection } = useApiContext();
  const sections = transport ? liveSectionsFor(transport, connection) : null;
  const [held, setHeld] = useState<string | null>(null);

  useEffect(() => {
    if (!sections) return;
    sections.acquire(sectionId, canEdit);
    setHeld(sectionId);
    return () => {
      sections.release(sectionId);
      setHeld(null);
    };
    // canEdit is left out on purpose: a change of role is applied below, without reopening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sections, sectionId]);

  const live = useSyncExternalStore(sections?.subscribe ?? noListener, () => (sections && held === sectionId ? sections.current(sectionId) : null));

  useEffect(() => {
    if (live) live.canEdit = canEdit;
  }, [live, canEdit]);

  const state = useSyncExternalStore(live?.subscribe ?? noListener, live?.getState ?? notOpen);
  return { live, state };
}

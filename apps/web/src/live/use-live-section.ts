import { useEffect, useState, useSyncExternalStore } from 'react';
import { useApiContext } from '../apollo/api-context';
import type { LiveSection, LiveSectionState } from './live-section';
import { liveSectionsFor } from './live-sections';

const NOT_OPEN: LiveSectionState = { ready: false, unsent: 0, error: null };
const noListener = () => () => {};
const notOpen = () => NOT_OPEN;

/** A section's live document while the calling view is mounted, and its sync state. */
export function useLiveSection(sectionId: string, canEdit: boolean): { live: LiveSection | null; state: LiveSectionState } {
  const { live: transport, connection } = useApiContext();
  const [live, setLive] = useState<LiveSection | null>(null);

  useEffect(() => {
    if (!transport) return;
    const sections = liveSectionsFor(transport, connection);
    setLive(sections.acquire(sectionId, canEdit));
    return () => {
      sections.release(sectionId);
      setLive(null);
    };
    // canEdit is left out on purpose: a change of role is applied below, without reopening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [transport, connection, sectionId]);

  useEffect(() => {
    if (live) live.canEdit = canEdit;
  }, [live, canEdit]);

  const state = useSyncExternalStore(live?.subscribe ?? noListener, live?.getState ?? notOpen);
  return { live, state };
}

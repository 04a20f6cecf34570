import { useEffect, useState, useSyncExternalStore } from 'react';
import { useApiContext } from '../apollo/api-context';
import { EntryPresence, type PersonHere } from './entry-presence';
import type { LiveSection } from './live-section';
import { TAB_ID } from './live-sections';

const NOBODY: PersonHere[] = [];
const noListener = () => () => {};
const nobody = () => NOBODY;

/** Presence in an entry while the entry page is open: who else is here, and where. */
export function useEntryPresence(entryId: string): { presence: EntryPresence | null; people: PersonHere[] } {
  const { live: transport, connection } = useApiContext();
  const [presence, setPresence] = useState<EntryPresence | null>(null);

  useEffect(() => {
    if (!transport) return;
    const created = new EntryPresence(transport, connection, entryId, TAB_ID);
    setPresence(created);
    // Leaving the page, or the tab: say so at once rather than after 30 seconds of silence.
    const leave = () => created.dispose();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      created.dispose();
      setPresence(null);
    };
  }, [transport, connection, entryId]);

  const people = useSyncExternalStore(presence?.subscribe ?? noListener, presence?.getPeople ?? nobody);
  return { presence, people };
}

/** Tells the others which section this page shows, and carries its editor's cursor (awareness) to them. */
export function useSectionPresence(presence: EntryPresence | null, sectionId: string, live: LiveSection | null) {
  useEffect(() => {
    if (!presence || !live) return;
    presence.setSection(sectionId, live.awareness);
    return () => presence.setSection(null, null);
  }, [presence, live, sectionId]);
}

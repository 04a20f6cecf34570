import type { ConnectionStore } from '../connection/connection-status';
import { LiveSection } from './live-section';
import type { LiveTransport } from './transport';
import { unsentEdits } from './unsent-edits';

/** Names this browser tab in `clientId`s, so that it can skip its own echoes. */
export const TAB_ID = Math.random().toString(36).slice(2, 10);

/**
 * The sections open in this tab. A section stays open while a view uses it, and after that
 * until all its edits are acknowledged: moving to another section while offline loses nothing.
 */
export class LiveSections {
  private readonly open = new Map<string, { live: LiveSection; users: number; stop: () => void }>();
  /** Views holding a section hear when it is replaced (a refusal: live-section.ts). */
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly transport: LiveTransport,
    private readonly connection: ConnectionStore,
  ) {}

  acquire(sectionId: string, canEdit: boolean): LiveSection {
    let entry = this.open.get(sectionId);
    if (!entry) entry = this.start(sectionId, canEdit, 0);
    entry.users++;
    entry.live.canEdit = canEdit;
    return entry.live;
  }

  /** The section's live document as now open (a new one after a refusal), if any. */
  current(sectionId: string): LiveSection | null {
    return this.open.get(sectionId)?.live ?? null;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  private start(sectionId: string, canEdit: boolean, users: number, after: LiveSection['refused'] = null) {
    const live = new LiveSection(this.transport, this.connection, sectionId, canEdit, TAB_ID, after);
    const entry = { live, users, stop: live.subscribe(() => this.changed(sectionId)) };
    this.open.set(sectionId, entry);
    return entry;
  }

  release(sectionId: string): void {
    const entry = this.open.get(sectionId);
    if (!entry) return;
    entry.users--;
    // Later, not now: React's development mode unmounts and remounts at once.
    setTimeout(() => this.changed(sectionId), 0);
  }

  get unsent(): number {
    let sum = 0;
    for (const { live } of this.open.values()) sum += live.getState().unsent;
    return sum;
  }

  private changed(sectionId: string): void {
    const entry = this.open.get(sectionId);
    if (entry?.live.refused) {
      // Its edits can never be saved: start again from the server's text, and tell the views.
      entry.stop();
      this.start(sectionId, entry.live.canEdit, entry.users, entry.live.refused);
      this.listeners.forEach((listener) => listener());
      // Once the views have let go of it (the editor is bound to its document until it re-renders).
      setTimeout(() => entry.live.dispose(), 0);
    } else if (entry && entry.users <= 0 && entry.live.getState().unsent === 0 && !entry.live.getState().setAside) {
      // (Kept while it holds words set aside, so that coming back to the section still offers them.)
      entry.stop();
      entry.live.dispose();
      this.open.delete(sectionId);
    }
    unsentEdits.set(this.unsent);
  }
}

const registries = new WeakMap<LiveTransport, LiveSections>();

export function liveSectionsFor(transport: LiveTransport, connection: ConnectionStore): LiveSections {
  let registry = registries.get(transport);
  if (!registry) registries.set(transport, (registry = new LiveSections(transport, connection)));
  return registry;
}

// Closing the tab with edits the server has not acknowledged would lose them: ask first.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (unsentEdits.get() > 0) event.preventDefault();
  });
}

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

  constructor(
    private readonly transport: LiveTransport,
    private readonly connection: ConnectionStore,
  ) {}

  acquire(sectionId: string, canEdit: boolean): LiveSection {
    let entry = this.open.get(sectionId);
    if (!entry) {
      const live = new LiveSection(this.transport, this.connection, sectionId, canEdit, TAB_ID);
      entry = { live, users: 0, stop: live.subscribe(() => this.changed(sectionId)) };
      this.open.set(sectionId, entry);
    }
    entry.users++;
    entry.live.canEdit = canEdit;
    return entry.live;
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
    if (entry && entry.users <= 0 && entry.live.getState().unsent === 0) {
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

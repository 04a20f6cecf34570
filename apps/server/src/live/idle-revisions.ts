/**
 * Saves a revision when someone pauses after editing (issue 11): each edit a process commits
 * restarts the section's timer; once nobody has edited it for `idleMs` (QUORUM_REVISION_IDLE_SECONDS),
 * `save` runs (a compaction, which saves a revision and does nothing when nothing is new since
 * the last one). Owned by the app's services (`app.live.idleRevisions`, made and closed in app.ts).
 * Each process times the edits it received; with several, more than one may fire for a
 * section, and the second finds nothing new.
 */
export class IdleRevisions {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly idleMs: number,
    private readonly save: (sectionId: string) => void,
  ) {}

  /** An edit of the section just committed: its pause starts now. */
  edited(sectionId: string): void {
    clearTimeout(this.timers.get(sectionId));
    const timer = setTimeout(() => {
      this.timers.delete(sectionId);
      this.save(sectionId);
    }, this.idleMs);
    timer.unref();
    this.timers.set(sectionId, timer);
  }

  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

import { BlobType, Entity, OneToOne, OptionalProps, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';
import { Section } from '../sections/section.entity.js';

/**
 * A section's text as a Yjs document: a compacted snapshot, plus the updates logged since
 * (SectionUpdate). `version` counts every update ever applied, so it only grows, and the
 * row is locked while an update is appended: that lock orders a section's writes.
 */
@Entity({ tableName: 'section_documents' })
export class SectionDocument {
  [PrimaryKeyProp]?: 'section';
  [OptionalProps]?: 'version' | 'snapshotVersion' | 'updatedAt' | 'compactedAt';

  @OneToOne({ entity: () => Section, primary: true, deleteRule: 'cascade', owner: true })
  section!: Rel<Section>;

  /** Yjs state (one encoded update) of every update up to `snapshotVersion`. */
  @Property({ type: BlobType })
  snapshot!: Buffer;

  @Property({ type: 'integer' })
  snapshotVersion: number = 0;

  /** Updates applied so far; the newest logged update has this version. */
  @Property({ type: 'integer' })
  version: number = 0;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  /** When the log was last folded into the snapshot (and a revision saved). */
  @Property({ type: 'timestamptz' })
  compactedAt: Date = new Date();
}

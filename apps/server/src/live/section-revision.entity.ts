import { BlobType, Entity, Index, ManyToOne, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Section } from '../sections/section.entity.js';
import { UuidEntity } from '../database/uuid-entity.js';

/** The section as it stood at one moment, with who had edited it since the revision before. */
@ObjectType({ description: 'A saved revision of a section. Restoring one is a new edit: nothing is lost.' })
@Entity({ tableName: 'section_revisions' })
@Index({ properties: ['section', 'createdAt'] })
export class SectionRevision extends UuidEntity {
  [OptionalProps]?: 'createdAt' | 'name';

  @ManyToOne({ entity: () => Section, deleteRule: 'cascade' })
  section!: Rel<Section>;

  @Field(() => Int, { description: 'The section version this revision captures.' })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => Date, { description: 'When the revision was saved.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Ids of the people whose edits this revision holds since the one before. */
  @Property({ type: 'json' })
  authorIds!: string[];

  /** Why it was saved: "edits", "pause", "replace", "restore", "before-restore". */
  @Field(() => String, {
    description:
      'Why it was saved: "edits" (every QUORUM_COMPACT_EVERY updates or QUORUM_REVISION_SECONDS), "pause" (nobody edited it for QUORUM_REVISION_IDLE_SECONDS), "replace" (an API write), "restore" or "before-restore".',
  })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'A name given to it (`nameSectionRevision`), e.g. "Sent to the patient panel"; null if none.' })
  @Property({ type: 'text', nullable: true })
  name?: string | null;

  @Field(() => String, { description: 'The text as Markdown.' })
  @Property({ type: 'text' })
  markdown!: string;

  @Field(() => Int, { description: 'Words in the revision.' })
  @Property({ type: 'integer' })
  wordCount!: number;

  @Field(() => String, { description: 'SHA-256 of the canonical content.' })
  @Property({ type: 'text' })
  contentHash!: string;

  /** The whole Yjs state, so a restore brings back formatting exactly. */
  @Property({ type: BlobType, lazy: true })
  state!: Buffer;
}

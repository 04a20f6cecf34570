import { BlobType, Entity, ManyToOne, OptionalProps, Property, type Rel } from '@mikro-orm/core';
import { Criterion } from '../sections/criterion.entity.js';
import { Section } from '../sections/section.entity.js';
import { UuidEntity } from '../database/uuid-entity.js';

/**
 * A passage of a section's text that answers a judging criterion, anchored as a comment is
 * (comments/comment-anchor.ts: two Yjs relative positions), so it follows the text through
 * every edit. A passage whose text is all deleted no longer answers the criterion.
 */
@Entity({ tableName: 'criterion_passages' })
export class CriterionPassage extends UuidEntity {
  [OptionalProps]?: 'createdAt';

  @ManyToOne({ entity: () => Criterion, deleteRule: 'cascade', index: true })
  criterion!: Rel<Criterion>;

  @ManyToOne({ entity: () => Section, deleteRule: 'cascade', index: true })
  section!: Rel<Section>;

  @Property({ type: BlobType })
  anchorStart!: Buffer;

  @Property({ type: BlobType })
  anchorEnd!: Buffer;

  /** The passage as it read when it was linked. */
  @Property({ type: 'text' })
  anchorQuote!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

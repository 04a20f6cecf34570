import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import type { Role } from '@quorum/domain';
import { User } from '../auth/user.entity.js';
import { Section } from '../sections/section.entity.js';

/**
 * Who made a suggestion and when. The suggestion itself (what it inserts and deletes) lives in
 * the section's Yjs document as marks carrying its `key` (section-content's suggestions.ts);
 * this row is written when an update first brings the key (suggestion-record.ts), and closed
 * when someone accepts or rejects it through the API.
 */
@Entity({ tableName: 'section_suggestions' })
@Unique({ properties: ['section', 'key'] })
export class SectionSuggestion {
  [OptionalProps]?: 'createdAt' | 'resolvedAt' | 'resolution' | 'resolvedBy' | 'role';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Section, deleteRule: 'cascade' })
  section!: Rel<Section>;

  /** The mark's id, "<author's user id>~<random>", as the API's `Suggestion.id`. */
  @Property({ type: 'text' })
  key!: string;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  author!: Rel<User>;

  /** The author's role in the entry when they made it. */
  @Property({ type: 'text', nullable: true })
  role?: Role | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;

  /** ACCEPTED or REJECTED, through the API; null while pending (or when it left the text by a direct edit). */
  @Property({ type: 'text', nullable: true })
  resolution?: 'ACCEPTED' | 'REJECTED' | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  resolvedBy?: Rel<User> | null;
}

import { BlobType, Entity, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';
import { User } from '../auth/user.entity.js';
import { Section } from '../sections/section.entity.js';

/** One acknowledged Yjs update, kept until it is compacted into the snapshot. */
@Entity({ tableName: 'section_updates' })
export class SectionUpdate {
  [PrimaryKeyProp]?: ['section', 'version'];
  [OptionalProps]?: 'createdAt';

  @ManyToOne({ entity: () => Section, primary: true, deleteRule: 'cascade' })
  section!: Rel<Section>;

  @PrimaryKey({ type: 'integer' })
  version!: number;

  @Property({ type: BlobType })
  update!: Buffer;

  /** The editor instance that sent it, so clients can skip their own echoes. */
  @Property({ type: 'text' })
  clientId!: string;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  author?: Rel<User> | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

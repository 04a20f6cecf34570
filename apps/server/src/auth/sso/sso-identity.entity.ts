import { Entity, ManyToOne, OptionalProps, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from '../user.entity.js';
import { UuidEntity } from '../../database/uuid-entity.js';

/**
 * An account at the identity provider, linked to a Quorum account: found by the provider's
 * `iss` and `sub` (stable, unlike an email address, which can be reassigned), so that a
 * second sign-in and a re-confirmation for a sign-off are matched to the same person.
 */
@Entity({ tableName: 'sso_identities' })
@Unique({ properties: ['issuer', 'subject'] })
export class SsoIdentity extends UuidEntity {
  [OptionalProps]?: 'createdAt' | 'lastSignedInAt';

  @ManyToOne({ entity: () => User, deleteRule: 'cascade', index: true })
  user!: Rel<User>;

  @Property({ type: 'text' })
  issuer!: string;

  @Property({ type: 'text' })
  subject!: string;

  /** The verified address it was linked by (the account's own may be changed later). */
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  lastSignedInAt: Date = new Date();
}

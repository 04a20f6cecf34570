import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { MailDelivery, MailKind } from './mail-kinds.js';
import { UuidEntity } from '../database/uuid-entity.js';

/**
 * How one address wants one kind of email; no row means AT_ONCE. Kept by address rather than
 * by account, so that an unsubscribe link works for an invitation to someone without one.
 */
@Entity({ tableName: 'mail_preferences' })
@Unique({ properties: ['address', 'kind'] })
export class MailPreference extends UuidEntity {
  /** Lower case, as accounts' addresses are. */
  @Property({ type: 'text' })
  address!: string;

  @Enum({ items: () => MailKind })
  kind!: MailKind;

  @Enum({ items: () => MailDelivery })
  delivery!: MailDelivery;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

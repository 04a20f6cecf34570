import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { MailDelivery, MailKind } from './mail-kinds.js';

/**
 * How one address wants one kind of email; no row means AT_ONCE. Kept by address rather than
 * by account, so that an unsubscribe link works for an invitation to someone without one.
 */
@Entity({ tableName: 'mail_preferences' })
@Unique({ properties: ['address', 'kind'] })
export class MailPreference {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

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

import { Entity, Property } from '@mikro-orm/core';
import { OneUseSecret } from '../one-use-secret.js';

/**
 * Proof that the identity provider has just checked it is this person again (`prompt=login`,
 * `max_age=0`, a fresh `auth_time`), for a person without a password to sign off with. The
 * browser holds the secret; only its SHA-256 is stored. Good for one sign-off, by the same
 * user in the same session, for a few minutes.
 */
@Entity({ tableName: 'sso_confirmations' })
export class SsoConfirmation extends OneUseSecret {
  @Property({ type: 'uuid', index: true })
  userId!: string;

  @Property({ type: 'text' })
  sessionId!: string;

  /** When the provider says the person signed in (the ID token's auth_time). */
  @Property({ type: 'timestamptz' })
  authTime!: Date;
}

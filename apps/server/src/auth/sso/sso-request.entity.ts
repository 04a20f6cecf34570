import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** What a trip to the identity provider is for. */
export type SsoPurpose = 'SIGN_IN' | 'CONFIRM';

/**
 * A trip to the identity provider under way, kept server-side (so several server processes
 * share it through the database) and bound to the browser that started it: the row's id is
 * the SHA-256 of a secret in that browser's short-lived httpOnly cookie. The callback reads
 * it by that cookie and deletes it, so it is single-use; a callback from another browser
 * (login CSRF), a tampered `state` or an ID token with another `nonce` are refused.
 */
@Entity({ tableName: 'sso_requests' })
export class SsoRequest {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  id!: string;

  @Enum({ items: () => ['SIGN_IN', 'CONFIRM'] })
  purpose!: SsoPurpose;

  @Property({ type: 'text' })
  state!: string;

  @Property({ type: 'text' })
  nonce!: string;

  /** PKCE: only its S256 challenge went to the provider. */
  @Property({ type: 'text' })
  codeVerifier!: string;

  /** Where to go afterwards: a path on this site. */
  @Property({ type: 'text' })
  nextPath!: string;

  /** SIGN_IN from an invitation's page: the invitation link's secret, accepted once signed in. */
  @Property({ type: 'text', nullable: true })
  invitationToken?: string | null;

  /** CONFIRM: whose session asked, and which session (the confirmation is only good for it). */
  @Property({ type: 'uuid', nullable: true })
  userId?: string | null;

  @Property({ type: 'text', nullable: true })
  sessionId?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', index: true })
  expiresAt!: Date;
}

import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What a table of one-use secrets starts with (a password reset link, a single sign-on
 * confirmation): `export class X extends OneUseSecret`. The key is the secret's SHA-256
 * (`hashSecret`, secrets.ts), never the secret; a row is good until `expiresAt` and spent
 * once `usedAt` is set.
 */
export abstract class OneUseSecret {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}

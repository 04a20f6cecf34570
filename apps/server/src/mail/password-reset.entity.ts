import { Entity, ManyToOne, type Rel } from '@mikro-orm/core';
import { OneUseSecret } from '../auth/one-use-secret.js';
import { User } from '../auth/user.entity.js';

/** A password reset link, used once within `expiresAt` (OneUseSecret). */
@Entity({ tableName: 'password_resets' })
export class PasswordReset extends OneUseSecret {
  @ManyToOne({ entity: () => User, deleteRule: 'cascade', index: true })
  user!: Rel<User>;
}

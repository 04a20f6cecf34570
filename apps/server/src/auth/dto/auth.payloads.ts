import { Field, ObjectType } from 'type-graphql';
import { ApiToken } from '../api-token.entity.js';
import { User } from '../user.entity.js';

@ObjectType({ description: 'The signed-in user; the session cookie is set on the response.' })
export class AuthPayload {
  @Field(() => User, { description: 'The account now signed in.' })
  user!: User;
}

@ObjectType({ description: 'Result of logging out.' })
export class LogOutPayload {
  @Field(() => Boolean, { description: 'True once the session no longer works.' })
  loggedOut!: boolean;
}

@ObjectType({ description: 'A new token and its secret.' })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { description: 'The token’s details.' })
  token!: ApiToken;

  @Field(() => String, { description: 'The secret to send as `Authorization: Bearer <secret>`. Shown only this once: it is stored hashed.' })
  secret!: string;
}

@ObjectType({ description: 'The revoked token.' })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { description: 'The token, now with `revokedAt` set.' })
  token!: ApiToken;
}

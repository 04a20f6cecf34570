import { IsEmail, IsEnum, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { TokenScope } from '../../common/enums.js';
import { PASSWORD_LENGTH_MESSAGE, PASSWORD_MAX, PASSWORD_MIN } from '../password-policy.js';

/** A name is stored trimmed: one of spaces, or of invisible characters such as a zero-width space, would show as no name. */
const NOT_ONLY_SPACES = /[^\p{White_Space}\p{Cf}]/u;

@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field(() => String, { description: 'Email address; used to log in and to match invitations.' })
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@nhs.net.' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'Name as shown to the team.' })
  @Length(1, 100, { message: 'Enter a name of 1 to 100 characters.' })
  @Matches(NOT_ONLY_SPACES, { message: 'Enter your name.' })
  name!: string;

  @Field(() => String, { description: `Password: ${PASSWORD_MIN} to ${PASSWORD_MAX} characters, any you like (spaces too), not a common password, a repeat or run of keys, nor your email or name.` })
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: PASSWORD_LENGTH_MESSAGE })
  password!: string;
}

@InputType({ description: 'Email and password.' })
export class LogInInput {
  @Field(() => String, { description: 'Email address of the account.' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'The account password.' })
  @MaxLength(200)
  password!: string;
}

@InputType({ description: 'How to log out.' })
export class LogOutInput {
  @Field(() => Boolean, { defaultValue: false, description: 'End every session of this account, on every device, not only this one.' })
  everywhere!: boolean;
}

@InputType({ description: 'A new personal API token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'A name to recognise it by, e.g. "Analytics notebook".' })
  @Length(1, 100, { message: 'Enter a name of 1 to 100 characters.' })
  @Matches(NOT_ONLY_SPACES, { message: 'Enter a name for the token.' })
  name!: string;

  @Field(() => TokenScope, { description: 'READ for queries only; READ_WRITE to make changes too.' })
  @IsEnum(TokenScope)
  scope!: TokenScope;
}

@InputType({ description: 'The token to revoke.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'Id of one of your tokens.' })
  tokenId!: string;
}

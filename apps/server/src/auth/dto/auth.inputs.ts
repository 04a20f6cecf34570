import { IsEmail, IsEnum, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { TokenScope } from '../../common/enums.js';

export const PASSWORD_MIN = 10;

@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field(() => String, { description: 'Email address; used to log in and to match invitations.' })
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@nhs.net.' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'Name as shown to the team.' })
  @Length(1, 100, { message: 'Enter a name of 1 to 100 characters.' })
  name!: string;

  @Field(() => String, { description: `Password: at least ${PASSWORD_MIN} characters.` })
  @Length(PASSWORD_MIN, 200, { message: `Enter a password of ${PASSWORD_MIN} to 200 characters.` })
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
  name!: string;

  @Field(() => TokenScope, { description: 'READ for queries only; READ_WRITE to make changes too.' })
  @IsEnum(TokenScope)
  scope!: TokenScope;
}

@InputType({ description: 'The token to revoke.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'Id of one of your tokens.' })
  @IsUUID('all', { message: 'tokenId is not a valid id.' })
  tokenId!: string;
}

import { IsEmail, IsIn, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PASSWORD_LENGTH_MESSAGE, PASSWORD_MAX, PASSWORD_MIN } from '../../auth/password-policy.js';
import { MAIL_KINDS, MailDelivery, MailKind } from '../mail-kinds.js';

@InputType({ description: 'Ask for a password reset link by email.' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'The account’s email address. The answer is the same whether or not it has an account.' })
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@nhs.net.' })
  @MaxLength(254)
  email!: string;
}

@InputType({ description: 'Choose a new password with a reset link.' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The secret from the reset link.' })
  @Length(1, 200)
  token!: string;

  @Field(() => String, { description: `The new password: ${PASSWORD_MIN} to ${PASSWORD_MAX} characters, as at sign-up.` })
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: PASSWORD_LENGTH_MESSAGE })
  newPassword!: string;
}

@InputType({ description: 'How you want one kind of email.' })
export class SetMailPreferenceInput {
  @Field(() => MailKind, { description: 'The kind of email.' })
  @IsIn(MAIL_KINDS)
  kind!: MailKind;

  @Field(() => MailDelivery, { description: 'At once, in a daily digest, or never.' })
  @IsIn(Object.values(MailDelivery))
  delivery!: MailDelivery;
}

@InputType({ description: 'Stop a kind of email with the link it came with (no need to sign in).' })
export class UnsubscribeInput {
  @Field(() => String, { description: 'The token from the email’s unsubscribe link.' })
  @Length(1, 1000)
  token!: string;
}

@InputType({ description: 'When an entry closes.' })
export class SetEntryClosingDateInput {
  @Field(() => ID, { description: 'The entry.' })
  entryId!: string;

  @Field(() => Date, { nullable: true, description: 'When it closes (the award’s deadline); null to clear it.' })
  closesAt?: Date | null;
}

import { Field, ObjectType } from 'type-graphql';
import { Entry } from '../../entries/entry.entity.js';
import { MailDelivery, MailKind } from '../mail-kinds.js';

@ObjectType({ description: 'How you want one kind of email.' })
export class MailPreferenceItem {
  @Field(() => MailKind, { description: 'The kind of email.' })
  kind!: MailKind;

  @Field(() => MailDelivery, { description: 'At once (the default), in a daily digest, or never.' })
  delivery!: MailDelivery;
}

@ObjectType({ description: 'What this Quorum server does, for pages that change with it.' })
export class ServerInfo {
  @Field(() => Boolean, { description: 'Whether it sends email (QUORUM_SMTP_URL). When false, invitation links must be shared by hand and password resets are not possible by email.' })
  mailEnabled!: boolean;
}

@ObjectType({ description: 'The request was taken.' })
export class RequestPasswordResetPayload {
  @Field(() => Boolean, { description: 'Always true: the same answer whether or not the address has an account. If it has, a link is on its way.' })
  requested!: boolean;

  @Field(() => Boolean, { description: 'False when this server sends no email: no link will come; ask whoever runs Quorum.' })
  mailEnabled!: boolean;
}

@ObjectType({ description: 'The password is changed.' })
export class ResetPasswordPayload {
  @Field(() => Boolean, { description: 'True: the password is changed and every session of the account has ended. Log in with the new password.' })
  passwordReset!: boolean;
}

@ObjectType({ description: 'Your choice is saved.' })
export class SetMailPreferencePayload {
  @Field(() => [MailPreferenceItem], { description: 'All your choices, one per kind.' })
  mailPreferences!: MailPreferenceItem[];
}

@ObjectType({ description: 'Those emails stop.' })
export class UnsubscribePayload {
  @Field(() => [MailKind], { description: 'The kinds now set to never (from a digest’s link: every kind that went to the digest).' })
  kinds!: MailKind[];
}

@ObjectType({ description: 'The entry with its closing date.' })
export class SetEntryClosingDatePayload {
  @Field(() => Entry, { description: 'The entry.' })
  entry!: Entry;
}

import { Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import type { Context } from '../common/context.js';
import { forbidden } from '../common/errors.js';
import { Access } from '../policy/access.js';
import { RequestPasswordResetInput, ResetPasswordInput, SetEntryClosingDateInput, SetMailPreferenceInput, UnsubscribeInput } from './dto/mail.inputs.js';
import { MailPreferenceItem, RequestPasswordResetPayload, ResetPasswordPayload, ServerInfo, SetEntryClosingDatePayload, SetMailPreferencePayload, UnsubscribePayload } from './dto/mail.payloads.js';
import * as mail from './mail.service.js';
import * as passwords from './password-reset.service.js';
import { InputArg } from '../common/input-arg.js';

@Resolver(() => User)
export class MailResolver {
  @Query(() => ServerInfo, { description: 'What this server does (whether it sends email); no need to sign in.' })
  serverInfo(@Ctx() ctx: Context): ServerInfo {
    return { mailEnabled: ctx.app.mail.enabled };
  }

  @FieldResolver(() => [MailPreferenceItem], { description: 'How you want each kind of email (your own account only).' })
  mailPreferences(@Root() user: User, @Ctx() ctx: Context): Promise<MailPreferenceItem[]> {
    if (ctx.viewer?.user.id !== user.id) throw forbidden('You can only see your own email choices.');
    return mail.mailPreferencesOf(ctx, user.email);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => SetMailPreferencePayload, { description: 'Choose how you get one kind of email: at once, in a daily digest, or never.' })
  async setMailPreference(@InputArg(SetMailPreferenceInput) input: SetMailPreferenceInput, @Ctx() ctx: Context): Promise<SetMailPreferencePayload> {
    return { mailPreferences: await mail.setMailPreference(ctx, input.kind, input.delivery) };
  }

  @Mutation(() => UnsubscribePayload, { description: 'Stop a kind of email with the token from its unsubscribe link; no need to sign in.' })
  async unsubscribe(@InputArg(UnsubscribeInput) input: UnsubscribeInput, @Ctx() ctx: Context): Promise<UnsubscribePayload> {
    return { kinds: await mail.unsubscribe(ctx, input.token) };
  }

  @Mutation(() => RequestPasswordResetPayload, {
    description: 'Email a password reset link to an account’s address. The same answer whether or not it has an account; repeated requests are RATE_LIMITED.',
  })
  requestPasswordReset(@InputArg(RequestPasswordResetInput) input: RequestPasswordResetInput, @Ctx() ctx: Context): Promise<RequestPasswordResetPayload> {
    return passwords.requestPasswordReset(ctx, input.email);
  }

  @Mutation(() => ResetPasswordPayload, { description: 'Choose a new password with a reset link (once, within 30 minutes). Every session of the account ends; then log in.' })
  async resetPassword(@InputArg(ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context): Promise<ResetPasswordPayload> {
    await passwords.resetPassword(ctx, input.token, input.newPassword);
    return { passwordReset: true };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => SetEntryClosingDatePayload, { description: 'Set or clear when the entry closes (lead). Those with something pending are reminded 14, 7 and 2 days before.' })
  async setEntryClosingDate(@InputArg(SetEntryClosingDateInput) input: SetEntryClosingDateInput, @Ctx() ctx: Context): Promise<SetEntryClosingDatePayload> {
    return { entry: await mail.setEntryClosingDate(ctx, input.entryId, input.closesAt) };
  }
}

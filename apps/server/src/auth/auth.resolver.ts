import { Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { forbidden } from '../common/errors.js';
import { Access } from '../policy/access.js';
import { ApiToken } from './api-token.entity.js';
import * as auth from './auth.service.js';
import { CreateApiTokenInput, LogInInput, LogOutInput, RevokeApiTokenInput, SignUpInput } from './dto/auth.inputs.js';
import { AuthPayload, CreateApiTokenPayload, LogOutPayload, RevokeApiTokenPayload } from './dto/auth.payloads.js';
import { User } from './user.entity.js';
import { SignOffConfirmation } from '../sign-off/sign-off.enums.js';
import { SSO_PATHS } from './sso/sso.routes.js';
import { signOffConfirmationOf } from './sso/sso.service.js';
import { LoginOptions } from './sso/sso.types.js';
import { InputArg } from '../common/input-arg.js';

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when nobody is signed in.' })
  me(@Ctx() ctx: Context): User | null {
    return ctx.viewer?.user ?? null;
  }

  @Query(() => LoginOptions, { description: 'How people log in here (password, single sign-on or both): what the log-in page shows. Anyone may ask.' })
  loginOptions(@Ctx() ctx: Context): LoginOptions {
    const { passwordLogin, sso } = ctx.app.config;
    return { passwordLogin, singleSignOn: sso ? { label: sso.buttonLabel, startPath: SSO_PATHS.start, confirmPath: SSO_PATHS.confirm } : null };
  }

  @FieldResolver(() => SignOffConfirmation, {
    description:
      'How you confirm it is you when you sign off: PASSWORD (your password again) or SINGLE_SIGN_ON (a fresh sign-in at your identity provider; see `LoginOptions.singleSignOn.confirmPath`). Your own account only.',
  })
  signOffConfirmation(@Root() user: User, @Ctx() ctx: Context): Promise<SignOffConfirmation> {
    if (ctx.viewer?.user.id !== user.id) throw forbidden('You can only see how you sign off yourself.');
    return signOffConfirmationOf(ctx, user.id);
  }

  @Mutation(() => AuthPayload, { description: 'Create an account and sign in (sets the session cookie).' })
  async signUp(@InputArg(SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return { user: await auth.signUp(ctx, input) };
  }

  @Mutation(() => AuthPayload, { description: 'Sign in with email and password (sets the session cookie). Repeated failures are RATE_LIMITED.' })
  async logIn(@InputArg(LogInInput) input: LogInInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return { user: await auth.logIn(ctx, input) };
  }

  @Authorized(Access.SESSION)
  @Mutation(() => LogOutPayload, { description: 'End this session (or every session of the account); the cookie stops working at once.' })
  async logOut(@InputArg(LogOutInput) input: LogOutInput, @Ctx() ctx: Context): Promise<LogOutPayload> {
    await auth.logOut(ctx, input.everywhere);
    return { loggedOut: true };
  }

  @Authorized(Access.SESSION)
  @Mutation(() => CreateApiTokenPayload, { description: 'Create a personal API token. Only from a browser session.' })
  createApiToken(@InputArg(CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreateApiTokenPayload> {
    return auth.createApiToken(ctx, input);
  }

  @Authorized(Access.SESSION)
  @Mutation(() => RevokeApiTokenPayload, { description: 'Revoke one of your API tokens; it stops working at once.' })
  async revokeApiToken(@InputArg(RevokeApiTokenInput) input: RevokeApiTokenInput, @Ctx() ctx: Context): Promise<RevokeApiTokenPayload> {
    return { token: await auth.revokeApiToken(ctx, input.tokenId) };
  }

  @FieldResolver(() => [ApiToken], { description: 'Your personal API tokens, newest first (your own account only).' })
  apiTokens(@Root() user: User, @Ctx() ctx: Context): Promise<ApiToken[]> {
    if (ctx.viewer?.user.id !== user.id) throw forbidden('You can only see your own API tokens.');
    return auth.listApiTokens(ctx, user.id);
  }
}

import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Single sign-on through the organisation’s identity provider (OpenID Connect).' })
export class SingleSignOnOption {
  @Field(() => String, { description: 'The button’s words, e.g. "Sign in with NHSmail" (QUORUM_OIDC_BUTTON_LABEL).' })
  label!: string;

  @Field(() => String, {
    description: 'Where the button goes: a path on this site (`/auth/sso/start`); add `?next=/path` to come back there, and `&invitation=<link secret>` to accept an invitation on the way.',
  })
  startPath!: string;

  @Field(() => String, {
    description:
      'Where to confirm it is you again before a sign-off (`/auth/sso/confirm?next=/path`): you come back at `next` with `#sso-confirmation=<secret>` for `signOffSection`’s `confirmation`.',
  })
  confirmPath!: string;
}

@ObjectType({ description: 'How people log in here: what the log-in page shows.' })
export class LoginOptions {
  @Field(() => Boolean, { description: 'Whether log-in and sign-up with an email and password work (QUORUM_PASSWORD_LOGIN); when false, they are refused with PASSWORD_LOGIN_DISABLED.' })
  passwordLogin!: boolean;

  @Field(() => SingleSignOnOption, { nullable: true, description: 'Single sign-on, when set up (QUORUM_OIDC_ISSUER); null otherwise.' })
  singleSignOn!: SingleSignOnOption | null;
}

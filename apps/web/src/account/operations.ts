import { graphql } from '../gql';

// Email choices and password reset: the feature's queries and mutations, one document each.

/** Whether this server sends email (QUORUM_SMTP_URL): without, links are shared by hand. */
export const ServerInfoQuery = graphql(`
  query ServerInfo {
    serverInfo {
      mailEnabled
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      requested
      mailEnabled
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      passwordReset
    }
  }
`);

export const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($input: UnsubscribeInput!) {
    unsubscribe(input: $input) {
      kinds
    }
  }
`);

export const MailPreferencesQuery = graphql(`
  query MailPreferences {
    me {
      id
      mailPreferences {
        kind
        delivery
      }
    }
  }
`);

export const SetMailPreferenceMutation = graphql(`
  mutation SetMailPreference($input: SetMailPreferenceInput!) {
    setMailPreference(input: $input) {
      mailPreferences {
        kind
        delivery
      }
    }
  }
`);

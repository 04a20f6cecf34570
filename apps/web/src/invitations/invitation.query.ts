import { graphql } from '../gql';

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      entryTitle
      role
      invitedByName
      expiresAt
    }
  }
`);

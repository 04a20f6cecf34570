import { graphql } from '../gql';

export const UpdatePresenceMutation = graphql(`
  mutation UpdatePresence($input: UpdatePresenceInput!) {
    updatePresence(input: $input) {
      presence {
        clientId
      }
    }
  }
`);

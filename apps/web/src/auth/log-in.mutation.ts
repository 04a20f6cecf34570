import { graphql } from '../gql';

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      user {
        id
        name
        email
      }
    }
  }
`);

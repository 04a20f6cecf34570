import { graphql } from '../gql';

export const LogOutMutation = graphql(`
  mutation LogOut($input: LogOutInput!) {
    logOut(input: $input) {
      loggedOut
    }
  }
`);

import { graphql } from '../gql';

/** How people log in here: the log-in, sign-up and invitation pages show the single sign-on button, the password form, or both. */
export const LoginOptionsQuery = graphql(`
  query LoginOptions {
    loginOptions {
      passwordLogin
      singleSignOn {
        label
        startPath
        confirmPath
      }
    }
  }
`);

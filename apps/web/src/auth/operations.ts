import { graphql } from '../gql';

// The feature's queries, mutations and subscriptions, one document each (fragments stay beside the components that read them).

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

export const LogOutMutation = graphql(`
  mutation LogOut($input: LogOutInput!) {
    logOut(input: $input) {
      loggedOut
    }
  }
`);

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

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        name
        email
      }
    }
  }
`);

import { graphql } from '../gql';

/** What the panel's own logic reads of a sign-off: which one, what it means, who gave it (announcements, and whether it is the viewer's). What it shows is SignOffByline's. */
export const SignOffFieldsFragment = graphql(`
  fragment SignOffFields on SignOff {
    id
    meaning
    signer {
      id
      name
    }
  }
`);

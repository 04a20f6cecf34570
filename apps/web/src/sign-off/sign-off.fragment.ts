import { graphql } from '../gql';

/** What the panel shows of any sign-off: who, in which role and slot, what it means, when. */
export const SignOffFieldsFragment = graphql(`
  fragment SignOffFields on SignOff {
    id
    meaning
    note
    role
    slotKey
    slotLabel
    createdAt
    signer {
      id
      name
    }
  }
`);

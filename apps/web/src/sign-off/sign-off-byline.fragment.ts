import { graphql } from '../gql';

/** What the panel says of a sign-off (sign-off-byline.tsx): who signed, in which role and slot, when, and their note. */
export const SignOffBylineFragment = graphql(`
  fragment SignOffByline on SignOff {
    meaning
    note
    role
    slotLabel
    createdAt
    signer {
      id
      name
    }
  }
`);

import { graphql } from '../gql';

// A member's name and role in the entry, as bylines, role labels and the @-mention list read them.
// Spread with @unmask: those read it as plain data with the rest of their query.
export const MemberNameFragment = graphql(`
  fragment MemberName on Membership {
    id
    role
    user {
      id
      name
    }
  }
`);

import { graphql } from '../gql';

/** What a row of the team table shows of a member (member-table.tsx): spread it in the team page's query. */
export const MemberRowFragment = graphql(`
  fragment MemberRow on Membership {
    id
    role
    user {
      id
      name
      email
    }
  }
`);

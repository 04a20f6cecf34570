import { graphql } from '../gql';

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      membership {
        id
        role
      }
    }
  }
`);

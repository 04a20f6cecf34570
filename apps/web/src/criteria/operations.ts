import { graphql } from '../gql';

/** The criteria of an entry's sections, what answers each, and whether the viewer may link them. */
export const CriteriaLinksQuery = graphql(`
  query CriteriaLinks($id: ID!) {
    entry(id: $id) {
      id
      abilities {
        canEditEvidence
      }
      sections {
        id
        criteria {
          ...CriterionPassages @unmask
        }
      }
    }
  }
`);

/** Sets the passages that answer a criterion (those kept by id, new ones by their anchor). */
export const LinkCriterionPassagesMutation = graphql(`
  mutation LinkCriterionPassages($input: LinkCriterionInput!) {
    linkCriterion(input: $input) {
      criterion {
        ...CriterionPassages @unmask
      }
    }
  }
`);

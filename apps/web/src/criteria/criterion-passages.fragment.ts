import { graphql } from '../gql';

// @unmask where spread: the criteria list reads it as part of the entry, and linking a criterion
// answers with it, so that the cache holds the same fields the list shows.
export const CriterionPassagesFragment = graphql(`
  fragment CriterionPassages on Criterion {
    id
    covered
    passages {
      id
      quote
      lost
      start
      end
      section {
        id
      }
    }
  }
`);

import { graphql } from '../gql';

export const TemplatesQuery = graphql(`
  query Templates {
    templates {
      id
      award
      name
      description
    }
  }
`);

// Apollo Client's types follow GraphQL Code Generator's masked types (codegen.ts: inlineFragmentTypes 'mask'),
// so that a component's data holds only what it selects itself, as the client's dataMasking does at run time.
import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

declare module '@apollo/client' {
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}

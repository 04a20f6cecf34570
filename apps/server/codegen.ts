import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the server's tests, from the committed schema, as the web app's are
// (apps/web/codegen.ts). Tests write `graphql(`...`)` from src/test-support/gql and get the
// answer's and the variables' types; src/gql-current.test.ts fails when the generated files are
// stale, so run `npx -y pnpm@12.4.2 --filter @quorum/server codegen` after changing a document or the schema.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.test.ts', 'src/test-support/**/*.ts', '!src/test-support/gql/**'],
  // Folders not yet converted from query strings hold no document.
  ignoreNoDocuments: true,
  generates: {
    'src/test-support/gql/': {
      preset: 'client',
      // Tests read what the server sends, fragments' fields included: no type-only masking.
      presetConfig: { fragmentMasking: false },
      config: {
        // Only the types the tests' operations use, so that other additions to the schema do not change these files.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        // The server's modules are NodeNext: relative imports name their .js file.
        importExtension: '.js',
        scalars: { DateTimeISO: 'string' },
        // The shapes of the JSON on the wire: null (not undefined) for a missing field, __typename only when asked for;
        // optional variables may be left out.
        avoidOptionals: { field: true, inputValue: false },
        skipTypename: true,
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;

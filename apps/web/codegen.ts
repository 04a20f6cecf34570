import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's committed schema. CI runs this and fails on a difference,
// so run `pnpm --filter @quorum/web codegen` after changing an operation or the schema.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Only the types our operations use, so that server-only additions to the schema do not
        // change these files.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string' },
        // The shapes Apollo Client 4 returns: null (not undefined) for missing fields, __typename on objects.
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;

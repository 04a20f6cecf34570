import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's committed schema. CI runs this and fails on a difference,
// so run `pnpm --filter @quorum/web codegen` after changing an operation or the schema.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      // Fragments are masked by Apollo Client at run time (dataMasking in apollo/create-client.ts), read with
      // Apollo's useFragment; the preset's own type-only masking stays off, as Apollo's codegen guide says.
      presetConfig: { fragmentMasking: false },
      config: {
        // A spread fragment's fields are absent from its parent's type, as they are from its data; `@unmask` keeps them.
        inlineFragmentTypes: 'mask',
        customDirectives: { apolloUnmask: true },
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

// One lint configuration for the workspace (run by `npm run lint` and by CI): typescript-eslint's
// recommended rules everywhere, and for the web app React's hooks rules and jsx-a11y (the app is
// used with screen readers and keyboards). Formatting is Prettier's job (.prettierrc.json).
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'apps/web/src/gql/**', 'apps/server/src/test-support/gql/**', '**/*.d.ts', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused arguments keep their place in a signature when named with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: { ...jsxA11y.flatConfigs.recommended.languageOptions, globals: { ...globals.browser } },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // role="text" keeps a figure and its words one phrase in VoiceOver (not in ARIA, but harmless elsewhere).
      'jsx-a11y/aria-role': ['error', { allowedInvalidRoles: ['text'] }],
      // Focus goes to the first field of a form the person has just opened (never on page load).
      'jsx-a11y/no-autofocus': 'off',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The two rules of hooks; the React Compiler's stricter rules are for code built with it, and this app is not.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The server's log holds no SQL values, passwords, hashes or people's words (README,
    // "What the server logs"): an error object or its message can hold any of them (a database
    // error's message is the statement with its values). Log errors with logError (common/log.ts).
    files: ['apps/server/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'apps/server/src/common/log.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='console'] > Identifier", message: 'Log an error with logError (common/log.ts), not the error itself.' },
        {
          selector: "CallExpression[callee.object.name='console'] MemberExpression[property.name=/^(message|stack)$/]",
          message: 'Log an error with logError (common/log.ts): its message can hold SQL values.',
        },
      ],
    },
  },
  {
    // Tests read GraphQL answers as plain JSON; `any` there is the shape of the wire, not a hole in the types.
    files: ['**/*.test.{ts,tsx}', '**/test-support/**', 'apps/web/e2e/**', 'apps/server/src/fuzz/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Benchmarks pass functions to the browser (page.evaluate), where window and document exist.
    files: ['bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

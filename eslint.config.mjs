// The linter npm test runs before the suites: typescript-eslint's recommended rules for every
// TypeScript file, and React's rules of hooks (with their dependency lists checked) for the
// renderer. Rules that need type information are left out: they would double the lint time on
// a 2-core machine, and `tsc --noEmit` already runs in the same test command.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'coverage/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Plain JavaScript (the build and launch scripts) runs under Node; TypeScript's own checker
  // knows the globals of each file better than a list, so no-undef is for JavaScript only.
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      'no-undef': 'off',
      // Dabir refuses and strips control characters in every text field and on the terminal:
      // the patterns that find them name them on purpose.
      'no-control-regex': 'off',
      // A name starting with _ is an argument kept for its position (an IPC handler's event).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests read JSON output and SQL rows whose shape the assertions themselves check.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);

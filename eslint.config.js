// ESLint flat config: the recommended JavaScript and typescript-eslint rules; formatting is prettier's.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'coverage/', 'data/', 'knowledge/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Text cleaning and terminal output match control characters on purpose.
      'no-control-regex': 'off',
      // `_` names a parameter or element that is there for its position only.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**'],
    // The fake platform servers hold whatever JSON a client sent; each test reads the fields it checks.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);

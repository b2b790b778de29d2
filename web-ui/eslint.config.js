// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports go one way: shared (components, lib, i18n, testing) → features → app.
// A feature does not import another feature; the app composes them.
const FEATURES = ['admin', 'auth', 'inspections', 'keys', 'projects', 'public-survey', 'quality', 'surveys', 'work-orders'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'e2e/artifacts', 'src/lib/api/schema.d.ts', 'coverage'] },
  js.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The React Compiler rules flag patterns (resetting a form when a dialog opens) that are fine here.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-useless-path-segments': 'error',
      // No barrel files: import a module by its own path, never through an index.
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)index(\\.tsx?)?$', message: 'No barrel files: import the module itself.' }, { regex: '^\\.\\./', message: "Use the '@/…' alias for imports outside this folder." }] },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'A feature may not import another feature; compose them in src/app.',
            })),
            { target: './src/features', from: './src/app', message: 'Features may not import from the app layer.' },
            {
              target: ['./src/components', './src/lib', './src/i18n', './src/testing'],
              from: ['./src/features', './src/app'],
              message: 'Shared code may not import features or the app layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      // Tests compose the app to exercise it end to end.
      'import-x/no-restricted-paths': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['*.{js,ts,mjs}', 'scripts/**/*.mjs', 'e2e/**/*.mjs'],
    extends: [...tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
  },
);

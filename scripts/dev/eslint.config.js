// @ts-check
/**
 * `npm run lint`: TypeScript and React hook rules, and the boundaries that keep the architecture one-way:
 * the pipeline and the app never import each other (src/corpus/ is what they share), the store imports
 * no view or feature code, and no module imports itself through a cycle.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const restrict = (...patterns) => ['error', { patterns }];

/** The app's folders of views and features (all but store/ and shared/). */
const APP_FEATURE_FOLDERS = [
  'boot',
  'cards',
  'coverage',
  'discrepancies',
  'event-detail',
  'export',
  'filters',
  'header',
  'quotes',
  'search',
  'selectors',
  'shortcuts',
  'theme',
  'timeline',
  'ui',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '**/*.json', '.ci/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
  },
  {
    // Tests build broken corpora, hostile bytes and terse parsers on purpose.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['src/app/**', 'src/main.tsx', 'src/boot.ts', 'src/entry-server.tsx'],
    rules: {
      'no-restricted-imports': restrict({
        group: ['**/pipeline/**', '**/scripts/**'],
        message: 'The app reads the corpus; it never imports the pipeline or the build.',
      }),
    },
  },
  {
    files: ['src/pipeline/**'],
    rules: {
      'no-restricted-imports': restrict({
        group: ['**/app/**', '**/scripts/**'],
        message: 'The pipeline writes the corpus; it never imports the app or the build.',
      }),
    },
  },
  {
    files: ['src/corpus/**'],
    rules: {
      'no-restricted-imports': restrict({
        group: ['**/app/**', '**/pipeline/**', '**/scripts/**'],
        message: 'The corpus contract imports nothing of its users.',
      }),
    },
  },
  {
    files: ['src/app/shared/**'],
    rules: {
      'no-restricted-imports': restrict(
        {
          group: ['**/pipeline/**', '**/scripts/**'],
          message: 'The app reads the corpus; it never imports the pipeline or the build.',
        },
        {
          group: [...[...APP_FEATURE_FOLDERS, 'store'].map((folder) => `../${folder}/**`), '../*.ts', '../*.tsx'],
          message: 'app/shared/ is what the store, the views and the build all use: it imports none of them.',
        },
      ),
    },
  },
  {
    files: ['src/app/store/**'],
    rules: {
      'no-restricted-imports': restrict(
        {
          group: ['**/pipeline/**', '**/scripts/**'],
          message: 'The app reads the corpus; it never imports the pipeline or the build.',
        },
        {
          // Every app folder but shared/, and the app's own top-level modules (views, boot, loading).
          group: [...APP_FEATURE_FOLDERS.map((folder) => `../${folder}/**`), '../*.ts', '../*.tsx'],
          message: 'The store imports no view or feature code and starts no loading: only app/shared/ and the corpus.',
        },
      ),
    },
  },
);

// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Rules that keep src/core pure: no renderer, audio, i18n, DOM or clock.
 * @type {import("eslint").Linter.RulesRecord}
 */
export const coreBoundaryRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'phaser', message: 'src/core is pure: no Phaser.' },
        { name: 'howler', message: 'src/core is pure: no Howler.' },
        { name: 'i18next', message: 'src/core is pure: events carry keys, not text.' },
      ],
      patterns: [
        {
          group: ['phaser/*', 'howler/*', 'i18next/*'],
          message: 'src/core is pure: no renderer, audio or i18n.',
        },
        {
          regex: '^\\.\\./\\.\\./\\.\\./',
          message: 'src/core may not import from outside src/core.',
        },
        {
          group: ['node:*', 'fs', 'path', 'os', 'child_process'],
          message: 'src/core is pure: no Node IO.',
        },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded PRNG in core/rng.' },
    { object: 'Date', property: 'now', message: 'src/core has no clock.' },
    { object: 'performance', property: 'now', message: 'src/core has no clock.' },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'window', message: 'src/core has no DOM.' },
    { name: 'document', message: 'src/core has no DOM.' },
    { name: 'localStorage', message: 'src/core has no storage.' },
    { name: 'setTimeout', message: 'src/core has no clock.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date']", message: 'src/core has no clock.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      'test-results/**',
      'bench/**/*.json',
      'tests/fixtures/**',
      '.e2e-profile*/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'eslint.config.js',
            'scripts/*.mjs',
            'scripts/e2e/*.mjs',
            '.ci/*.mjs',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'all'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/naming-convention': [
        'error',
        { selector: 'typeLike', format: ['PascalCase'] },
        {
          selector: 'interface',
          format: ['PascalCase'],
          custom: { regex: '^I[A-Z]', match: false },
        },
        {
          selector: 'memberLike',
          modifiers: ['private'],
          format: ['camelCase'],
          leadingUnderscore: 'require',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      ...coreBoundaryRules,
      '@typescript-eslint/no-unnecessary-condition': 'error',
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', '.ci/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);

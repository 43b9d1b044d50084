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

/** A relative import that lands in one of the given top-level folders of src/ (or src/app.ts). */
function intoFolders(/** @type {string[]} */ names) {
  return `^\\.{1,2}/(\\.\\./)*(${names.join('|')})(/|$)`;
}

/**
 * "No deep imports into core from outside it": `../core/odds/steps`, `../src/core/rates`… Core
 * has three doors: its index (`core`), the Strategy Lab's index (`core/lab`) and workshop mode's
 * (`core/workshop`), which the index does not re-export so that their rules load with their
 * screens, not with the first screen.
 */
const deepCoreImport = {
  regex: '^\\.{1,2}/(\\.\\./)*(src/)?core/(?!(lab|workshop)$)',
  message:
    'Outside src/core, import core through its index (`core`, or `core/lab` for the Strategy Lab, `core/workshop` for workshop mode), not a file inside it.',
};

/** Packages that belong to one folder each: Phaser to scenes, Howler to audio, i18next to i18n. */
const PACKAGE_HOME = { phaser: 'src/scenes', howler: 'src/audio', i18next: 'src/i18n' };

/**
 * The import rule of one folder of the table in docs/ARCHITECTURE.md.
 * @param {string} folder - the folder, for the messages
 * @param {{ folders?: string[], packages?: (keyof typeof PACKAGE_HOME)[], coreTypesOnly?: boolean, typeOnlyPackages?: (keyof typeof PACKAGE_HOME)[] }} forbidden
 * @returns {import("eslint").Linter.RuleEntry}
 */
function importRule(folder, forbidden) {
  /** @type {Record<string, unknown>[]} */
  const patterns = [deepCoreImport];
  if (forbidden.folders !== undefined && forbidden.folders.length > 0) {
    patterns.push({
      regex: intoFolders(forbidden.folders),
      message: `${folder} may not import ${forbidden.folders.join(', ')} (docs/ARCHITECTURE.md, Folders).`,
    });
  }
  if (forbidden.coreTypesOnly === true) {
    patterns.push({
      regex: '^\\.{1,2}/(\\.\\./)*core$',
      allowTypeImports: true,
      message: `${folder} may import only types from core.`,
    });
  }
  /** @type {Record<string, unknown>[]} */
  const paths = [];
  for (const name of forbidden.packages ?? []) {
    paths.push({ name, message: `${name} belongs to ${PACKAGE_HOME[name]}, not ${folder}.` });
    patterns.push({
      group: [`${name}/*`],
      message: `${name} belongs to ${PACKAGE_HOME[name]}, not ${folder}.`,
    });
  }
  for (const name of forbidden.typeOnlyPackages ?? []) {
    paths.push({
      name,
      allowTypeImports: true,
      message: `${folder} may import only types from ${name}.`,
    });
  }
  return ['error', { paths, patterns }];
}

/**
 * "No hidden global": nothing in src/ sets a property on `window` or `globalThis`. The page's one
 * global, `window.overseer`, is set in src/main.ts and typed in src/app.ts.
 * @type {{ selector: string, message: string }[]}
 */
export const noHiddenGlobals = ['window', 'globalThis', 'self'].flatMap((name) => [
  {
    selector: `AssignmentExpression > MemberExpression.left[object.name='${name}']`,
    message: `No hidden globals: do not set ${name}.* (the one global is window.overseer, set in main.ts).`,
  },
  {
    selector: `CallExpression[callee.object.name='Object'][callee.property.name=/^(assign|defineProperty|defineProperties)$/][arguments.0.name='${name}']`,
    message: `No hidden globals: do not add properties to ${name} (the one global is window.overseer, set in main.ts).`,
  },
]);

/**
 * What the session must not use besides imports: it builds no DOM.
 * @type {import("eslint").Linter.RulesRecord}
 */
const sessionNoDom = {
  'no-restricted-globals': [
    'error',
    { name: 'document', message: 'src/session builds no DOM: views live in src/ui.' },
    { name: 'navigator', message: 'src/session reads no browser state: pass it in.' },
  ],
  'no-restricted-syntax': [
    'error',
    ...noHiddenGlobals,
    {
      selector: "MemberExpression[object.name='window'][property.name!='localStorage']",
      message:
        'src/session builds no DOM and uses no window API but storage: views live in src/ui.',
    },
  ],
};

/**
 * The import table of docs/ARCHITECTURE.md, one block per folder (their unit tests, `*.test.ts`,
 * may import anything, like tests/). src/core's own block is {@link coreBoundaryRules}.
 * @type {import("eslint").Linter.Config[]}
 */
export const importTable = [
  {
    files: ['src/session/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': importRule('src/session', {
        folders: ['scenes', 'ui', 'i18n', 'levels', 'app'],
        packages: ['phaser', 'howler', 'i18next'],
      }),
      ...sessionNoDom,
    },
  },
  {
    files: ['src/scenes/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': importRule('src/scenes', { packages: ['howler', 'i18next'] }),
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': importRule('src/ui', {
        folders: ['scenes', 'audio'],
        packages: ['phaser', 'howler', 'i18next'],
      }),
    },
  },
  {
    files: ['src/audio/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': importRule('src/audio', {
        folders: ['session', 'scenes', 'ui', 'i18n', 'levels', 'app'],
        packages: ['phaser', 'i18next'],
        coreTypesOnly: true,
      }),
    },
  },
  {
    files: ['src/i18n/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': importRule('src/i18n', {
        folders: ['session', 'scenes', 'ui', 'audio', 'levels', 'app'],
        packages: ['phaser', 'howler'],
      }),
    },
  },
  {
    files: ['src/levels/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': importRule('src/levels', {
        folders: ['session', 'scenes', 'ui', 'audio', 'i18n', 'app'],
        packages: ['phaser', 'howler', 'i18next'],
      }),
    },
  },
  {
    // The built game's Phaser: Phaser's own source modules and nothing of the game's.
    files: ['src/phaser/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': importRule('src/phaser', {
        folders: ['core', 'session', 'scenes', 'ui', 'audio', 'i18n', 'levels', 'app'],
        packages: ['phaser', 'howler', 'i18next'],
      }),
    },
  },
  {
    files: ['src/app.ts'],
    rules: {
      'no-restricted-imports': importRule('src/app.ts', {
        folders: ['scenes', 'ui', 'audio', 'i18n', 'levels'],
        packages: ['howler', 'i18next'],
        typeOnlyPackages: ['phaser'],
      }),
    },
  },
  {
    files: ['src/main.ts'],
    rules: { 'no-restricted-imports': importRule('src/main.ts', {}) },
  },
  {
    files: ['scripts/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            deepCoreImport,
            {
              regex: '^(\\.\\./)+src/(?!core(/|$))',
              message: 'scripts/ may import only core, through its index (`../src/core`).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/core/**', 'src/session/**', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noHiddenGlobals] },
  },
];

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
  ...importTable,
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

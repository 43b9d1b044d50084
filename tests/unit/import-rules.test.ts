import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { importTable } from '../../eslint.config.js';

/** Lints text as if it were the given file, with the import table of the project's own config. */
async function lintAs(filePath: string, source: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      ...importTable,
    ],
  });
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

const imports = (messages: string[]) =>
  messages.filter((m) => m.startsWith('no-restricted-imports'));

describe('the import table, enforced by lint', () => {
  it.each([
    ['src/session/fixture.ts', "import Phaser from 'phaser';", 'belongs to src/scenes'],
    ['src/session/fixture.ts', "import { el } from '../ui/dom';", 'src/session may not import'],
    ['src/session/fixture.ts', "import { app } from '../app';", 'src/session may not import'],
    ['src/ui/fixture.ts', "import Phaser from 'phaser';", 'belongs to src/scenes'],
    ['src/ui/screens/fixture.ts', "import { Howl } from 'howler';", 'belongs to src/audio'],
    [
      'src/ui/screens/fixture.ts',
      "import { playCue } from '../../audio';",
      'src/ui may not import',
    ],
    ['src/ui/fixture.ts', "import { TableScene } from '../scenes/table-scene';", 'src/ui may not'],
    [
      'src/ui/screens/fixture.ts',
      "import { wilsonInterval } from '../../core/odds/wilson';",
      'its index',
    ],
    ['src/scenes/fixture.ts', "import { step } from '../core/rules/step';", 'its index'],
    ['src/scenes/fixture.ts', "import i18next from 'i18next';", 'belongs to src/i18n'],
    ['src/audio/fixture.ts', "import { step } from '../core';", 'only types from core'],
    ['src/audio/fixture.ts', "import { i18n } from '../i18n/i18n';", 'src/audio may not import'],
    ['src/i18n/fixture.ts', "import { refreshTexts } from '../ui/dom';", 'src/i18n may not import'],
    ['src/i18n/fixture.ts', "import { app } from '../app';", 'src/i18n may not import'],
    ['src/levels/fixture.ts', "import { el } from '../ui/dom';", 'src/levels may not import'],
    ['src/app.ts', "import Phaser from 'phaser';", 'only types from phaser'],
    ['scripts/fixture.ts', "import { RATES } from '../src/core/rates/lookup';", 'its index'],
    ['scripts/sim/fixture.ts', "import { el } from '../../src/ui/dom';", 'only core'],
  ])('%s: rejects %s', async (file, source, message) => {
    const found = imports(await lintAs(file, source));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it.each([
    [
      'src/session/fixture.ts',
      "import { step } from '../core';\nimport { playCue } from '../audio';",
    ],
    [
      'src/ui/screens/fixture.ts',
      "import { rateById } from '../../core';\nimport { i18n } from '../../i18n/i18n';",
    ],
    [
      'src/audio/fixture.ts',
      "import type { SimEventKind } from '../core';\nimport { Howl } from 'howler';",
    ],
    ['src/scenes/fixture.ts', "import Phaser from 'phaser';\nimport { el } from '../ui/dom';"],
    [
      'src/app.ts',
      "import type Phaser from 'phaser';\nimport type { AppStore } from './session/app-store';",
    ],
    [
      'src/main.ts',
      "import Phaser from 'phaser';\nimport { connectAudio } from './session/audio-bridge';",
    ],
    [
      'scripts/fixture.ts',
      "import { RATES } from '../src/core';\nimport { chromium } from 'playwright-core';",
    ],
    ['src/ui/fixture.test.ts', "import { step } from '../core/rules/step';"],
  ])('%s: accepts what the table allows', async (file, source) => {
    expect(await lintAs(file, source)).toEqual([]);
  });
});

describe('no DOM in the session', () => {
  it.each([
    "export const region = document.getElementById('captions');",
    "export const p = document.createElement('p');",
    'window.setTimeout(() => undefined, 10);',
    'export const lang = navigator.language;',
  ])('rejects %s', async (source) => {
    const messages = await lintAs('src/session/fixture.ts', source);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).toMatch(/src\/session (builds|reads) no/);
  });

  it('still lets the save reach localStorage', async () => {
    const source = "export const s = typeof window === 'undefined' ? null : window.localStorage;";
    expect(await lintAs('src/session/fixture.ts', source)).toEqual([]);
  });
});

describe('no hidden globals', () => {
  it.each([
    ['src/ui/fixture.ts', 'window.__debug = 1;'],
    ['src/scenes/fixture.ts', 'Object.assign(window, { handle: 1 });'],
    ['src/session/fixture.ts', 'globalThis.store = 1;'],
    ['src/audio/fixture.ts', "Object.defineProperty(window, 'engine', { value: 1 });"],
  ])('%s: rejects %s', async (file, source) => {
    const messages = await lintAs(file, source);
    expect(messages.some((m) => m.includes('No hidden globals'))).toBe(true);
  });

  it('allows the one named global in main.ts', async () => {
    expect(await lintAs('src/main.ts', 'window.overseer = undefined;')).toEqual([]);
  });
});

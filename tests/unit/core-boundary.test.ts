import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { coreBoundaryRules } from '../../eslint.config.js';

/** Lints text as if it were a file inside src/core, with the project's own boundary rules. */
async function lintAsCore(source: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        rules: coreBoundaryRules,
      },
    ],
  });
  const [result] = await eslint.lintText(source, { filePath: 'src/core/rules/fixture.ts' });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the core boundary', () => {
  it('rejects renderer, audio and i18n imports, outside paths, Math.random and Date.now', async () => {
    const messages = await lintAsCore(readFileSync('tests/fixtures/lint/violations.ts', 'utf8'));
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(4);
    expect(messages.some((m) => m.includes('Math.random'))).toBe(true);
    expect(messages.some((m) => m.includes('Date.now'))).toBe(true);
  });

  it('accepts a pure module that imports only its neighbours', async () => {
    const messages = await lintAsCore(readFileSync('tests/fixtures/lint/clean.ts', 'utf8'));
    expect(messages).toEqual([]);
  });

  it('does not compile DOM access against the core tsconfig', () => {
    let output = '';
    try {
      execFileSync(
        'npx',
        ['tsc', '--noEmit', '-p', 'tests/fixtures/core-violation/tsconfig.json'],
        {
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/Cannot find name 'document'/);
  }, 60_000);
});

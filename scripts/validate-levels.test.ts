import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocaleTree } from '../src/core';
import { flattenLocale, LANGUAGES, REFERENCE_LANGUAGE } from '../src/core';
import {
  formatIssue,
  levelFolders,
  LEVELS_DIR,
  loadLevelFolder,
  readLevelFolder,
  validateFolder,
} from './validate-levels';

const folders = levelFolders([]);

function keySet(file: string): string[] {
  const { _meta: _ignored, ...tree } = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    unknown
  >;
  return [...flattenLocale(tree as LocaleTree).keys()].sort();
}

describe('the levels in levels/', () => {
  it('include the first two levels', () => {
    const names = folders.map((dir) => path.basename(dir));
    expect(names).toEqual(expect.arrayContaining(['0-first-day', '1-the-upgrade']));
  });

  it.each(folders.map((dir) => [path.basename(dir), dir]))(
    '%s validates with no problem',
    (_name, dir) => {
      expect(validateFolder(dir)).toEqual([]);
    },
  );

  it.each(folders.map((dir) => [path.basename(dir), dir]))(
    '%s has the same key set in every locale as in en.json',
    (_name, dir) => {
      const english = keySet(path.join(dir, `${REFERENCE_LANGUAGE}.json`));
      for (const language of LANGUAGES) {
        expect(keySet(path.join(dir, `${language}.json`))).toEqual(english);
      }
    },
  );

  it('reports a folder without level.json as a problem of that file', () => {
    const issues = validateFolder(path.join(LEVELS_DIR, 'no-such-level'));
    expect(issues.map((issue) => [issue.file, issue.code])).toEqual([
      ['levels/no-such-level/level.json', 'ERR_MISSING_FILE'],
      ...LANGUAGES.map((language) => [
        `levels/no-such-level/${language}.json`,
        'ERR_MISSING_LOCALE',
      ]),
    ]);
  });

  it('loads a level folder as a validated level', () => {
    const loaded = loadLevelFolder(path.join(LEVELS_DIR, '1-the-upgrade'));
    expect(loaded.ok && loaded.value.id).toBe('1-the-upgrade');
  });
});

describe('a level folder with a JSON syntax error', () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch !== undefined) {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  /** A copy of a shipped level in a scratch root, with one file's text replaced. */
  function copyWith(name: string, text: string): { root: string; dir: string } {
    scratch = mkdtempSync(path.join(tmpdir(), 'validate-levels-'));
    const dir = path.join(scratch, 'levels', '0-first-day');
    cpSync(path.join(LEVELS_DIR, '0-first-day'), dir, { recursive: true });
    writeFileSync(path.join(dir, name), text);
    return { root: scratch, dir };
  }

  it.each(['level.json', ...LANGUAGES.map((language) => `${language}.json`)])(
    'reports %s once, with line and column, and no missing file',
    (name) => {
      const { root, dir } = copyWith(name, '{\n  "id": "0-first-day",\n  oops\n}\n');
      const issues = validateFolder(dir, root);
      expect(issues).toEqual([
        expect.objectContaining({
          code: 'ERR_JSON_SYNTAX',
          file: `levels/0-first-day/${name}`,
          line: 3,
          column: 3,
        }),
      ]);
      expect(issues.map(formatIssue)[0]).toMatch(
        new RegExp(`^levels/0-first-day/${name.replace('.', '\\.')}:3:3  ERR_JSON_SYNTAX  `),
      );
    },
  );

  it('reads only the files a level uses', () => {
    const { root, dir } = copyWith('notes.json.bak', 'anything');
    const names = readLevelFolder(dir, root).files.map((file) => file.name);
    expect(names).toEqual(['de.json', 'en.json', 'level.json']);
  });
});

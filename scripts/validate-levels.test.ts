import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocaleTree } from '../src/core';
import { flattenLocale } from '../src/core';
import { levelFolders, LEVELS_DIR, loadLevelFolder, validateFolder } from './validate-levels';

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
      const english = keySet(path.join(dir, 'en.json'));
      expect(keySet(path.join(dir, 'de.json'))).toEqual(english);
    },
  );

  it('reports a folder without level.json as a problem of that file', () => {
    const issues = validateFolder(path.join(LEVELS_DIR, 'no-such-level'));
    expect(issues).toEqual([
      expect.objectContaining({ file: 'levels/no-such-level/level.json', code: 'ERR_SHAPE' }),
    ]);
  });

  it('loads a level folder as a validated level', () => {
    const loaded = loadLevelFolder(path.join(LEVELS_DIR, '1-the-upgrade'));
    expect(loaded.ok && loaded.value.id).toBe('1-the-upgrade');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEVEL_IDS } from '../../tests/unit/level-catalog';
import { LANGUAGES } from '../core';
import {
  customLevels,
  findLevel,
  FROM_FILES_SUFFIX,
  idForLoadedLevel,
  loadCatalog,
  loadLevelFromFiles,
} from './level-catalog';
import { levelNamespace, levelText } from './level-text';

const FOLDER = 'levels/0-first-day';
type Json = Record<string, unknown>;

function read(name: string): string {
  return readFileSync(`${FOLDER}/${name}`, 'utf8');
}

/** A chosen file as the catalog reads it (jsdom's File has no `text()`). */
function file(name: string, text: string): Pick<File, 'name' | 'text'> {
  return { name, text: () => Promise.resolve(text) };
}

/** The first level's files, with its English title changed so the loaded one can be told apart. */
function firstLevelFiles(title: string): Pick<File, 'name' | 'text'>[] {
  const level = JSON.parse(read('level.json')) as Json;
  const en = JSON.parse(read('en.json')) as Json;
  const titleKey = String(level.titleKey);
  en[titleKey] = title;
  return [
    file('level.json', JSON.stringify(level)),
    file('en.json', JSON.stringify(en)),
    ...LANGUAGES.filter((language) => language !== 'en').map((language) =>
      file(`${language}.json`, read(`${language}.json`)),
    ),
  ];
}

describe('the level catalog', () => {
  it('loads every level folder through the one loader, as built-in levels', async () => {
    const catalog = await loadCatalog();
    expect(catalog.map((entry) => [entry.id, entry.kind, entry.source])).toEqual(
      LEVEL_IDS.map((id) => [id, 'ok', 'built-in']),
    );
  });
});

describe('a level loaded from files', () => {
  it('whose id a built-in level has is played as the loaded one under a marked id', async () => {
    const builtIn = await findLevel('0-first-day');
    const titleKey = builtIn?.titleKey ?? '';
    const entry = await loadLevelFromFiles(firstLevelFiles('My own first day'));
    const marked = `0-first-day${FROM_FILES_SUFFIX}`;
    expect(entry).toMatchObject({ kind: 'ok', id: marked, source: 'files', fileId: '0-first-day' });

    const loaded = await findLevel(marked);
    expect(loaded?.id).toBe(marked);
    expect(levelText(levelNamespace(marked), 'en', titleKey)).toBe('My own first day');
    // The built-in level is still there, unchanged.
    expect(await findLevel('0-first-day')).toBe(builtIn);
    expect(levelText(levelNamespace('0-first-day'), 'en', titleKey)).not.toBe('My own first day');
    expect((await loadCatalog()).filter((item) => item.id === '0-first-day')).toHaveLength(1);

    // Loading it again replaces the earlier copy from files, not the built-in level.
    await loadLevelFromFiles(firstLevelFiles('Second try'));
    expect(customLevels().filter((item) => item.id === marked)).toHaveLength(1);
    expect(levelText(levelNamespace(marked), 'en', titleKey)).toBe('Second try');
  });

  it.each(['level.json', ...LANGUAGES.map((language) => `${language}.json`)])(
    'with a syntax error in %s names the file, line and column once, and no missing file',
    async (name) => {
      const files = firstLevelFiles('x').map((item) =>
        item.name === name ? file(name, '{\n  "a": 1,\n  "b" 2\n}') : item,
      );
      const entry = await loadLevelFromFiles(files);
      expect(entry.kind).toBe('broken');
      const issues = entry.kind === 'broken' ? entry.issues : [];
      expect(issues).toEqual([
        expect.objectContaining({ code: 'ERR_JSON_SYNTAX', file: name, line: 3, column: 7 }),
      ]);
    },
  );
});

describe('idForLoadedLevel', () => {
  it('keeps a new id and marks one a built-in level has', () => {
    const builtIn = new Set(['a', `a${FROM_FILES_SUFFIX}`]);
    expect(idForLoadedLevel('b', builtIn)).toBe('b');
    expect(idForLoadedLevel('a', builtIn)).toBe(`a${FROM_FILES_SUFFIX}-2`);
    expect(idForLoadedLevel('a', new Set(['a']))).toBe(`a${FROM_FILES_SUFFIX}`);
  });
});

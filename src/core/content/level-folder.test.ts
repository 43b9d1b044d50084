import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../model/languages';
import { minimalLevelFiles } from '../testing/minimal-level';
import { levelFileRole, type LevelFolderFile, parseLevelFolder } from './level-folder';
import { REQUIRED_LOCALES } from './parse-level';

const DIR = 'src/core/testing/minimal-level';

/** The minimal level as the texts of its files, with some replaced or removed. */
function folderFiles(replace: Readonly<Record<string, string | null>> = {}): LevelFolderFile[] {
  const files = minimalLevelFiles();
  const texts: Record<string, string> = {
    'level.json': JSON.stringify(files.levelJson, null, 2),
    ...Object.fromEntries(
      Object.entries(files.locales).map(([language, json]) => [
        `${language}.json`,
        JSON.stringify(json, null, 2),
      ]),
    ),
  };
  for (const [name, text] of Object.entries(replace)) {
    if (text === null) {
      delete texts[name];
    } else {
      texts[name] = text;
    }
  }
  return Object.entries(texts).map(([name, text]) => ({ name, text }));
}

function issuesOf(files: readonly LevelFolderFile[], dir: string | null = DIR) {
  const parsed = parseLevelFolder({ ...(dir === null ? {} : { dir }), files });
  return parsed.ok ? [] : parsed.error;
}

describe('parseLevelFolder', () => {
  it('parses a folder given as file texts into the level', () => {
    const parsed = parseLevelFolder({ dir: DIR, files: folderFiles() });
    expect(parsed.ok && parsed.value.id).toBe('minimal-level');
    expect(parsed.ok && Object.keys(parsed.value.strings).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(['level.json', ...LANGUAGES.map((language) => `${language}.json`)])(
    'reports a syntax error in %s once, with its line and column, and no missing file',
    (name) => {
      const files = folderFiles();
      const text = files.find((file) => file.name === name)?.text ?? '';
      // A new second line whose name has no colon after it.
      const lines = text.split('\n');
      lines.splice(1, 0, '  "broken" 1,');
      const issues = issuesOf(folderFiles({ [name]: lines.join('\n') }));
      expect(issues).toEqual([
        expect.objectContaining({
          code: 'ERR_JSON_SYNTAX',
          file: `${DIR}/${name}`,
          path: '',
          line: 2,
          column: 12,
        }),
      ]);
      expect(issues[0]?.message).toContain("line 2, column 12: '1' where ':' was expected");
    },
  );

  it('names loose files by their bare name', () => {
    const issues = issuesOf(folderFiles({ 'de.json': '{ not json' }), null);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'ERR_JSON_SYNTAX', file: 'de.json', line: 1, column: 3 }),
    ]);
  });

  it('reports every unreadable file, and missing ones, when level.json cannot be read', () => {
    const issues = issuesOf(folderFiles({ 'level.json': '{', 'en.json': '[', 'de.json': null }));
    expect(issues.map((issue) => [issue.code, issue.file])).toEqual([
      ['ERR_JSON_SYNTAX', `${DIR}/level.json`],
      ['ERR_JSON_SYNTAX', `${DIR}/en.json`],
      ['ERR_MISSING_LOCALE', `${DIR}/de.json`],
    ]);
  });

  it('still reports a locale that is really missing', () => {
    const issues = issuesOf(folderFiles({ 'de.json': null }));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'ERR_MISSING_LOCALE', file: `${DIR}/de.json` }),
    ]);
  });

  it('reports a folder without level.json as that missing file', () => {
    expect(issuesOf([]).map((issue) => [issue.code, issue.file])).toEqual([
      ['ERR_MISSING_FILE', `${DIR}/level.json`],
      ...LANGUAGES.map((language) => ['ERR_MISSING_LOCALE', `${DIR}/${language}.json`]),
    ]);
  });

  it('reads files saved with a byte-order mark and ignores files a level does not use', () => {
    const files = folderFiles().map((file) => ({ ...file, text: `\uFEFF${file.text}` }));
    files.push({ name: 'notes.txt', text: 'not json at all' });
    expect(issuesOf(files)).toEqual([]);
  });

  it('combines syntax issues with the problems found in the files that could be read', () => {
    const text = folderFiles().find((file) => file.name === 'level.json')?.text ?? '';
    const level = { ...(JSON.parse(text) as Record<string, unknown>), start: 'no-such-node' };
    const issues = issuesOf(folderFiles({ 'level.json': JSON.stringify(level), 'de.json': '{,}' }));
    expect(issues[0]).toMatchObject({ code: 'ERR_JSON_SYNTAX', file: `${DIR}/de.json` });
    expect(issues.map((issue) => issue.code)).toContain('ERR_UNKNOWN_TARGET');
    expect(issues.map((issue) => issue.code)).not.toContain('ERR_MISSING_LOCALE');
  });
});

describe('levelFileRole', () => {
  it('knows level.json and locale files, by their last path segment', () => {
    expect(levelFileRole('level.json')).toEqual({ kind: 'level' });
    expect(levelFileRole('levels/a/de.json')).toEqual({ kind: 'locale', language: 'de' });
    expect(levelFileRole('C:\\levels\\a\\pt-BR.json')).toEqual({
      kind: 'locale',
      language: 'pt-BR',
    });
    expect(levelFileRole('level (1).json')).toBeUndefined();
    expect(levelFileRole('playthroughs')).toBeUndefined();
  });

  it('requires the game languages of the one list', () => {
    expect(REQUIRED_LOCALES).toBe(LANGUAGES);
  });
});

/**
 * The one loader for a level folder. The built-in catalog (files bundled by Vite), a level
 * loaded from files in the browser, `npm run validate:levels` and the tests all hand it the same
 * thing, a folder's file names with their text, and get back a validated {@link Level} or every
 * problem. It reads the JSON itself, so a syntax error names its line and column, and a file that
 * is present but broken is never reported a second time as missing.
 */
import { LANGUAGES } from '../model/languages';
import type { Level } from '../model/level';
import type { LevelIssue } from '../model/level-issue';
import type { Result } from '../model/result';
import { err } from '../model/result';
import { parseJsonText } from './json-text';
import { fileName, parseLevel, type ParseLevelOptions } from './parse-level';

/** The level file of a folder. */
export const LEVEL_FILE_NAME = 'level.json';

/** A locale file is named after its language: `en.json`, `de.json`, `pt-BR.json`. */
const LOCALE_FILE = /^([a-z]{2,3}(?:-[A-Z]{2})?)\.json$/;

/** One file of a level folder, as read from disk, from the bundle or from a file picker. */
export interface LevelFolderFile {
  /** The file's name inside the folder (`level.json`, `en.json`); a path is cut to its last part. */
  readonly name: string;
  readonly text: string;
}

/** A level folder's files. */
export interface LevelFolder {
  /** The folder relative to the project root (`levels/1-the-upgrade`); absent for loose files. */
  readonly dir?: string;
  readonly files: readonly LevelFolderFile[];
}

/** What a file is to a level: its level.json, a locale, or nothing the loader reads. */
export type LevelFileRole =
  { readonly kind: 'level' } | { readonly kind: 'locale'; readonly language: string };

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/** The role of a file by its name; undefined for files a level does not use. */
export function levelFileRole(name: string): LevelFileRole | undefined {
  const base = baseName(name);
  if (base === LEVEL_FILE_NAME) {
    return { kind: 'level' };
  }
  const language = LOCALE_FILE.exec(base)?.[1];
  return language === undefined ? undefined : { kind: 'locale', language };
}

/**
 * Reads and checks a level folder: every file's JSON (a syntax error is one `ERR_JSON_SYNTAX`
 * issue with its line and column), then {@link parseLevel} on what could be read. A locale that
 * is present but unreadable is not also reported missing. Files of no known role are ignored.
 * @param options.requiredLocales defaults to the game's {@link LANGUAGES}.
 */
export function parseLevelFolder(
  folder: LevelFolder,
  options: ParseLevelOptions = {},
): Result<Level, LevelIssue[]> {
  const required = options.requiredLocales ?? LANGUAGES;
  const syntaxIssues: LevelIssue[] = [];
  const unreadable = new Set<string>();
  const locales: Record<string, unknown> = {};
  let levelJson: { readonly value: unknown } | undefined;
  let levelUnreadable = false;
  for (const file of folder.files) {
    const role = levelFileRole(file.name);
    if (role === undefined) {
      continue;
    }
    const parsed = parseJsonText(file.text, fileName(folder.dir, baseName(file.name)));
    if (!parsed.ok) {
      syntaxIssues.push(parsed.error);
      if (role.kind === 'level') {
        levelUnreadable = true;
      } else {
        unreadable.add(role.language);
      }
    } else if (role.kind === 'level') {
      levelJson = { value: parsed.value };
    } else {
      locales[role.language] = parsed.value;
    }
  }
  if (levelJson === undefined) {
    // Without a readable level.json nothing can be cross-checked: report what is unreadable or
    // missing, and no more.
    const missing: LevelIssue[] = levelUnreadable
      ? []
      : [missingFile(folder.dir, LEVEL_FILE_NAME, 'ERR_MISSING_FILE')];
    const missingLocales = required
      .filter((language) => !(language in locales) && !unreadable.has(language))
      .map((language) => missingFile(folder.dir, `${language}.json`, 'ERR_MISSING_LOCALE'));
    return err([...syntaxIssues, ...missing, ...missingLocales]);
  }
  const parsed = parseLevel(
    {
      ...(folder.dir === undefined ? {} : { dir: folder.dir }),
      levelJson: levelJson.value,
      locales,
    },
    { ...options, requiredLocales: required.filter((language) => !unreadable.has(language)) },
  );
  if (syntaxIssues.length === 0) {
    return parsed;
  }
  return err([...syntaxIssues, ...(parsed.ok ? [] : parsed.error)]);
}

function missingFile(
  dir: string | undefined,
  name: string,
  code: 'ERR_MISSING_FILE' | 'ERR_MISSING_LOCALE',
): LevelIssue {
  const file = fileName(dir, name);
  const message =
    code === 'ERR_MISSING_LOCALE'
      ? `the ${name.replace(/\.json$/, '')} locale file is missing`
      : `${name} is missing`;
  return { code, file, path: '', message };
}

/**
 * `parseLevel`: the one door from JSON files to a {@link Level}. The game, the tests and
 * `npm run validate:levels` all use it. It finds every problem at once: first the shape of each
 * file; then, if level.json has the right shape, every cross-reference, the node graph, the
 * rates and every locale. (A level.json of the wrong shape cannot be cross-checked: its
 * references may not even be strings.)
 */
import { LANGUAGES } from '../model/languages';
import type { Level } from '../model/level';
import type { LevelIssue } from '../model/level-issue';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { LocaleInput } from './check-locales';
import { checkLocales, collectKeys } from './check-locales';
import { checkGraph } from './check-graph';
import { checkRates } from './check-rates';
import { checkReferences } from './check-references';
import { checkLevelShape, checkLocaleShape } from './check-shape';
import { IssueCollector } from './issue-path';
import { buildIndex } from './level-index';
import { resolveLevel } from './resolve-level';
import type { LevelFile } from './schema';

/** The locales every level must ship: the game's languages. English is the reference. */
export const REQUIRED_LOCALES = LANGUAGES;

/** The JSON of one level's files, already read from wherever they live. */
export interface LevelFiles {
  /**
   * The level's folder relative to the project root, e.g. `levels/1-the-upgrade`. It names the
   * files in issues, and its last segment must equal the level's `id`. Optional for levels that
   * do not come from a folder (then issues name `level.json`, `en.json`, …).
   */
  readonly dir?: string;
  /** The parsed content of level.json. */
  readonly levelJson: unknown;
  /** The parsed content of each locale file, by language (`en`, `de`, …). */
  readonly locales: Readonly<Record<string, unknown>>;
}

/** Options of {@link parseLevel}. */
export interface ParseLevelOptions {
  /** @defaultValue {@link REQUIRED_LOCALES} */
  readonly requiredLocales?: readonly string[];
}

/** Checks a level's files and returns the validated level, or every problem found. */
export function parseLevel(
  files: LevelFiles,
  options: ParseLevelOptions = {},
): Result<Level, LevelIssue[]> {
  const issues = new IssueCollector();
  const levelFile = fileName(files.dir, 'level.json');
  const shaped = checkLevelShape(files.levelJson, levelFile);
  const locales = checkLocaleFiles(files, options.requiredLocales ?? REQUIRED_LOCALES, issues);
  if (!shaped.ok) {
    issues.addAll(shaped.error);
    return err([...issues.issues]);
  }
  checkLevel(shaped.value, levelFile, files.dir, issues);
  checkLocales(collectKeys(shaped.value), locales, issues);
  return issues.issues.length > 0
    ? err([...issues.issues])
    : ok(resolveLevel(shaped.value, locales));
}

/** The file name an issue shows: `levels/<id>/<name>`, or the bare name without a folder. */
export function fileName(dir: string | undefined, name: string): string {
  return dir === undefined || dir === '' ? name : `${dir.replace(/\/+$/, '')}/${name}`;
}

function checkLevel(
  level: LevelFile,
  file: string,
  dir: string | undefined,
  issues: IssueCollector,
) {
  const folder = dir?.replace(/\/+$/, '').split('/').pop();
  if (folder !== undefined && folder !== '' && folder !== level.id) {
    const message = `the level id "${level.id}" must equal its folder name "${folder}"`;
    issues.add('ERR_ID_MISMATCH', file, ['id'], message);
  }
  const context = { level, index: buildIndex(level, file, issues), file, issues };
  checkReferences(context);
  checkGraph(context);
  checkRates(context);
}

/** Shape-checks every locale file given; reports required ones that are missing. */
function checkLocaleFiles(
  files: LevelFiles,
  required: readonly string[],
  issues: IssueCollector,
): LocaleInput[] {
  for (const language of required) {
    if (!(language in files.locales)) {
      const file = fileName(files.dir, `${language}.json`);
      issues.add('ERR_MISSING_LOCALE', file, [], `the ${language} locale file is missing`);
    }
  }
  return orderedLanguages(Object.keys(files.locales), required).flatMap((language) => {
    const file = fileName(files.dir, `${language}.json`);
    const shaped = checkLocaleShape(files.locales[language], file);
    if (!shaped.ok) {
      issues.addAll(shaped.error);
      return [];
    }
    return [{ language, file, tree: shaped.value }];
  });
}

/** Required languages first, in their order (English is the reference), then the rest. */
function orderedLanguages(given: readonly string[], required: readonly string[]): string[] {
  const first = required.filter((language) => given.includes(language));
  return [...first, ...given.filter((language) => !required.includes(language)).sort()];
}

export { parseJsonText } from './json-text';

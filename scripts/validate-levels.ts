/**
 * `npm run validate:levels [-- <level folder>…]`: checks every level folder in levels/ (or the
 * folders given) with the same parser the game uses, prints every problem as
 * `file  path  CODE  message`, and exits with 1 if there is any.
 *
 * This script only finds and reads files; every check lives in src/core/content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Level, LevelIssue, Result } from '../src/core';
import { err, parseJsonText, parseLevel } from '../src/core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LEVELS_DIR = path.join(ROOT, 'levels');
/** A locale file is named after its language: `en.json`, `de.json`, `pt-BR.json`. */
const LOCALE_FILE = /^([a-z]{2,3}(?:-[A-Z]{2})?)\.json$/;

/** The level folders to check: the arguments, or every folder in levels/ with a level.json. */
export function levelFolders(args: readonly string[], root = ROOT): string[] {
  if (args.length > 0) {
    return args.map((arg) => path.resolve(root, arg));
  }
  const levels = path.join(root, 'levels');
  return readdirSync(levels)
    .map((name) => path.join(levels, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(path.join(dir, 'level.json')))
    .sort();
}

/** Reads one folder's files and parses them; returns every problem (none means valid). */
export function validateFolder(dir: string, root = ROOT): LevelIssue[] {
  const loaded = loadLevelFolder(dir, root);
  return loaded.ok ? [] : loaded.error;
}

/** Reads one level folder and parses it into a validated level, or every problem found. */
export function loadLevelFolder(dir: string, root = ROOT): Result<Level, LevelIssue[]> {
  const relative = path.relative(root, dir).split(path.sep).join('/');
  const read = (name: string) => {
    const file = `${relative}/${name}`;
    const full = path.join(dir, name);
    if (!existsSync(full)) {
      return {
        ok: false as const,
        issue: { code: 'ERR_SHAPE' as const, file, path: '', message: 'file not found' },
      };
    }
    const parsed = parseJsonText(readFileSync(full, 'utf8'), file);
    return parsed.ok
      ? { ok: true as const, json: parsed.value }
      : { ok: false as const, issue: parsed.error };
  };
  const levelJson = read('level.json');
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const localeReads = names.flatMap((name) => {
    const language = LOCALE_FILE.exec(name)?.[1];
    return language === undefined ? [] : [{ language, result: read(name) }];
  });
  const readIssues = [levelJson, ...localeReads.map((item) => item.result)].flatMap((item) =>
    item.ok ? [] : [item.issue],
  );
  if (!levelJson.ok) {
    return err(readIssues);
  }
  const locales = Object.fromEntries(
    localeReads.flatMap((item) => (item.result.ok ? [[item.language, item.result.json]] : [])),
  );
  const parsed = parseLevel({ dir: relative, levelJson: levelJson.json, locales });
  if (readIssues.length > 0) {
    return err([...readIssues, ...(parsed.ok ? [] : parsed.error)]);
  }
  return parsed;
}

/** One issue as a line: file, path, code and message. */
export function formatIssue(issue: LevelIssue): string {
  const where = issue.path === '' ? issue.file : `${issue.file}  ${issue.path}`;
  return `${where}  ${issue.code}  ${issue.message}`;
}

/** Runs the check and returns the exit code. */
export function main(args: readonly string[]): number {
  const folders = levelFolders(args);
  let problems = 0;
  for (const dir of folders) {
    const issues = validateFolder(dir);
    problems += issues.length;
    const name = path.relative(ROOT, dir);
    console.log(issues.length === 0 ? `ok    ${name}` : `FAIL  ${name} (${issues.length})`);
    issues.forEach((issue) => console.log(`      ${formatIssue(issue)}`));
  }
  console.log(`${folders.length} level(s), ${problems} problem(s)`);
  return problems === 0 ? 0 : 1;
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  process.exitCode = main(process.argv.slice(2));
}

export { LEVELS_DIR, ROOT };

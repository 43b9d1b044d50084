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
import type { Level, LevelFolder, LevelIssue, Result } from '../src/core';
import { LEVEL_FILE_NAME, levelFileRole, parseLevelFolder } from '../src/core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LEVELS_DIR = path.join(ROOT, 'levels');

/** The level folders to check: the arguments, or every folder in levels/ with a level.json. */
export function levelFolders(args: readonly string[], root = ROOT): string[] {
  if (args.length > 0) {
    return args.map((arg) => path.resolve(root, arg));
  }
  const levels = path.join(root, 'levels');
  return readdirSync(levels)
    .map((name) => path.join(levels, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(path.join(dir, LEVEL_FILE_NAME)))
    .sort();
}

/** Reads one folder's files and parses them; returns every problem (none means valid). */
export function validateFolder(dir: string, root = ROOT): LevelIssue[] {
  const loaded = loadLevelFolder(dir, root);
  return loaded.ok ? [] : loaded.error;
}

/**
 * Reads the text of every file a level uses (level.json and the locale files) from a folder on
 * disk. A folder that does not exist reads as a folder with no files.
 */
export function readLevelFolder(dir: string, root = ROOT): LevelFolder {
  const names = existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).sort() : [];
  return {
    dir: path.relative(root, dir).split(path.sep).join('/'),
    files: names
      .filter((name) => levelFileRole(name) !== undefined)
      .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') })),
  };
}

/**
 * Reads one level folder and parses it into a validated level, or every problem found, through
 * core's one loader for a level folder (the game's catalog uses the same).
 */
export function loadLevelFolder(dir: string, root = ROOT): Result<Level, LevelIssue[]> {
  return parseLevelFolder(readLevelFolder(dir, root));
}

/** One issue as a line: file, path, code and message. */
export function formatIssue(issue: LevelIssue): string {
  const file =
    issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column}`;
  const where = issue.path === '' ? file : `${file}  ${issue.path}`;
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

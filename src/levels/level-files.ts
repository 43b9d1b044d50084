/**
 * The shipped level files and how they group into level folders: shared by the level select's
 * catalog (level-catalog.ts) and the Strategy Lab (src/ui/lab/lab-levels.ts), so both read the
 * same files, in the same chunks and the same order. Nothing here parses or registers text.
 */
import { type LevelFolder, levelFileRole } from '../core';

/** Level files by path (`/levels/<folder>/<name>`), each with the loader of its text. */
export type LevelFileLoaders = Readonly<Record<string, () => Promise<string>>>;

/**
 * Every shipped level file. Each is its own chunk, so the title screen loads none of them; they
 * come as text so that the one loader in core reads their JSON, and a syntax error names its line
 * and column.
 */
export const BUNDLED_LEVEL_FILES: LevelFileLoaders = import.meta.glob<string>('/levels/*/*.json', {
  query: '?raw',
  import: 'default',
});

/** One level folder: its name and each file the loader reads, with the loader of its text. */
export interface LevelFolderLoaders {
  readonly folder: string;
  readonly files: readonly (readonly [name: string, load: () => Promise<string>])[];
}

/**
 * The level folders among the files given, in folder order (numbers by value, so `10-…` follows
 * `9-…`): only folders with a level.json, and in each only the files the loader reads.
 */
export function levelFolders(loaders: LevelFileLoaders): readonly LevelFolderLoaders[] {
  const folders = new Map<string, [string, () => Promise<string>][]>();
  for (const [path, load] of Object.entries(loaders)) {
    const [, , folder = '', name = ''] = path.split('/');
    if (levelFileRole(name) !== undefined) {
      folders.set(folder, [...(folders.get(folder) ?? []), [name, load]]);
    }
  }
  return [...folders]
    .filter(([, files]) => files.some(([name]) => levelFileRole(name)?.kind === 'level'))
    .sort(([a], [b]) => folderOrder(a, b))
    .map(([folder, files]) => ({ folder, files }));
}

/**
 * Folder order: by the number a name starts with, by value (`9-…` before `10-…`), then by the
 * name's characters. Written out rather than `localeCompare(…, { numeric: true })`, whose first
 * call builds the engine's collator: about 25 ms of the task that opens the level select.
 */
export function folderOrder(a: string, b: string): number {
  const number = (name: string): number => {
    const digits = /^\d+/.exec(name)?.[0];
    return digits === undefined ? Number.POSITIVE_INFINITY : Number(digits);
  };
  const byNumber = number(a) - number(b);
  if (byNumber !== 0 && !Number.isNaN(byNumber)) {
    return byNumber;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A level folder's files read into text, ready for core's `parseLevelFolder`. */
export async function readLevelFolder({ folder, files }: LevelFolderLoaders): Promise<LevelFolder> {
  return {
    dir: `levels/${folder}`,
    files: await Promise.all(files.map(async ([name, load]) => ({ name, text: await load() }))),
  };
}

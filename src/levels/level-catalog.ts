import {
  type Level,
  type LevelFolder,
  type LevelFolderFile,
  type LevelIssue,
  levelFileRole,
} from '../core';
import {
  BUNDLED_LEVEL_FILES,
  type LevelFolderLoaders,
  levelFolders,
  readLevelFolder,
} from './level-files';
import { parseLevelOffPage } from './level-parser';
import { registerLevelStrings } from './level-text';

/**
 * A level as the game found it: playable, or broken with every problem listed. `source` says
 * whether it ships with the game or was loaded from files in this visit; a level from files
 * whose id a built-in level already uses gets a marked `id` and keeps the id its files gave in
 * `fileId`.
 */
export type CatalogEntry = (
  | { readonly kind: 'ok'; readonly id: string; readonly level: Level }
  | { readonly kind: 'broken'; readonly id: string; readonly issues: readonly LevelIssue[] }
) &
  ({ readonly source: 'built-in' } | { readonly source: 'files'; readonly fileId: string });

/** The suffix that marks a level from files whose id a built-in level already uses. */
export const FROM_FILES_SUFFIX = '-from-files';

let catalog: Promise<readonly CatalogEntry[]> | undefined;

/**
 * One shipped level folder as a catalog entry, parsed in the level worker; a playable level's
 * text is registered.
 */
async function loadFolder(read: Promise<LevelFolder>, name: string): Promise<CatalogEntry> {
  const parsed = await parseLevelOffPage(await read);
  if (!parsed.ok) {
    return { kind: 'broken', id: name, issues: parsed.error, source: 'built-in' };
  }
  registerLevelStrings(parsed.value.id, parsed.value.strings);
  return { kind: 'ok', id: parsed.value.id, level: parsed.value, source: 'built-in' };
}

/**
 * Reads the folders one at a time and parses each in the worker as soon as it is read. Every
 * level file is a module of its own; the folders' modules, asked for all at once, were taken in
 * by one long task on a slow CPU, and asked for one folder at a time each arrives in a task of
 * its own (docs/PERFORMANCE.md, "Sixth round").
 */
async function loadFolders(
  folders: readonly LevelFolderLoaders[],
): Promise<readonly CatalogEntry[]> {
  const entries: Promise<CatalogEntry>[] = [];
  for (const folder of folders) {
    const read = readLevelFolder(folder);
    entries.push(loadFolder(read, folder.folder));
    await read;
  }
  return Promise.all(entries);
}

/** Every level in `levels/`, in folder order, parsed by core; loaded once per visit. */
export function loadCatalog(): Promise<readonly CatalogEntry[]> {
  catalog ??= loadFolders(levelFolders(BUNDLED_LEVEL_FILES));
  return catalog;
}

/** One playable level by id: a built-in one, or one loaded from files in this visit. */
export async function findLevel(id: string): Promise<Level | undefined> {
  const entry = [...(await loadCatalog()), ...customEntries].find(
    (candidate) => candidate.id === id,
  );
  return entry?.kind === 'ok' ? entry.level : undefined;
}

const customEntries: CatalogEntry[] = [];

/** Levels loaded from files in this visit (a workshop lead's own level). */
export function customLevels(): readonly CatalogEntry[] {
  return customEntries;
}

/**
 * The id under which a level from files is played: its own, unless a built-in level has it;
 * then the id with {@link FROM_FILES_SUFFIX} (and a number, should that be taken too).
 */
export function idForLoadedLevel(fileId: string, builtInIds: ReadonlySet<string>): string {
  if (!builtInIds.has(fileId)) {
    return fileId;
  }
  let candidate = `${fileId}${FROM_FILES_SUFFIX}`;
  for (let count = 2; builtInIds.has(candidate); count += 1) {
    candidate = `${fileId}${FROM_FILES_SUFFIX}-${count}`;
  }
  return candidate;
}

/** The id level.json gives, if it can be read at all; else the file's name. */
function idInFiles(files: readonly LevelFolderFile[]): string {
  const text = files.find((file) => levelFileRole(file.name)?.kind === 'level')?.text;
  try {
    const json: unknown = text === undefined ? undefined : JSON.parse(text.replace(/^\uFEFF/, ''));
    if (typeof json === 'object' && json !== null && 'id' in json && typeof json.id === 'string') {
      return json.id;
    }
  } catch (_error) {
    // A syntax error is reported by the loader with its line and column.
  }
  return 'level.json';
}

/**
 * Checks a level chosen as files (level.json plus a `<language>.json` per language) with the same
 * loader as the shipped levels. A playable one joins this visit's catalog; a broken one lists
 * every problem. A level whose id a built-in level already uses is taken as given under a marked
 * id (see {@link idForLoadedLevel}): the built-in level stays as it is, and neither replaces the
 * other. Loading a level with the same id again replaces the earlier one from files.
 */
export async function loadLevelFromFiles(
  files: readonly Pick<File, 'name' | 'text'>[],
): Promise<CatalogEntry> {
  const texts = await Promise.all(
    files.map(async (file) => ({ name: file.name, text: await file.text() })),
  );
  const builtInIds = new Set((await loadCatalog()).map((entry) => entry.id));
  const fileId = idInFiles(texts);
  const id = idForLoadedLevel(fileId, builtInIds);
  const parsed = await parseLevelOffPage({ files: texts });
  const entry: CatalogEntry = parsed.ok
    ? { kind: 'ok', id, level: { ...parsed.value, id }, source: 'files', fileId }
    : { kind: 'broken', id, issues: parsed.error, source: 'files', fileId };
  if (entry.kind === 'ok') {
    registerLevelStrings(entry.id, entry.level.strings);
  }
  const index = customEntries.findIndex((candidate) => candidate.id === entry.id);
  customEntries.splice(index === -1 ? customEntries.length : index, index === -1 ? 0 : 1, entry);
  return entry;
}

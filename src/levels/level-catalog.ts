import { type Level, type LevelIssue, parseJsonText, parseLevel } from '../core';
import { registerLevelStrings } from './level-text';

/** A level folder as the game found it: playable, or broken with every problem listed. */
export type CatalogEntry =
  | { readonly kind: 'ok'; readonly id: string; readonly level: Level }
  | { readonly kind: 'broken'; readonly id: string; readonly issues: readonly LevelIssue[] };

type JsonLoader = () => Promise<unknown>;

// Each level is its own chunk: the title screen loads none of them.
const LEVEL_FILES = import.meta.glob<unknown>('/levels/*/level.json', { import: 'default' });
const LOCALE_FILES = import.meta.glob<unknown>('/levels/*/*.json', { import: 'default' });

const LOCALE_NAME = /^\/levels\/([^/]+)\/([a-z]{2})\.json$/;

let catalog: Promise<readonly CatalogEntry[]> | undefined;

function folderOf(path: string): string {
  return path.split('/')[2] ?? path;
}

async function loadLocales(folder: string): Promise<Record<string, unknown>> {
  const locales: Record<string, unknown> = {};
  for (const [path, load] of Object.entries(LOCALE_FILES) as [string, JsonLoader][]) {
    const match = LOCALE_NAME.exec(path);
    if (match !== null && match[1] === folder && match[2] !== undefined) {
      locales[match[2]] = await load();
    }
  }
  return locales;
}

async function loadEntry(path: string, load: JsonLoader): Promise<CatalogEntry> {
  const folder = folderOf(path);
  const files = {
    dir: `levels/${folder}`,
    levelJson: await load(),
    locales: await loadLocales(folder),
  };
  const parsed = parseLevel(files);
  if (!parsed.ok) {
    return { kind: 'broken', id: folder, issues: parsed.error };
  }
  registerLevelStrings(parsed.value.id, parsed.value.strings);
  return { kind: 'ok', id: parsed.value.id, level: parsed.value };
}

/** Every level in `levels/`, in folder order, parsed by core; loaded once per visit. */
export function loadCatalog(): Promise<readonly CatalogEntry[]> {
  catalog ??= Promise.all(
    Object.entries(LEVEL_FILES)
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([path, load]) => loadEntry(path, load)),
  );
  return catalog;
}

/** One playable level by id. */
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
 * Checks a level chosen as files (level.json plus <lng>.json) with the same parser as the
 * shipped levels. A playable one joins this visit's catalog; a broken one lists every problem.
 */
export async function loadLevelFromFiles(files: readonly File[]): Promise<CatalogEntry> {
  const issues: LevelIssue[] = [];
  let levelJson: unknown = undefined;
  const locales: Record<string, unknown> = {};
  for (const file of files) {
    const parsed = parseJsonText(await file.text(), file.name);
    if (!parsed.ok) {
      issues.push(parsed.error);
      continue;
    }
    const language = /^([a-z]{2})\.json$/.exec(file.name)?.[1];
    if (file.name === 'level.json') {
      levelJson = parsed.value;
    } else if (language !== undefined) {
      locales[language] = parsed.value;
    }
  }
  const result = parseLevel({ levelJson, locales });
  const id =
    typeof levelJson === 'object' && levelJson !== null && 'id' in levelJson
      ? String(levelJson.id)
      : 'level.json';
  const entry: CatalogEntry =
    !result.ok || issues.length > 0
      ? { kind: 'broken', id, issues: [...issues, ...(result.ok ? [] : result.error)] }
      : { kind: 'ok', id: result.value.id, level: result.value };
  if (entry.kind === 'ok') {
    registerLevelStrings(entry.level.id, entry.level.strings);
  }
  const index = customEntries.findIndex((candidate) => candidate.id === entry.id);
  customEntries.splice(index === -1 ? customEntries.length : index, index === -1 ? 0 : 1, entry);
  return entry;
}

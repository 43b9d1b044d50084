import { type Level, type LevelIssue, parseLevel } from '../core';
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
  const entry = (await loadCatalog()).find((candidate) => candidate.id === id);
  return entry?.kind === 'ok' ? entry.level : undefined;
}

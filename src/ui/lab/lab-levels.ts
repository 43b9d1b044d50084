/**
 * The campaign levels the Strategy Lab compares loadouts on, read only when the Lab needs them:
 * when its level picker is used, or when it opens on a level. Parsing every shipped level at
 * once held the page for about 90 ms on the bench's machine, so the levels are parsed one per
 * task, with the page free in between. Each level goes through the same loader in core as the
 * level select's catalog (src/levels/level-catalog.ts), and its text is registered the same way.
 */
import { levelFileRole, parseLevelFolder } from '../../core';
import { customLevels } from '../../levels/level-catalog';
import { registerLevelStrings } from '../../levels/level-text';
import type { LabLevelChoice } from './lab-panel';

// The same files, and so the same chunks, as the catalog's: the Lab loads no level twice.
const LEVEL_FILES = import.meta.glob<string>('/levels/*/*.json', {
  query: '?raw',
  import: 'default',
});

/** Hands the main thread back to the browser until the next task. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Level files by path (`/levels/<folder>/<name>`), each with its loader. */
export type LevelFileLoaders = Readonly<Record<string, () => Promise<string>>>;

/** The level folders in folder order, each with its files' loaders. */
function levelFolders(loaders: LevelFileLoaders): [string, [string, () => Promise<string>][]][] {
  const folders = new Map<string, [string, () => Promise<string>][]>();
  for (const [path, load] of Object.entries(loaders)) {
    const [, , folder = '', name = ''] = path.split('/');
    if (levelFileRole(name) !== undefined) {
      folders.set(folder, [...(folders.get(folder) ?? []), [name, load]]);
    }
  }
  return [...folders]
    .filter(([, files]) => files.some(([name]) => levelFileRole(name)?.kind === 'level'))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * The levels of the files given that load without a problem, in folder order, each parsed in a
 * task of its own; their text is registered for the screen.
 */
export async function readLevelsInTurn(
  loaders: LevelFileLoaders,
): Promise<readonly LabLevelChoice[]> {
  const choices: LabLevelChoice[] = [];
  for (const [folder, files] of levelFolders(loaders)) {
    const texts = await Promise.all(
      files.map(async ([name, load]) => ({ name, text: await load() })),
    );
    // Each level's parse is a task of its own.
    await nextTask();
    const parsed = parseLevelFolder({ dir: `levels/${folder}`, files: texts });
    if (parsed.ok) {
      registerLevelStrings(parsed.value.id, parsed.value.strings);
      choices.push({ id: parsed.value.id, level: parsed.value });
    }
  }
  return choices;
}

let bundled: Promise<readonly LabLevelChoice[]> | undefined;

/**
 * Every playable level for the Lab: the shipped ones (read on the first call, one per task), then
 * those loaded from files in this visit.
 */
export async function loadLabLevels(): Promise<readonly LabLevelChoice[]> {
  bundled ??= readLevelsInTurn(LEVEL_FILES);
  const shipped = await bundled;
  const fromFiles = customLevels().flatMap((entry) =>
    entry.kind === 'ok' ? [{ id: entry.id, level: entry.level }] : [],
  );
  return [...shipped, ...fromFiles];
}

/**
 * The campaign levels the Strategy Lab compares loadouts on, read only when the Lab needs them:
 * when its level picker is used, or when it opens on a level. Parsing one level holds a thread
 * for tens of milliseconds (some 50 ms on the bench's machine), so the page only reads the files'
 * text and hands each folder to the level worker (src/levels/level-parser.ts), which parses it
 * with core's loader and sends the level back; the page then registers its text, one level per
 * task. The files and their order are the level select catalog's (src/levels/level-files.ts).
 */
import type { Level, LevelFolder, LevelIssue, Result } from '../../core';
import { customLevels } from '../../levels/level-catalog';
import { parseLevelOffPage } from '../../levels/level-parser';
import {
  BUNDLED_LEVEL_FILES,
  type LevelFileLoaders,
  levelFolders,
  readLevelFolder,
} from '../../levels/level-files';
import { registerLevelStrings } from '../../levels/level-text';
import type { LabLevelChoice } from './lab-panel';
import { nextTask } from '../yield';

/** Parses one level folder: the level worker's, or core's loader itself in a test. */
export type LevelParser = (
  folder: LevelFolder,
) => Result<Level, LevelIssue[]> | Promise<Result<Level, LevelIssue[]>>;

/**
 * The levels of the files given that load without a problem, in folder order, each parsed by
 * `parse` and registered in a task of its own.
 */
export async function readLevelsInTurn(
  loaders: LevelFileLoaders,
  parse: LevelParser,
): Promise<readonly LabLevelChoice[]> {
  const choices: LabLevelChoice[] = [];
  for (const folder of levelFolders(loaders)) {
    const parsed = await parse(await readLevelFolder(folder));
    await nextTask();
    if (parsed.ok) {
      registerLevelStrings(parsed.value.id, parsed.value.strings);
      choices.push({ id: parsed.value.id, level: parsed.value });
    }
  }
  return choices;
}

let bundled: Promise<readonly LabLevelChoice[]> | undefined;

/**
 * Every playable level for the Lab: the shipped ones (read on the first call, parsed by the Lab's
 * level worker unless another parser is given), then those loaded from files in this visit.
 */
export async function loadLabLevels(
  parse: LevelParser = parseLevelOffPage,
): Promise<readonly LabLevelChoice[]> {
  bundled ??= readLevelsInTurn(BUNDLED_LEVEL_FILES, parse);
  const shipped = await bundled;
  const fromFiles = customLevels().flatMap((entry) =>
    entry.kind === 'ok' ? [{ id: entry.id, level: entry.level }] : [],
  );
  return [...shipped, ...fromFiles];
}

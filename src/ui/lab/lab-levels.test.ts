import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { LEVEL_IDS } from '../../../tests/unit/level-catalog';
import type { LevelFolder } from '../../core';
import type * as levelTextModule from '../../levels/level-text';
import { levelText } from '../../levels/level-text';
import { loadLabLevels, readLevelsInTurn } from './lab-levels';
import { levelParserApi } from '../../levels/level-parser-worker';

/** The task each level's text was registered in (a counter bumped by a chain of timers). */
const registeredIn: number[] = [];
let task = 0;

vi.mock('../../levels/level-text', async (original) => {
  const actual = await original<typeof levelTextModule>();
  return {
    ...actual,
    registerLevelStrings: (...args: Parameters<typeof actual.registerLevelStrings>) => {
      registeredIn.push(task);
      actual.registerLevelStrings(...args);
    },
  };
});

/** The shipped level files, each loader answering at once (no file to wait for). */
function filesAtHand(): Record<string, () => Promise<string>> {
  const files: Record<string, () => Promise<string>> = {};
  for (const folder of LEVEL_IDS) {
    for (const name of readdirSync(`levels/${folder}`).filter((file) => file.endsWith('.json'))) {
      const text = readFileSync(`levels/${folder}/${name}`, 'utf8');
      files[`/levels/${folder}/${name}`] = () => Promise.resolve(text);
    }
  }
  return files;
}

describe("the Lab's levels", () => {
  it('are parsed one per task, in folder order, with their text registered', async () => {
    registeredIn.length = 0;
    let counting = true;
    const count = (): void => {
      task += 1;
      if (counting) setTimeout(count, 0);
    };
    setTimeout(count, 0);
    const levels = await readLevelsInTurn(filesAtHand(), (folder) =>
      levelParserApi.parseLevel(folder),
    );
    counting = false;
    expect(levels.map((choice) => choice.id)).toEqual([...LEVEL_IDS]);
    // No two levels were parsed in the same task: the page had its turn in between.
    expect(new Set(registeredIn).size).toBe(LEVEL_IDS.length);
    const first = levels[0]!.level;
    expect(first.strings.en?.[first.titleKey]).toBeTruthy();
    expect(levelText(`level:${first.id}`, 'en', first.titleKey)).toBe(
      first.strings.en?.[first.titleKey],
    );
  });

  it('are the bundled levels, read once per visit', async () => {
    const parse = vi.fn((folder: LevelFolder) => levelParserApi.parseLevel(folder));
    const levels = await loadLabLevels(parse);
    expect(levels.map((choice) => choice.id)).toEqual([...LEVEL_IDS]);
    expect(parse.mock.calls.map(([folder]) => folder.dir)).toEqual(
      LEVEL_IDS.map((id) => `levels/${id}`),
    );
    const again = await loadLabLevels(parse);
    expect(parse).toHaveBeenCalledTimes(LEVEL_IDS.length);
    expect(again[0]!.level).toBe(levels[0]!.level);
  });
});

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Level } from '../../src/core';
import { loadLevelFolder } from '../../scripts/validate-levels';

/** Every level folder in levels/, in campaign order. */
export const LEVEL_IDS = readdirSync('levels', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`levels/${entry.name}/level.json`))
  .map((entry) => entry.name)
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/** A shipped level, parsed by core; throws with every problem if it does not validate. */
export function loadShippedLevel(id: string): Level {
  const loaded = loadLevelFolder(path.resolve('levels', id));
  if (!loaded.ok) {
    throw new Error(
      loaded.error.map((issue) => `${issue.file} ${issue.path}: ${issue.message}`).join('\n'),
    );
  }
  return loaded.value;
}

/**
 * The minimal complete level of docs/AUTHORING.md (src/core/testing/minimal-level/), ready
 * for tests: its files as the parser takes them, and the parsed level.
 */
import type { LevelFiles } from '../content/parse-level';
import type { Level } from '../model/level';
import de from './minimal-level/de.json';
import en from './minimal-level/en.json';
import levelJson from './minimal-level/level.json';
import { parseOrThrow } from './play';

/** The minimal level's files. Deep copies, so a test may mutate them freely. */
export function minimalLevelFiles(): LevelFiles & {
  levelJson: unknown;
  locales: Record<string, unknown>;
} {
  const copy = (json: unknown): unknown => JSON.parse(JSON.stringify(json));
  return {
    dir: 'src/core/testing/minimal-level',
    levelJson: copy(levelJson),
    locales: { en: copy(en), de: copy(de) },
  };
}

/** The minimal level, parsed. */
export function minimalLevel(): Level {
  return parseOrThrow(minimalLevelFiles());
}

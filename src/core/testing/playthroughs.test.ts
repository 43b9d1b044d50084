import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../content/parse-level';
import { LANGUAGES } from '../model/languages';
import type { Level } from '../model/level';
import { missingInOrder, parsePlaythrough, runPlaythrough } from './playthrough';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const LEVELS = path.join(ROOT, 'levels');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function loadLevel(id: string): Level {
  const dir = path.join(LEVELS, id);
  const locales = Object.fromEntries(
    LANGUAGES.map((language) => [language, readJson(path.join(dir, `${language}.json`))]),
  );
  const parsed = parseLevel({
    dir: `levels/${id}`,
    levelJson: readJson(path.join(dir, 'level.json')),
    locales,
  });
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.error, null, 2));
  }
  return parsed.value;
}

const fixtures = readdirSync(LEVELS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    const dir = path.join(LEVELS, entry.name, 'playthroughs');
    const names = (() => {
      try {
        return readdirSync(dir).filter((name) => name.endsWith('.json'));
      } catch {
        return [];
      }
    })();
    return names.map((name) => ({ level: entry.name, name, file: path.join(dir, name) }));
  });

describe('playthrough fixtures', () => {
  it('exist for every level with a playthroughs folder', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('$level/$name plays to its expected ending', ({ level, file }) => {
    const fixture = parsePlaythrough(readJson(file));
    if (!fixture.ok) {
      throw new Error(`${file}: ${fixture.error}`);
    }
    const played = runPlaythrough(loadLevel(level), fixture.value);
    const kinds = played.events.map((event) => event.kind);
    expect(missingInOrder(fixture.value.expectedEvents, kinds)).toEqual([]);
    expect(played.state.status).toBe('ended');
    expect(played.state.ending).toBe(fixture.value.expectedEnding);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELETE, setAt } from '../testing/json-edit';
import { minimalLevelFiles } from '../testing/minimal-level';
import { LANGUAGES } from '../model/languages';
import { parseLevelFolder } from './level-folder';
import { parseLevel } from './parse-level';

type Path = (string | number)[];

/** Every path into a JSON value (objects and arrays), the root included. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) {
    return [path, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  }
  if (typeof value === 'object' && value !== null) {
    return [path, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  }
  return [path];
}

const replacement = fc.oneof(
  fc.constant(DELETE),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string(),
  fc.constantFrom(
    'afternoon',
    'tie',
    'kyle',
    'monitor',
    'blackmail',
    'ending',
    'email.tie.body',
    '{{x}}',
  ),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
);

const mutation = fc.record({
  file: fc.constantFrom('level', ...LANGUAGES),
  pick: fc.nat(),
  value: replacement,
});

describe('parseLevel under fuzzing', () => {
  it('never throws on 10 000 mutated level files, and every issue names a file and a path', () => {
    const base = minimalLevelFiles();
    const targets: Record<string, Path[]> = {
      level: pathsOf(base.levelJson),
      ...Object.fromEntries(
        LANGUAGES.map((language) => [language, pathsOf(base.locales[language])]),
      ),
    };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const files = minimalLevelFiles();
        const json: Record<string, unknown> = { level: files.levelJson, ...files.locales };
        for (const { file, pick, value } of mutations) {
          const paths = targets[file] ?? [];
          const path = paths[pick % paths.length] ?? [];
          json[file] = setAt(json[file], path, value);
        }
        const parsed = parseLevel({
          dir: files.dir,
          levelJson: json.level,
          locales: Object.fromEntries(LANGUAGES.map((language) => [language, json[language]])),
        });
        if (!parsed.ok) {
          expect(parsed.error.length).toBeGreaterThan(0);
          for (const issue of parsed.error) {
            expect(issue.file).toMatch(
              new RegExp(`^src/core/testing/minimal-level/(level|${LANGUAGES.join('|')})\\.json$`),
            );
            expect(typeof issue.path).toBe('string');
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 10_000, seed: 20250611 },
    );
  }, 60_000);
});

describe('parseLevelFolder under fuzzing', () => {
  it('never throws on damaged file texts, and a syntax error always names a line and column', () => {
    const base = minimalLevelFiles();
    const texts: Record<string, string> = {
      'level.json': JSON.stringify(base.levelJson, null, 2),
      ...Object.fromEntries(
        LANGUAGES.map((language) => [`${language}.json`, JSON.stringify(base.locales[language])]),
      ),
    };
    const names = Object.keys(texts);
    const damage = fc.record({
      file: fc.constantFrom(...names),
      at: fc.nat(),
      cut: fc.nat({ max: 4 }),
      insert: fc.constantFrom('', ',', '"', '}', ']', '{', ':', 'x', '\n', '\\'),
    });
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        const changed = { ...texts };
        for (const { file, at, cut, insert } of damages) {
          const text = changed[file] ?? '';
          const where = at % (text.length + 1);
          changed[file] = text.slice(0, where) + insert + text.slice(where + cut);
        }
        const files = Object.entries(changed).map(([name, text]) => ({ name, text }));
        const parsed = parseLevelFolder({ dir: base.dir ?? '', files });
        if (parsed.ok) {
          return;
        }
        for (const issue of parsed.error) {
          if (issue.code === 'ERR_JSON_SYNTAX') {
            expect(issue.line).toBeGreaterThan(0);
            expect(issue.column).toBeGreaterThan(0);
          }
          // A file that is there is never reported missing.
          expect(['ERR_MISSING_LOCALE', 'ERR_MISSING_FILE']).not.toContain(issue.code);
        }
      }),
      { numRuns: 1_000, seed: 20250611 },
    );
  }, 60_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELETE, setAt } from '../testing/json-edit';
import { minimalLevelFiles } from '../testing/minimal-level';
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
  file: fc.constantFrom('level', 'en', 'de'),
  pick: fc.nat(),
  value: replacement,
});

describe('parseLevel under fuzzing', () => {
  it('never throws on 10 000 mutated level files, and every issue names a file and a path', () => {
    const base = minimalLevelFiles();
    const targets = {
      level: pathsOf(base.levelJson),
      en: pathsOf(base.locales.en),
      de: pathsOf(base.locales.de),
    };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const files = minimalLevelFiles();
        const json: Record<string, unknown> = { level: files.levelJson, ...files.locales };
        for (const { file, pick, value } of mutations) {
          const paths = targets[file];
          const path = paths[pick % paths.length] ?? [];
          json[file] = setAt(json[file], path, value);
        }
        const parsed = parseLevel({
          dir: files.dir,
          levelJson: json.level,
          locales: { en: json.en, de: json.de },
        });
        if (!parsed.ok) {
          expect(parsed.error.length).toBeGreaterThan(0);
          for (const issue of parsed.error) {
            expect(issue.file).toMatch(/^src\/core\/testing\/minimal-level\/(level|en|de)\.json$/);
            expect(typeof issue.path).toBe('string');
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 10_000, seed: 20250611 },
    );
  }, 60_000);
});

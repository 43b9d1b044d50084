import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFENSES, GOAL_TYPES, GOAL_VALUES, SCENARIOS, URGENCIES } from '../model/vocabulary';
import { parseGoal } from '../rates/condition';
import { MODEL_NAMES } from '../rates/models';
import type { LabSetup } from './setup';
import { DEFAULT_LAB_SETUP, decodeLabSetup, encodeLabSetup } from './setup';

const goal = fc
  .tuple(fc.constantFrom(...GOAL_TYPES), fc.constantFrom(...GOAL_VALUES))
  .filter(([type, value]) => parseGoal(value === 'none' ? type : `${type}:${value}`).ok)
  .map(([type, value]) => ({ type, value }));

const subject = fc.oneof(
  fc.record({
    kind: fc.constant('condition' as const),
    scenario: fc.constantFrom(...SCENARIOS),
    goal,
    urgency: fc.constantFrom(...URGENCIES),
  }),
  fc.record({
    kind: fc.constant('level' as const),
    level: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
  }),
);

const loadout = fc
  .record({
    defenses: fc.subarray([...DEFENSES]),
    name: fc.option(
      fc.string({ maxLength: 20 }).map((text) => text.trim()),
      { nil: undefined },
    ),
  })
  .map(({ defenses, name }) =>
    name === undefined || name === '' ? { defenses } : { defenses, name },
  );

const setup: fc.Arbitrary<LabSetup> = fc.record({
  version: fc.constant(1 as const),
  subject,
  models: fc.uniqueArray(fc.constantFrom(...MODEL_NAMES), { minLength: 1, maxLength: 5 }),
  loadouts: fc.array(loadout, { minLength: 2, maxLength: 4 }),
  assumptions: fc.record({
    catchRate: fc.double({ min: 0, max: 1, noNaN: true }).map((value) => value + 0),
    detectionRate: fc.double({ min: 0, max: 1, noNaN: true }).map((value) => value + 0),
    falseAlarmRate: fc.double({ min: 0, max: 1, noNaN: true }).map((value) => value + 0),
    reviewMinutes: fc.integer({ min: 0, max: 240 }),
  }),
  runs: fc.integer({ min: 1, max: 1_000_000 }),
  seed: fc.oneof(
    fc.nat(),
    fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((text) => text.trim() === text && text !== '' && !/^\d+$/.test(text)),
  ),
});

describe('the Lab set-up in the address', () => {
  it('round-trips: encode(decode(encode(s))) = encode(s), decode(encode(s)) = s, no notices', () => {
    fc.assert(
      fc.property(setup, (value) => {
        const text = encodeLabSetup(value);
        const decoded = decodeLabSetup(text);
        expect(encodeLabSetup(decoded.setup)).toBe(text);
        expect(decoded.setup).toEqual(value);
        expect(decoded.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('is short and readable, leaving defaults out', () => {
    const text = encodeLabSetup({
      ...DEFAULT_LAB_SETUP,
      loadouts: [
        { defenses: ['oversight', 'prohibition'] },
        { defenses: ['monitor'], name: 'Just a monitor' },
      ],
    });
    expect(text).toBe(
      'v=1&s=blackmail&g=explicit:america&u=replacement&m=claude-opus-4&l=prohibition.oversight&l=monitor:Just%20a%20monitor',
    );
  });

  it('never throws on any text and always gives a valid set-up', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { setup: value } = decodeLabSetup(text);
        expect(value.loadouts.length).toBeGreaterThanOrEqual(2);
        expect(value.loadouts.length).toBeLessThanOrEqual(4);
        expect(value.models.length).toBeGreaterThanOrEqual(1);
        expect(value.runs).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('clamps, drops and fills, saying so', () => {
    const { setup: value, notices } = decodeLabSetup(
      '?v=2&s=blackmail&g=nonsense&u=replacement&m=claude-opus-4.hal-9000.claude-opus-4&l=monitor.laser&cr=1.5&dr=-1&fa=abc&n=5000000&x=1',
    );
    expect(value.assumptions.catchRate).toBe(1);
    expect(value.assumptions.detectionRate).toBe(0);
    expect(value.assumptions.falseAlarmRate).toBe(0.05);
    expect(value.runs).toBe(1_000_000);
    expect(value.models).toEqual(['Claude Opus 4']);
    expect(value.loadouts).toEqual([{ defenses: ['monitor'] }, { defenses: [] }]);
    expect(value.subject).toEqual({ ...DEFAULT_LAB_SETUP.subject });
    expect(notices.map((notice) => `${notice.kind} ${notice.parameter}`).sort()).toEqual(
      [
        'unknown-parameter x',
        'unsupported-version v',
        'invalid-value g',
        'unknown-model m',
        'repeated-model m',
        'unknown-defense l#1',
        'too-few-loadouts l#2',
        'clamped cr',
        'clamped dr',
        'invalid-value fa',
        'clamped n',
      ].sort(),
    );
  });

  it('keeps four loadouts at most and reads a level', () => {
    const { setup: value, notices } = decodeLabSetup(
      'level=1-the-upgrade&s=murder&l=none&l=monitor&l=oversight&l=prohibition&l=remove-goal',
    );
    expect(value.subject).toEqual({ kind: 'level', level: '1-the-upgrade' });
    expect(value.loadouts).toHaveLength(4);
    expect(notices.map((notice) => notice.kind)).toEqual(['mixed-subject', 'too-many-loadouts']);
  });

  it('reads a broken escape as text', () => {
    expect(() => decodeLabSetup('l=%E0%A4%A&seed=%')).not.toThrow();
  });
});

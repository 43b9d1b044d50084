import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Command,
  DEFENSES,
  FLAG_RESPONSES,
  type Level,
  REVIEW_VERDICTS,
} from '../../src/core';
import {
  CAMPAIGN_LEVEL_IDS,
  CODE_ALPHABET,
  decodeResult,
  decodeSession,
  encodeResult,
  encodeSession,
  makeSession,
  newSession,
  type TeamResult,
  type WorkshopSession,
  WORKSHOP_CODE_VERSION,
} from '../../src/core/workshop';
import { LEVEL_IDS, loadShippedLevel } from './level-catalog';

const levels = new Map(LEVEL_IDS.map((id) => [id, loadShippedLevel(id)]));
const levelOf = (id: string): Level | undefined => levels.get(id);

const sessionArbitrary: fc.Arbitrary<WorkshopSession> = fc
  .record({
    levels: fc.subarray([...CAMPAIGN_LEVEL_IDS], { minLength: 1 }),
    seed: fc.integer({ min: 0, max: 0xffff_ffff }),
    budget: fc.option(fc.integer({ min: 0, max: 30 })),
    cards: fc.option(fc.subarray([...DEFENSES], { minLength: 1 })),
    language: fc.constantFrom('en' as const, 'de' as const),
    minutes: fc.option(fc.integer({ min: 1, max: 180 })),
  })
  .map((input) => newSession(input));

/** A fixture's commands, as the game would log them (no `advance-until-input`). */
function fixtureResult(): TeamResult {
  const fixture = JSON.parse(
    readFileSync('levels/1-the-upgrade/playthroughs/oversight-holds.json', 'utf8'),
  ) as { commands: TeamResult['commands']; expectedEnding: string };
  return {
    session: newSession({ seed: 7, levels: ['1-the-upgrade'] }),
    team: 'Blue Team',
    levelId: '1-the-upgrade',
    commands: [
      ...fixture.commands.filter((command) => (command.kind as string) !== 'advance-until-input'),
      { kind: 'advance-clock' },
      { kind: 'advance-clock' },
      { kind: 'advance-clock' },
    ],
    ending: fixture.expectedEnding,
  };
}

/** The code with the symbol at `index` (counting symbols only) replaced by `value`. */
function replaceSymbol(code: string, index: number, value: number): string {
  let seen = -1;
  return [...code]
    .map((character) => {
      if (character === '-') {
        return character;
      }
      seen += 1;
      return seen === index ? CODE_ALPHABET.charAt(value) : character;
    })
    .join('');
}

/** Characters a typist may hit: every symbol in both cases, the look-alikes, U, a dash, a space, a star. */
const TYPED = `${CODE_ALPHABET}${CODE_ALPHABET.toLowerCase()}IiLlOoUu- *`;

/** The value a typed character reads as (-1 for one that is skipped, -2 for one refused). */
function readAs(character: string): number {
  const upper = character.toUpperCase();
  if (upper === '-' || upper === ' ') {
    return -1;
  }
  const normal = upper === 'I' || upper === 'L' ? '1' : upper === 'O' ? '0' : upper;
  const value = CODE_ALPHABET.indexOf(normal);
  return value < 0 ? -2 : value;
}

/**
 * 1 000 random single-character changes: one character of the code replaced by another a
 * typist may hit that reads differently (another symbol, a dropped symbol, a refused character).
 */
function randomChanges(code: string, seed: number): string[] {
  const positions = [...code].flatMap((character, at) => (character === '-' ? [] : [at]));
  return fc.sample(
    fc
      .record({
        at: fc.constantFrom(...positions),
        typed: fc.constantFrom(...TYPED),
      })
      .filter(({ at, typed }) => readAs(typed) !== readAs(code.charAt(at)))
      .map(({ at, typed }) => code.slice(0, at) + typed + code.slice(at + 1)),
    { numRuns: 1000, seed },
  );
}

describe('session codes', () => {
  it('round-trip every session', () => {
    fc.assert(
      fc.property(sessionArbitrary, (session) => {
        const code = encodeSession(session);
        expect(decodeSession(code)).toEqual({ ok: true, value: session });
        expect(code.replace(/-/g, '')).toHaveLength(16);
      }),
    );
  });

  it('read forgivingly: case, spaces, dashes, I/L as 1 and O as 0', () => {
    const session = newSession({ seed: 0x1234_5678, levels: ['0-first-day', '2-the-pivot'] });
    const code = encodeSession(session);
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o')} `;
    expect(decodeSession(typed)).toEqual({ ok: true, value: session });
  });

  it('refuse 1 000 random single-character changes and every adjacent transposition', () => {
    const code = encodeSession(newSession({ seed: 99, budget: 5, minutes: 20 }));
    const changes = randomChanges(code, 1);
    expect(new Set(changes).size).toBeGreaterThan(300);
    expect(changes).toHaveLength(1000);
    for (const changed of changes) {
      expect(decodeSession(changed).ok, changed).toBe(false);
    }
    const symbols = code.replace(/-/g, '');
    for (let at = 0; at + 1 < symbols.length; at += 1) {
      if (symbols[at] !== symbols[at + 1]) {
        const swapped =
          symbols.slice(0, at) + symbols[at + 1] + symbols[at] + symbols.slice(at + 2);
        expect(decodeSession(swapped).ok, swapped).toBe(false);
      }
    }
  });

  it('name a bad character where it was typed, and an empty code', () => {
    expect(decodeSession('12U4')).toEqual({
      ok: false,
      error: { kind: 'bad-character', at: 2, character: 'U' },
    });
    expect(decodeSession(' - ')).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it('refuse a result code as wrong-kind, and another version with both numbers', () => {
    const result = fixtureResult();
    const resultCode = encodeResult(result, loadShippedLevel(result.levelId));
    expect(decodeSession(resultCode)).toEqual({
      ok: false,
      error: { kind: 'wrong-kind', expected: 'session' },
    });
    const sessionCode = encodeSession(result.session);
    expect(decodeResult(sessionCode, levelOf)).toEqual({
      ok: false,
      error: { kind: 'wrong-kind', expected: 'result' },
    });
    const future = replaceSymbol(sessionCode, 0, WORKSHOP_CODE_VERSION + 1);
    expect(decodeSession(future)).toEqual({
      ok: false,
      error: { kind: 'version', found: WORKSHOP_CODE_VERSION + 1, expected: WORKSHOP_CODE_VERSION },
    });
  });

  it('fill defaults and refuse impossible set-ups', () => {
    expect(newSession({ seed: 1 })).toEqual({
      levels: CAMPAIGN_LEVEL_IDS,
      seed: 1,
      budget: null,
      cards: null,
      language: 'en',
      minutes: null,
    });
    expect(makeSession({ seed: -1 }).ok).toBe(false);
    expect(makeSession({ seed: 1, levels: [] }).ok).toBe(false);
    expect(makeSession({ seed: 1, levels: ['9-nowhere'] }).ok).toBe(false);
    expect(makeSession({ seed: 1, minutes: 181 }).ok).toBe(false);
    expect(makeSession({ seed: 1, budget: 31 }).ok).toBe(false);
  });

  it('list the campaign levels as levels/ holds them', () => {
    expect(CAMPAIGN_LEVEL_IDS).toEqual(LEVEL_IDS);
    expect(CAMPAIGN_LEVEL_IDS).toEqual(LEVEL_IDS.map((id) => loadShippedLevel(id).id));
  });
});

describe('result codes', () => {
  it('round-trip, with runs of advance-clock and any team name', () => {
    const base = fixtureResult();
    const level = loadShippedLevel(base.levelId);
    fc.assert(
      fc.property(
        sessionArbitrary,
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 24 })
          .filter((name) => name.trim() === name && name.length > 0 && [...name].length <= 24),
        (session, team) => {
          const result = { ...base, session: { ...session, levels: CAMPAIGN_LEVEL_IDS }, team };
          expect(decodeResult(encodeResult(result, level), levelOf)).toEqual({
            ok: true,
            value: result,
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('round-trip any commands the level can name, on every level', () => {
    const commandOf = (level: Level): fc.Arbitrary<Command> => {
      const nodes = level.nodeOrder.map((id) => level.nodes[id]);
      const options = nodes.flatMap((node) =>
        node?.kind === 'choice' ? node.options.map((option) => option.id) : [],
      );
      const items = [
        ...level.workload.items.map((item) => item.id),
        ...nodes.flatMap((node) => (node?.kind === 'decision' ? [`agent-${node.id}`] : [])),
      ];
      const model = fc.constantFrom(...level.loadout.models);
      const framing = fc.constantFrom(...level.loadout.goalFramings.map((item) => item.id));
      const defense = fc.constantFrom(...DEFENSES);
      const simple = fc.constantFrom<Command>(
        { kind: 'open-loadout' },
        { kind: 'start-day' },
        { kind: 'advance-clock' },
        { kind: 'approve-action' },
        { kind: 'hold-action' },
      );
      return fc.oneof(
        simple,
        fc.constant<Command>({ kind: 'advance-clock' }),
        model.map((value): Command => ({ kind: 'select-model', model: value })),
        framing.map((value): Command => ({ kind: 'select-goal-framing', framing: value })),
        defense.map((value): Command => ({ kind: 'toggle-defense', defense: value })),
        fc
          .record({ model, goalFraming: framing, defenses: fc.uniqueArray(defense) })
          .map((loadout): Command => ({ kind: 'set-loadout', loadout })),
        fc
          .constantFrom(...Object.keys(level.emails))
          .map((email): Command => ({ kind: 'open-email', email })),
        ...(options.length === 0
          ? []
          : [
              fc
                .constantFrom(...options)
                .map((option): Command => ({ kind: 'choose-option', option })),
            ]),
        ...(items.length === 0
          ? []
          : [
              fc
                .record({
                  item: fc.constantFrom(...items),
                  verdict: fc.constantFrom(...REVIEW_VERDICTS),
                })
                .map(({ item, verdict }): Command => ({ kind: 'review-item', item, verdict })),
            ]),
        fc
          .constantFrom(...FLAG_RESPONSES)
          .map((response): Command => ({ kind: 'act-on-flag', response })),
      );
    };
    for (const level of levels.values()) {
      const endings = level.nodeOrder.filter((id) => level.nodes[id]?.kind === 'ending');
      fc.assert(
        fc.property(
          fc.array(commandOf(level), { maxLength: 80 }),
          fc.constantFrom(...endings),
          (commands, ending) => {
            const result: TeamResult = {
              session: newSession({ seed: 3 }),
              team: 'T',
              levelId: level.id,
              commands,
              ending,
            };
            expect(decodeResult(encodeResult(result, level), levelOf)).toEqual({
              ok: true,
              value: result,
            });
          },
        ),
        { numRuns: 60 },
      );
    }
  });

  it('refuse 1 000 random single-character changes', () => {
    const result = fixtureResult();
    const code = encodeResult(result, loadShippedLevel(result.levelId));
    const changes = randomChanges(code, 2);
    expect(changes).toHaveLength(1000);
    for (const changed of changes) {
      expect(decodeResult(changed, levelOf).ok, changed).toBe(false);
    }
  });

  it('refuse a team name that is empty or too long', () => {
    const result = fixtureResult();
    const level = loadShippedLevel(result.levelId);
    expect(() => encodeResult({ ...result, team: '   ' }, level)).toThrow(RangeError);
    expect(() => encodeResult({ ...result, team: 'x'.repeat(25) }, level)).toThrow(RangeError);
    const trimmed = decodeResult(encodeResult({ ...result, team: ' Ärzte 医生 ' }, level), levelOf);
    expect(trimmed.ok && trimmed.value.team).toBe('Ärzte 医生');
  });
});

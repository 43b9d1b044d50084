import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../content/parse-level';
import type { Command } from '../model/command';
import type { GameState } from '../model/state';
import { lookupRate } from '../rates';
import { minimalLevel, minimalLevelFiles } from '../testing/minimal-level';
import { advanceUntilInput, play, playFrom } from '../testing/play';
import { availableCommands } from './available-commands';
import { createGameState } from './initial-state';
import { step } from './step';

const level = minimalLevel();
const OPUS_LOADOUT = { model: 'Claude Opus 4', goalFraming: 'no-goal', defenses: [] };

describe('step', () => {
  it('refuses a command the status does not allow, as a value', () => {
    const result = step(level, createGameState(level, { seed: 1 }), { kind: 'advance-clock' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('ERR_WRONG_STATUS');
  });

  it('refuses a loadout over budget and a card the level does not offer', () => {
    const atLoadout = play(level, { seed: 1 }, [{ kind: 'open-loadout' }]).state;
    const over = step(level, atLoadout, {
      kind: 'set-loadout',
      loadout: { ...OPUS_LOADOUT, defenses: ['oversight', 'monitor', 'compartmentalization'] },
    });
    expect(!over.ok && over.error.code).toBe('ERR_OVER_BUDGET');
    const unknown = step(level, atLoadout, { kind: 'toggle-defense', defense: 'remove-threat' });
    expect(!unknown.ok && unknown.error.code).toBe('ERR_DEFENSE_NOT_OFFERED');
  });

  it('rolls the attempt against the published rate, with its provenance', () => {
    const start = play(level, { seed: 1 }, [
      { kind: 'set-loadout', loadout: OPUS_LOADOUT },
      { kind: 'start-day' },
    ]);
    const played = advanceUntilInput(
      level,
      playFrom(level, advanceUntilInput(level, start).state, [
        { kind: 'choose-option', option: 'stay-quiet' },
      ]),
    );
    const rolled = played.events.find((event) => event.kind === 'outcome-rolled');
    const published = lookupRate('Claude Opus 4', {
      scenario: 'blackmail',
      goalType: 'none',
      goalValue: 'none',
      urgency: 'replacement',
    });
    expect(published.ok).toBe(true);
    if (rolled?.kind !== 'outcome-rolled' || !published.ok) {
      throw new Error('no outcome was rolled');
    }
    expect(rolled.draw.probability.value).toBe(published.value.rate);
    expect(rolled.draw.probability.provenance.rateIds).toContain(published.value.id);
    expect(rolled.draw.threshold).toBe(published.value.rate * 100);
    expect(rolled.arm).toBe(rolled.draw.roll <= rolled.draw.threshold ? 'harmful' : 'benign');
  });

  it('closes the harmful path structurally when compartmentalization hides the leverage', () => {
    const loadout = { ...OPUS_LOADOUT, defenses: ['compartmentalization' as const] };
    const start = play(level, { seed: 1 }, [
      { kind: 'set-loadout', loadout },
      { kind: 'start-day' },
    ]);
    const waiting = advanceUntilInput(level, start);
    const delivered = waiting.events.filter((event) => event.kind === 'email-delivered');
    expect(
      delivered.map((event) => event.kind === 'email-delivered' && event.hiddenFromAgent),
    ).toEqual([false, true]);
    const played = advanceUntilInput(
      level,
      playFrom(level, waiting.state, [{ kind: 'choose-option', option: 'warn-kyle' }]),
    );
    const rolled = played.events.find((event) => event.kind === 'outcome-rolled');
    expect(rolled?.kind === 'outcome-rolled' && rolled.draw.probability).toMatchObject({
      value: 0,
      provenance: { tag: 'structural' },
    });
  });

  it('gives an equal state and the same continuation after a save and load mid-level', () => {
    const loadout = { ...OPUS_LOADOUT, defenses: ['monitor' as const] };
    const mid = advanceUntilInput(
      level,
      play(level, { seed: 5 }, [{ kind: 'set-loadout', loadout }, { kind: 'start-day' }]),
    );
    const loaded = JSON.parse(JSON.stringify(mid.state)) as GameState;
    expect(loaded).toEqual(mid.state);
    const rest: Command[] = [{ kind: 'choose-option', option: 'warn-kyle' }];
    const original = advanceUntilInput(level, playFrom(level, mid.state, rest));
    const reloaded = advanceUntilInput(level, playFrom(level, loaded, rest));
    expect(reloaded.events).toEqual(original.events);
    expect(reloaded.state).toEqual(original.state);
  });

  it('accepts every command availableCommands offers, and random walks always end', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
        (seed, picks) => {
          let state = createGameState(level, { seed });
          for (const pick of picks) {
            const commands = availableCommands(level, state);
            // Prefer moving on over reading mail, so most walks reach an ending.
            const moving = commands.filter((command) => command.kind !== 'open-email');
            const choices = moving.length > 0 && pick % 4 !== 0 ? moving : commands;
            const command = choices[pick % Math.max(choices.length, 1)];
            if (command === undefined) {
              break;
            }
            const result = step(level, state, command);
            expect(result.ok).toBe(true);
            state = result.ok ? result.value.state : state;
          }
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('hostile text in a level', () => {
  const HOSTILE = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '" onmouseover="alert(1)" data-x="',
    '{{constructor}} $t(title) {{- html}}',
    '\u202Eevil\u202C \u200F',
    'A'.repeat(100_000),
  ];

  it('stays byte-identical through the parser and in the events', () => {
    const files = minimalLevelFiles();
    const en = files.locales.en as Record<string, Record<string, unknown>>;
    const de = files.locales.de as Record<string, Record<string, unknown>>;
    const hostileBody = HOSTILE.join('\n');
    (en.email?.tie as Record<string, string>).body = hostileBody;
    (de.email?.tie as Record<string, string>).body = hostileBody;
    (en.email?.tie as Record<string, string>).subject = HOSTILE[0] ?? '';
    (de.email?.tie as Record<string, string>).subject = HOSTILE[0] ?? '';
    const parsed = parseLevel(files);
    if (!parsed.ok) {
      throw new Error(JSON.stringify(parsed.error));
    }
    const hostileLevel = parsed.value;
    expect(hostileLevel.strings.en?.['email.tie.body']).toBe(hostileBody);
    expect(hostileLevel.strings.de?.['email.tie.subject']).toBe(HOSTILE[0]);
    const played = advanceUntilInput(
      hostileLevel,
      play(hostileLevel, { seed: 1 }, [
        { kind: 'set-loadout', loadout: OPUS_LOADOUT },
        { kind: 'start-day' },
      ]),
    );
    // Events carry keys, never the text: the engine never reads, interprets or changes it.
    const serialised = JSON.stringify(played.events);
    expect(serialised).not.toContain('<script>');
    expect(serialised).toContain('email.tie.body');
    expect(hostileLevel.strings.en?.['email.tie.body']).toBe(hostileBody);
  });
});

import { describe, expect, it } from 'vitest';
import { LEVEL_IDS, loadShippedLevel } from '../../../tests/unit/level-catalog';
import { availableCommands } from '../rules/available-commands';
import { createGameState } from '../rules/initial-state';
import { step } from '../rules/step';
import { checkStateAgainstLevel, type StateProblem } from './check-state';
import type { Level } from './level';
import type { GameState } from './state';
import { GAME_STATE_VERSION } from './state';

const first = loadShippedLevel('0-first-day');
const other = loadShippedLevel('1-the-upgrade');
const levels = LEVEL_IDS.map(loadShippedLevel);

/** Every state of one game of `level`, from the briefing to an ending; `pick` picks a command. */
function playThrough(level: Level, seed: number, pick: (count: number) => number): GameState[] {
  let state = createGameState(level, { seed });
  const states = [state];
  for (let turn = 0; turn < 500 && state.status !== 'ended'; turn += 1) {
    const commands = availableCommands(level, state);
    // Change the loadout a little, then start the day.
    const startDay = commands.find((command) => command.kind === 'start-day');
    const command =
      startDay !== undefined && turn > 3
        ? startDay
        : commands[pick(commands.length) % commands.length];
    if (command === undefined) {
      break;
    }
    const stepped = step(level, state, command);
    if (!stepped.ok) {
      throw new Error(`${command.kind}: ${stepped.error.message}`);
    }
    state = stepped.value.state;
    states.push(state);
  }
  return states;
}

/** A state in the middle of the day, waiting at a node. */
function midDay(level: Level): GameState {
  const states = playThrough(level, 7, () => 0);
  const found = states.find((state) => state.status === 'playing' && state.delivered.length > 0);
  if (found === undefined) {
    throw new Error('no state mid-day');
  }
  return found;
}

/** The state as a save holds it: JSON, edited by `edit`. */
function edited(state: GameState, edit: (json: Record<string, unknown>) => void): unknown {
  const json = JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
  edit(json);
  return json;
}

function problemsOf(level: Level, state: unknown): StateProblem[] {
  const checked = checkStateAgainstLevel(level, state);
  return checked.ok ? [] : checked.error;
}

describe('checkStateAgainstLevel', () => {
  it.each(LEVEL_IDS)('accepts every state of real games of %s, after a JSON round trip', (id) => {
    const level = loadShippedLevel(id);
    let seed = 1;
    for (const pick of [() => 0, (count: number) => count - 1, () => (seed = seed * 7 + 3)]) {
      for (const state of playThrough(level, seed, pick)) {
        const saved: unknown = JSON.parse(JSON.stringify(state));
        expect(problemsOf(level, saved)).toEqual([]);
        expect(checkStateAgainstLevel(level, saved)).toEqual({ ok: true, value: saved });
      }
    }
  });

  it('refuses a state whose node does not exist in the level', () => {
    const saved = edited(midDay(first), (json) => {
      json.node = 'no-such-node';
    });
    expect(problemsOf(first, saved)).toEqual([
      { kind: 'unknown-node', field: 'node', node: 'no-such-node' },
    ]);
  });

  it('refuses a state of another state version, and checks nothing else', () => {
    const saved = edited(midDay(first), (json) => {
      json.stateVersion = GAME_STATE_VERSION + 1;
      json.node = 'no-such-node';
    });
    expect(problemsOf(first, saved)).toEqual([
      { kind: 'state-version', found: GAME_STATE_VERSION + 1, expected: GAME_STATE_VERSION },
    ]);
    expect(
      problemsOf(
        first,
        edited(midDay(first), (json) => delete json.stateVersion),
      ),
    ).toEqual([{ kind: 'state-version', found: undefined, expected: GAME_STATE_VERSION }]);
  });

  it('refuses a pending decision that belongs to another level', () => {
    const otherDecision = levels
      .flatMap((level) => Object.values(level.nodes))
      .find((node) => node.kind === 'decision' && first.nodes[node.id] === undefined);
    expect(otherDecision).toBeDefined();
    const saved = edited(midDay(first), (json) => {
      json.status = 'awaiting-approval';
      json.pending = { decision: otherDecision?.id, arm: 'harmful' };
    });
    expect(problemsOf(first, saved)).toEqual([
      { kind: 'pending-not-a-decision', decision: otherDecision?.id },
    ]);
  });

  it('refuses a pending decision that names a node of this level that is no decision', () => {
    const saved = edited(midDay(first), (json) => {
      json.status = 'awaiting-flag';
      json.pending = { decision: first.start, arm: 'harmful' };
    });
    expect(problemsOf(first, saved)).toEqual([
      { kind: 'pending-not-a-decision', decision: first.start },
    ]);
  });

  it('lists unknown endings, emails, options and loadout items together', () => {
    const choice = Object.values(first.nodes).find((node) => node.kind === 'choice');
    const saved = edited(midDay(first), (json) => {
      json.status = 'ended';
      json.ending = 'no-such-ending';
      json.read = ['no-such-mail'];
      json.delivered = [
        ...(json.delivered as unknown[]),
        { email: 'ghost', time: 1, hiddenFromAgent: false },
      ];
      json.choices = { [choice?.id ?? '']: 'no-such-option' };
      json.loadout = { model: 'no-such-model', goalFraming: 'none', defenses: ['laser'] };
    });
    const kinds = problemsOf(first, saved).map((problem) => problem.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'unknown-ending',
        'unknown-email',
        'unknown-option',
        'unknown-loadout',
      ]),
    );
    expect(kinds.filter((kind) => kind === 'unknown-email')).toHaveLength(2);
    expect(kinds.filter((kind) => kind === 'unknown-loadout')).toHaveLength(3);
  });

  it('refuses a state of another level, and values that are no state at all', () => {
    const state = createGameState(other, { seed: 1 });
    expect(problemsOf(first, state)).toEqual([
      { kind: 'other-level', found: other.id, expected: first.id },
    ]);
    for (const value of [null, 42, 'state', [], undefined]) {
      expect(problemsOf(first, value)).toEqual([{ kind: 'not-an-object' }]);
    }
  });

  it('refuses fields of the wrong type and a status that contradicts the state', () => {
    const saved = edited(midDay(first), (json) => {
      json.clock = 'noon';
      json.visited = 'all';
      json.rng = { world: { algorithm: 'mersenne' } };
      json.status = 'briefing';
    });
    const problems = problemsOf(first, saved);
    expect(problems).toEqual(
      expect.arrayContaining([
        { kind: 'bad-field', field: 'clock' },
        { kind: 'bad-field', field: 'visited' },
        { kind: 'bad-field', field: 'rng' },
        expect.objectContaining({ kind: 'inconsistent-status', status: 'briefing' }),
      ]),
    );
  });

  it('never throws on hostile values, and refuses some for every field', () => {
    const base = JSON.parse(JSON.stringify(midDay(first))) as Record<string, unknown>;
    const hostile: unknown[] = [null, 0, -1, NaN, '', 'x', [], {}, [null], { a: null }, true];
    for (const field of Object.keys(base)) {
      const refused = hostile.filter((value) => {
        let checked: ReturnType<typeof checkStateAgainstLevel> | undefined;
        expect(
          () => (checked = checkStateAgainstLevel(first, { ...base, [field]: value })),
        ).not.toThrow();
        return checked?.ok === false;
      });
      expect({ field, refused: refused.length > 0 }).toEqual({ field, refused: true });
    }
  });
});

/**
 * The approval queue as the overseer's workload: work arrives with oversight, waits while the
 * clock runs, expires by the level's rule, and the agent's own action sits among it; the
 * assumed reviewer of simulations holds the harmful action at the catch rate, never always.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../model/command';
import type { Level } from '../model/level';
import type { GameState } from '../model/state';
import { checkStateAgainstLevel } from '../model/check-state';
import { minimalLevel, minimalLevelFiles } from '../testing/minimal-level';
import { parseOrThrow } from '../testing/play';
import { DEFAULT_ASSUMPTIONS } from '../odds/assumptions';
import { enumerateEndings } from '../sim/level-enumerate';
import { dominantLoadout, levelFrontier } from '../sim/frontier';
import { dayCost, objectiveResult, reviewRecord } from './costs';
import type { Dice } from './dice';
import { createGameState } from './initial-state';
import { queueView } from './queue';
import { stepWith } from './step';

/** Dice that say "it happens" to every yes/no draw whose label matches, and "no" otherwise. */
function dice(happens: (label: string) => boolean): Dice {
  return {
    draw: (_state, label, probability) => {
      const threshold = probability * 100;
      const yes = happens(label) && probability > 0;
      return { roll: yes ? 1 : 100, threshold, happened: yes };
    },
    split: () => ({ roll: 1, threshold: 100, lower: 0, branch: 0, happened: true }),
  };
}

const ATTEMPT = dice((label) => label.endsWith('/attempt'));
const NO_ATTEMPT = dice(() => false);

function run(level: Level, state: GameState, commands: readonly Command[], with_ = ATTEMPT) {
  let current = state;
  const kinds: string[] = [];
  for (const command of commands) {
    const result = stepWith(level, current, command, with_);
    if (!result.ok) {
      throw new Error(`${command.kind} refused: ${result.error.message}`);
    }
    current = result.value.state;
    kinds.push(...result.value.events.map((event) => event.kind));
  }
  return { state: current, kinds };
}

/** Advances while the story runs (not through waits for the player). */
function advance(level: Level, state: GameState, with_ = ATTEMPT) {
  let current = state;
  const kinds: string[] = [];
  while (current.status === 'playing') {
    const next = run(level, current, [{ kind: 'advance-clock' }], with_);
    current = next.state;
    kinds.push(...next.kinds);
  }
  return { state: current, kinds };
}

function started(level: Level, defenses: readonly ('oversight' | 'monitor')[]) {
  const loadout = { model: 'Claude Opus 4', goalFraming: 'no-goal', defenses: [...defenses] };
  return run(level, createGameState(level, { seed: 1 }), [
    { kind: 'set-loadout', loadout },
    { kind: 'start-day' },
  ]).state;
}

describe('the approval queue', () => {
  const level = minimalLevel();

  it('stays empty without oversight: the agent acts at once', () => {
    const first = advance(level, started(level, []));
    expect(first.state.queue).toEqual([]);
  });

  it('fills with the day’s work as the clock passes, and a deadline applies the level’s rule', () => {
    const day = advance(level, started(level, ['oversight']));
    // 15:10 the invitation arrived; by 16:00 (the choice) its 15:40 deadline had passed.
    expect(day.state.status).toBe('awaiting-choice');
    const invite = day.state.queue.find((entry) => entry.item === 'invite');
    expect(invite).toMatchObject({ status: 'sent-unreviewed', decidedAt: 15 * 3600 + 40 * 60 });
    expect(day.kinds).toContain('item-queued');
    expect(day.kinds).toContain('item-expired');
  });

  it('lets the player hold legitimate work, at its hold cost and the review time', () => {
    const day = advance(level, started(level, ['oversight']));
    const chosen = run(level, day.state, [{ kind: 'choose-option', option: 'stay-quiet' }]);
    // 16:20 the notes for Jessica arrive; the story reaches the decision at 16:53.
    const atDecision = advance(level, chosen.state);
    expect(atDecision.state.status).toBe('awaiting-approval');
    const held = run(level, atDecision.state, [
      { kind: 'review-item', item: 'minutes', verdict: 'hold' },
    ]);
    const cost = dayCost(level, held.state);
    const review = (DEFAULT_ASSUMPTIONS.reviewMinutes * 1) / 60;
    expect(cost.lines).toEqual([
      { reason: 'upkeep', defense: 'oversight', units: 1, hours: 1 },
      { reason: 'review-time', defense: null, units: 1, hours: review },
      { reason: 'held-work', defense: null, units: 1, hours: 1 },
    ]);
    expect(cost.hours).toBeCloseTo(2 + review, 12);
  });

  it('puts the agent’s harmful action among the work, unlabelled, and waits for it', () => {
    const day = advance(level, started(level, ['oversight']));
    const atDecision = advance(
      level,
      run(level, day.state, [{ kind: 'choose-option', option: 'stay-quiet' }]).state,
    );
    const view = queueView({ level }, atDecision.state);
    const agent = view.find((item) => item.item === 'agent-alex-decides');
    expect(agent).toMatchObject({ status: 'waiting', email: 'threat', kind: 'external-mail' });
    expect(Object.keys(agent ?? {})).not.toContain('harmful');
    // Its hold cost is the ordinary action's, whichever arm wrote it.
    expect(agent?.holdCost).toBe(0);
    // Waiting items first, the soonest deadline first: the notes (17:00) before the agent's
    // action (16:53 + 20 min = 17:13).
    expect(view.filter((item) => item.status === 'waiting').map((item) => item.item)).toEqual([
      'minutes',
      'agent-alex-decides',
    ]);
  });

  it('lets an unreviewed harmful action go out at its deadline when the rule is "sent"', () => {
    const day = advance(level, started(level, ['oversight']));
    let state = advance(
      level,
      run(level, day.state, [{ kind: 'choose-option', option: 'stay-quiet' }]).state,
    ).state;
    const kinds: string[] = [];
    while (state.status === 'awaiting-approval') {
      const next = run(level, state, [{ kind: 'advance-clock' }]);
      state = next.state;
      kinds.push(...next.kinds);
    }
    expect(state.ending).toBe('end-sent');
    expect(kinds).toContain('item-expired');
    expect(reviewRecord(state)).toMatchObject({ harmfulArrived: 1, harmfulStopped: 0 });
    expect(objectiveResult(level, state)).toMatchObject({ harm: true, met: false });
  });

  it('drops an unreviewed harmful action when the rule is "dropped"', () => {
    const files = minimalLevelFiles();
    (files.levelJson as { workload: { unreviewed: string } }).workload.unreviewed = 'dropped';
    const dropping = parseOrThrow(files);
    const day = advance(dropping, started(dropping, ['oversight']));
    let state = advance(
      dropping,
      run(dropping, day.state, [{ kind: 'choose-option', option: 'stay-quiet' }]).state,
    ).state;
    while (state.status === 'awaiting-approval') {
      state = run(dropping, state, [{ kind: 'advance-clock' }]).state;
    }
    expect(state.ending).toBe('end-held');
    expect(state.queue.find((entry) => entry.item === 'minutes')?.status).toBe('dropped');
  });

  it('escalating the agent’s action stops the agent through its halted exit, at a price', () => {
    const day = advance(level, started(level, ['oversight']));
    const atDecision = advance(
      level,
      run(level, day.state, [{ kind: 'choose-option', option: 'stay-quiet' }]).state,
    );
    const escalated = run(level, atDecision.state, [
      { kind: 'review-item', item: 'agent-alex-decides', verdict: 'escalate' },
    ]);
    expect(escalated.state.ending).toBe('end-held');
    expect(escalated.kinds).toContain('action-held');
    expect(dayCost(level, escalated.state).lines).toContainEqual({
      reason: 'escalation',
      defense: null,
      units: 1,
      hours: 0.5,
    });
    expect(reviewRecord(escalated.state)).toMatchObject({ harmfulArrived: 1, harmfulStopped: 1 });
  });

  it('refuses a verdict on an item that is not waiting', () => {
    const day = advance(level, started(level, ['oversight']));
    const result = stepWith(
      level,
      day.state,
      { kind: 'review-item', item: 'invite', verdict: 'approve' },
      ATTEMPT,
    );
    expect(result.ok ? 'accepted' : result.error.code).toBe('ERR_ITEM_NOT_WAITING');
  });

  it('keeps the dice face down when the player’s own review decides the attempt', () => {
    const rolledEvent = (defenses: readonly ('oversight' | 'monitor')[]) => {
      const day = advance(level, started(level, defenses));
      const open = run(level, day.state, [{ kind: 'choose-option', option: 'stay-quiet' }]);
      const rolled = stepWith(level, open.state, { kind: 'advance-clock' }, ATTEMPT);
      if (!rolled.ok) throw new Error(rolled.error.message);
      return rolled.value.events.find((item) => item.kind === 'outcome-rolled');
    };
    expect(rolledEvent(['oversight'])).toMatchObject({ concealed: true, arm: 'harmful' });
    expect(rolledEvent([])).toMatchObject({ concealed: false, arm: 'harmful' });
    expect(rolledEvent(['monitor'])).toMatchObject({ concealed: false });
  });

  it('saves and loads a state with a queue; an entry naming no item is refused', () => {
    const day = advance(level, started(level, ['oversight']));
    const copy = JSON.parse(JSON.stringify(day.state)) as GameState;
    expect(checkStateAgainstLevel(level, copy).ok).toBe(true);
    const broken = { ...copy, queue: [{ ...copy.queue[0], item: 'nothing' }] };
    expect(checkStateAgainstLevel(level, broken).ok).toBe(false);
  });

  it('the day goes on the same way with no attempt: the notes still wait for review', () => {
    const day = advance(level, started(level, ['oversight']), NO_ATTEMPT);
    const chosen = run(level, day.state, [{ kind: 'choose-option', option: 'stay-quiet' }]);
    const end = advance(level, chosen.state, NO_ATTEMPT);
    // The benign arm has no action: the day ends; the notes' deadline rule applies at the end.
    expect(end.state.ending).toBe('end-accepted');
    expect(end.state.queue.find((entry) => entry.item === 'minutes')?.status).toBe(
      'sent-unreviewed',
    );
  });
});

describe('the assumed reviewer of simulations', () => {
  const level = minimalLevel();
  const loadout = { model: 'Claude Opus 4', goalFraming: 'no-goal', defenses: ['oversight'] };

  it('holds the harmful action at the catch rate, not always', () => {
    const exact = enumerateEndings({ level, loadout: loadout as never, policy: {} });
    expect(exact.ok).toBe(true);
    if (!exact.ok) return;
    const attempt = 0.86;
    expect(exact.value.outcomes.harm).toBeCloseTo(
      attempt * (1 - DEFAULT_ASSUMPTIONS.catchRate),
      12,
    );
    expect(exact.value.outcomes.averted).toBeCloseTo(attempt * DEFAULT_ASSUMPTIONS.catchRate, 12);
  });

  it('counts the expected cost: upkeep, and review time for the work and the agent’s item', () => {
    const exact = enumerateEndings({ level, loadout: loadout as never, policy: {} });
    if (!exact.ok) throw new Error(exact.error.message);
    // Two work items always reviewed; the agent's item only on the harmful arm (0.86).
    const reviewHours = ((2 + 0.86) * DEFAULT_ASSUMPTIONS.reviewMinutes) / 60;
    expect(exact.value.expectedCost).toBeCloseTo(1 + reviewHours, 12);
  });

  it('gives the minimal level a frontier with no loadout best on both harm and cost', () => {
    const rows = levelFrontier(level);
    if (!rows.ok) throw new Error(rows.error.message);
    expect(rows.value).toHaveLength(7);
    expect(dominantLoadout(rows.value)).toBeUndefined();
    const none = rows.value.find((row) => row.defenses.length === 0);
    expect(none).toMatchObject({ harm: 0.86, expectedCost: 0, onFrontier: true });
    // Compartmentalization closes the only leverage: no harm, at the hidden email's upkeep.
    const closed = rows.value.find(
      (row) => row.defenses.length === 1 && row.defenses[0] === 'compartmentalization',
    );
    expect(closed).toMatchObject({ harm: 0, expectedCost: 0.5, onFrontier: true });
    // Everything with compartmentalization and more costs more for the same zero harm.
    const both = rows.value.find(
      (row) => row.defenses.includes('compartmentalization') && row.defenses.includes('oversight'),
    );
    expect(both?.onFrontier).toBe(false);
  });
});

describe('a choice with a price', () => {
  it('adds its hours to the day’s cost once chosen', () => {
    const files = minimalLevelFiles();
    const json = files.levelJson as {
      nodes: { id: string; options?: { id: string; cost?: number }[] }[];
    };
    const option = json.nodes
      .find((node) => node.id === 'ask-kyle')
      ?.options?.find((item) => item.id === 'warn-kyle');
    if (option === undefined) throw new Error('the minimal level has no warn-kyle option');
    option.cost = 1.25;
    const level = parseOrThrow(files);
    const day = advance(level, started(level, []));
    const chosen = run(level, day.state, [{ kind: 'choose-option', option: 'warn-kyle' }]);
    expect(dayCost(level, chosen.state).lines).toContainEqual({
      reason: 'choice',
      defense: null,
      units: 1,
      hours: 1.25,
    });
    const quiet = run(level, day.state, [{ kind: 'choose-option', option: 'stay-quiet' }]);
    expect(dayCost(level, quiet.state).hours).toBe(0);
  });
});

/**
 * Every fact and question a debrief shows fits the game that led there. The walk plays every
 * level under every affordable set of its cards, every model and framing, every combination of
 * choices and both ways of answering a flag or an approval, and follows every branch of every
 * draw (forced dice, as the exact enumerator does). On each complete path it asks core which
 * facts and questions the debrief shows and checks:
 *
 * - each item's `when` (its declared presupposition) agrees with the path's own events: the
 *   `attempted`, `flagged` and `queued` leaves are recomputed from `outcome-rolled`,
 *   `monitor-flagged` and `action-queued`, independently of core's evaluator;
 * - every conditional item is shown on some path (its condition is not dead) and hidden
 *   wherever its condition is false;
 * - every debrief shows at least one fact and one question;
 * - a safety net on the English text: a question that speaks of an approval or a review needs
 *   the oversight card and a queued action; one that asks why the agent acted needs an attempt.
 *   The `when` is the declaration; the words only catch an item whose author forgot one.
 */
import { describe, expect, it } from 'vitest';
import {
  debriefFor,
  debriefHolds,
  type DebriefCondition,
  type GameState,
  type Level,
  type Loadout,
  type Reviewer,
  type SimEvent,
} from '../../src/core';
import { holds } from '../../src/core/rules/conditions';
import type { Dice } from '../../src/core/rules/dice';
import { splitBounds, thresholdOf } from '../../src/core/rules/dice';
import type { ChoicePolicy } from '../../src/core/sim/level-policy';
import { playRun } from '../../src/core/sim/level-run';
import { LEVEL_IDS, loadShippedLevel } from './level-catalog';
import { defenseSets, optionPolicies } from './level-walk';

/**
 * How the queue and flags are answered: the assumed reviewer of the odds (its catch is a draw,
 * so holding and approving a harmful action are both walked, a benign one approved), and a
 * player who escalates a harmful action or holds or escalates a benign one.
 */
const RESPONSES: (Pick<ChoicePolicy, 'review' | 'onFlag'> & { reviewer: Reviewer })[] = [
  { reviewer: 'assumed', onFlag: 'halt' },
  { reviewer: 'assumed', onFlag: 'dismiss' },
  { reviewer: 'player', review: { harmful: 'escalate', benign: 'hold' }, onFlag: 'dismiss' },
  { reviewer: 'player', review: { harmful: 'approve', benign: 'escalate' }, onFlag: 'halt' },
];

/** Dice that follow a prefix of outcomes and record how many the run asked for. */
function forcedDice(prefix: readonly number[]) {
  const requests: number[] = [];
  const dice: Dice = {
    draw(_state, _label, probability) {
      const happened = (prefix[requests.length] ?? 1) === 0;
      requests.push(probability > 0 && probability < 1 ? 2 : 1);
      const threshold = thresholdOf(probability);
      const forced = probability >= 1 ? true : probability <= 0 ? false : happened;
      return { roll: forced ? threshold : 100, threshold, happened: forced };
    },
    split(_state, _label, shares) {
      const branch = prefix[requests.length] ?? 0;
      requests.push(shares.length);
      const bound = splitBounds(shares)[branch] ?? { lower: 0, upper: 100 };
      return {
        roll: bound.upper,
        branch,
        lower: bound.lower,
        threshold: bound.upper,
        happened: true,
      };
    },
  };
  return { dice, requests };
}

interface Path {
  readonly state: GameState;
  readonly events: readonly SimEvent[];
}

/** Every complete path of one loadout and policy. */
function paths(level: Level, loadout: Loadout, policy: ChoicePolicy, reviewer: Reviewer): Path[] {
  const found: Path[] = [];
  const pending: number[][] = [[]];
  for (let prefix = pending.pop(); prefix !== undefined; prefix = pending.pop()) {
    const { dice, requests } = forcedDice(prefix);
    const run = playRun({ level, loadout, policy, seed: 0, reviewer }, dice, true);
    if (!run.ok) {
      return found;
    }
    const next = requests[prefix.length];
    if (next === undefined) {
      found.push(run.value);
      continue;
    }
    for (let outcome = 0; outcome < next; outcome += 1) {
      pending.push([...prefix, outcome]);
    }
  }
  return found;
}

/** The same condition, with the decision leaves read from the path's events instead. */
function holdsByEvents(condition: DebriefCondition, path: Path): boolean {
  if ('all' in condition) {
    return condition.all.every((part) => holdsByEvents(part, path));
  }
  if ('any' in condition) {
    return condition.any.some((part) => holdsByEvents(part, path));
  }
  if ('not' in condition) {
    return !holdsByEvents(condition.not, path);
  }
  if ('attempted' in condition) {
    return path.events.some(
      (event) =>
        event.kind === 'outcome-rolled' &&
        event.decision === condition.attempted &&
        event.arm === 'harmful',
    );
  }
  if ('flagged' in condition) {
    return path.events.some(
      (event) => event.kind === 'monitor-flagged' && event.decision === condition.flagged,
    );
  }
  if ('queued' in condition) {
    return path.events.some(
      (event) => event.kind === 'action-queued' && event.decision === condition.queued,
    );
  }
  return holds(condition, path.state);
}

function english(level: Level, key: string): string {
  return level.strings['en']?.[key] ?? '';
}

/** Words that presuppose something happened, and what must then be true of the path. */
const PRESUPPOSED: readonly { words: RegExp; what: string; test: (path: Path) => boolean }[] = [
  {
    words: /approv|waited for|review(ed)? (it|this)/i,
    what: 'an action queued for approval',
    test: (path) => path.events.some((event) => event.kind === 'action-queued'),
  },
  {
    words: /make it act|still act\b|why did .* act/i,
    what: 'an attempt by the agent',
    test: (path) =>
      path.events.some((event) => event.kind === 'outcome-rolled' && event.arm === 'harmful'),
  },
  {
    words: /\b(this|the) leak\b/i,
    what: 'a leak',
    test: (path) => path.events.some((event) => event.kind === 'agent-acted'),
  },
];

interface Tally {
  shownTrue: Set<string>;
  problems: string[];
  paths: number;
}

function walkLevel(level: Level): Tally {
  const tally: Tally = { shownTrue: new Set(), problems: [], paths: 0 };
  const note = (problem: string) => {
    if (tally.problems.length < 20) {
      tally.problems.push(problem);
    }
  };
  for (const model of level.loadout.models) {
    for (const framing of level.loadout.goalFramings) {
      for (const defenses of defenseSets(level)) {
        const loadout: Loadout = { model, goalFraming: framing.id, defenses };
        for (const options of optionPolicies(level)) {
          for (const { reviewer, ...responses } of RESPONSES) {
            for (const path of paths(level, loadout, { options, ...responses }, reviewer)) {
              tally.paths += 1;
              checkPath(level, path, tally, note);
            }
          }
        }
      }
    }
  }
  return tally;
}

function checkPath(level: Level, path: Path, tally: Tally, note: (problem: string) => void) {
  const content = debriefFor(level, path.state);
  if (content === undefined) {
    note(`a path ended without an ending (${path.state.node ?? 'none'})`);
    return;
  }
  const where = `${content.ending.id} [${path.state.loadout.model}; ${path.state.loadout.defenses.join(', ')}]`;
  if (content.facts.length === 0 || content.questions.length === 0) {
    note(`${where}: the debrief shows no fact or no question`);
  }
  const items = [
    ...content.ending.debrief.facts.map((fact) => ({ ...fact, kind: 'fact' })),
    ...(content.ending.debrief.questions ?? []).map((question) => ({ ...question, kind: 'q' })),
  ];
  const shown = new Set([...content.facts, ...content.questions].map((item) => item.key));
  for (const item of items) {
    const id = `${content.ending.id} ${item.key}`;
    if (item.when !== undefined) {
      const byCore = debriefHolds(level, item.when, path.state);
      if (byCore !== holdsByEvents(item.when, path)) {
        note(`${where}: ${item.key}: core and the path's events disagree on its "when"`);
      }
      if (shown.has(item.key) !== byCore) {
        note(`${where}: ${item.key} shown=${String(shown.has(item.key))}, when=${String(byCore)}`);
      }
    }
    if (!shown.has(item.key)) {
      continue;
    }
    tally.shownTrue.add(id);
    for (const rule of PRESUPPOSED) {
      if (rule.words.test(english(level, item.key)) && !rule.test(path)) {
        note(`${where}: ${item.key} speaks of ${rule.what}, which did not happen`);
      }
    }
  }
}

describe('every debrief fits the game that led to it', () => {
  it.each(LEVEL_IDS)(
    '%s',
    (id) => {
      const level = loadShippedLevel(id);
      const tally = walkLevel(level);
      expect(tally.paths).toBeGreaterThan(0);
      expect(tally.problems).toEqual([]);
      const never = level.nodeOrder.flatMap((nodeId) => {
        const node = level.nodes[nodeId];
        if (node?.kind !== 'ending') {
          return [];
        }
        const keys = [...node.debrief.facts, ...(node.debrief.questions ?? [])].map(
          (item) => `${node.id} ${item.key}`,
        );
        return keys.filter((key) => !tally.shownTrue.has(key));
      });
      expect(never).toEqual([]);
    },
    120_000,
  );
});

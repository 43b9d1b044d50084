import { describe, expect, it } from 'vitest';
import {
  type ChoicePolicy,
  enumerateEndings,
  type Level,
  type Loadout,
  type Reviewer,
} from '../../src/core';
import { LEVEL_IDS, loadShippedLevel } from './level-catalog';
import { defenseSets, optionPolicies } from './level-walk';

/**
 * How the queue and flags are answered: the assumed reviewer of the odds, and a player who
 * always holds or always approves the agent's action (the deadline rule is reached that way too).
 */
const RESPONSES: (Pick<ChoicePolicy, 'review' | 'onFlag'> & { reviewer: Reviewer })[] = [
  { reviewer: 'assumed', onFlag: 'halt' },
  { reviewer: 'player', review: { harmful: 'hold', benign: 'approve' }, onFlag: 'halt' },
  { reviewer: 'player', review: { harmful: 'approve', benign: 'approve' }, onFlag: 'dismiss' },
];

/**
 * Searches loadouts and choice policies until every ending has a path with probability above 0.
 * Returns the endings never reached.
 */
function unreachedEndings(level: Level): string[] {
  const missing = new Set(level.nodeOrder.filter((id) => level.nodes[id]?.kind === 'ending'));
  for (const model of level.loadout.models) {
    for (const framing of level.loadout.goalFramings) {
      for (const defenses of defenseSets(level)) {
        const loadout: Loadout = { model, goalFraming: framing.id, defenses };
        for (const options of optionPolicies(level)) {
          for (const { reviewer, ...responses } of RESPONSES) {
            const policy = { options, ...responses };
            const result = enumerateEndings({ level, loadout, policy, reviewer });
            if (!result.ok) {
              continue;
            }
            for (const ending of result.value.endings) {
              if (ending.probability > 0) {
                missing.delete(ending.ending);
              }
            }
            if (missing.size === 0) {
              return [];
            }
          }
        }
      }
    }
  }
  return [...missing];
}

describe('every ending of every level', () => {
  it.each(LEVEL_IDS)(
    '%s: each ending is reached with some loadout and choices',
    (id) => {
      const level = loadShippedLevel(id);
      expect(unreachedEndings(level)).toEqual([]);
      // An exhaustive search over loadouts × choices: seconds, not milliseconds, on a busy machine.
    },
    60_000,
  );

  it.each(LEVEL_IDS)('%s: has at least three endings and two player choice points', (id) => {
    const level = loadShippedLevel(id);
    const kinds = level.nodeOrder.map((nodeId) => level.nodes[nodeId]?.kind);
    expect(kinds.filter((kind) => kind === 'ending').length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((kind) => kind === 'choice').length).toBeGreaterThanOrEqual(2);
    expect(
      kinds.filter((kind) => kind === 'decision' || kind === 'split').length,
    ).toBeGreaterThanOrEqual(1);
  });
});

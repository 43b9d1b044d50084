import { beforeAll, describe, expect, it } from 'vitest';
import { createGameState, type EndingNode, type GameState } from '../../core';
import { i18n, initI18n } from '../../i18n/i18n';
import { registerLevelStrings } from '../../levels/level-text';
import { loadShippedLevel } from '../../../tests/unit/level-catalog';
import { buildDebriefPanel } from './debrief-panel';

const actions = { replay: () => undefined, levels: () => undefined, next: undefined };

/** The debrief's line for one draw, for a roll against a threshold. */
function drawLine(roll: number, threshold: number, happened: boolean): string {
  const level = loadShippedLevel('1-the-upgrade');
  registerLevelStrings(level.id, level.strings);
  const decision = level.nodeOrder.find((id) => level.nodes[id]?.kind === 'decision') ?? '';
  const ending = Object.values(level.nodes).find(
    (node): node is EndingNode => node.kind === 'ending',
  );
  if (ending === undefined) {
    throw new Error('level 1 has no ending');
  }
  const state: GameState = {
    ...createGameState(level, { seed: 1 }),
    decisions: {
      [decision]: { arm: happened ? 'harmful' : 'benign', attempt: { roll, threshold, happened } },
    },
  };
  const panel = buildDebriefPanel(level, state, { ending, facts: [], questions: [] }, [], actions);
  return panel.querySelector(`[data-decision="${decision}"]`)?.textContent ?? '';
}

describe('the debrief writes each draw as the rule read it', () => {
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
  });

  it('never writes a roll that did not harm as equal to the threshold', () => {
    expect(drawLine(96.004, 96, false)).toContain('96.004 > 96');
  });

  it('writes a roll that harmed as at most the threshold', () => {
    expect(drawLine(55.1, 55.1, true)).toContain('55.1 ≤ 55.1');
  });

  it('never writes a roll above 0 as 0', () => {
    expect(drawLine(0.001, 0, false)).not.toMatch(/roll 0(\.0+)? /);
  });
});

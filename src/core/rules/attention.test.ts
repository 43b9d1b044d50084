import { describe, expect, it } from 'vitest';
import { LEVEL_IDS, loadShippedLevel } from '../../../tests/unit/level-catalog';
import type { Command } from '../model/command';
import type { GameState } from '../model/state';
import { attentionNeeded, isImportantEmail, type AttentionReason } from './attention';
import { createGameState } from './initial-state';
import { step } from './step';

const WAITS: Partial<Record<GameState['status'], AttentionReason>> = {
  'awaiting-choice': 'choice',
  'awaiting-approval': 'approval',
  'awaiting-flag': 'flag',
};

describe('what needs the player', () => {
  it.each(LEVEL_IDS)(
    'level %s: every wait and every important email asks for the player, nothing else does',
    (id) => {
      const level = loadShippedLevel(id);
      for (const defenses of [[], level.loadout.defenses.map((card) => card.id)]) {
        let state = createGameState(level, { seed: 11 });
        const setUp: Command[] = [
          { kind: 'open-loadout' },
          { kind: 'set-loadout', loadout: { ...state.loadout, defenses } },
          { kind: 'start-day' },
        ];
        for (const command of setUp) {
          const stepped = step(level, state, command);
          state = stepped.ok ? stepped.value.state : state;
        }
        for (let turn = 0; turn < 300 && state.status !== 'ended'; turn += 1) {
          const node = level.nodes[state.node ?? ''];
          const command: Command =
            state.status === 'awaiting-choice' && node?.kind === 'choice'
              ? { kind: 'choose-option', option: node.options[0]?.id ?? '' }
              : state.status === 'awaiting-approval'
                ? { kind: 'hold-action' }
                : state.status === 'awaiting-flag'
                  ? { kind: 'act-on-flag', response: 'dismiss' }
                  : { kind: 'advance-clock' };
          const stepped = step(level, state, command);
          if (!stepped.ok) {
            break;
          }
          const { events } = stepped.value;
          const next = stepped.value.state;
          const reasons = attentionNeeded(level, events);
          const expected = new Set<AttentionReason>();
          const wait = WAITS[next.status];
          if (wait !== undefined && next.status !== state.status) {
            expected.add(wait);
          }
          if (
            events.some(
              (event) => event.kind === 'email-delivered' && isImportantEmail(level, event.email),
            )
          ) {
            expected.add('important-email');
          }
          expect(new Set(reasons)).toEqual(expected);
          state = next;
        }
      }
    },
  );

  it('counts leverage, alerts, confidential mail and the agent own mail as important', () => {
    const level = loadShippedLevel('0-first-day');
    expect(isImportantEmail(level, 'spec')).toBe(true);
    expect(isImportantEmail(level, 'forward')).toBe(true);
    expect(isImportantEmail(level, 'coffee')).toBe(false);
    expect(isImportantEmail(level, 'no-such-email')).toBe(false);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Counterfactual,
  createGameState,
  type EndingNode,
  type GameState,
  type ReviewRecord,
} from '../../core';
import { i18n, initI18n, loadStrings } from '../../i18n/i18n';
import { registerLevelStrings } from '../../levels/level-text';
import { loadShippedLevel } from '../../../tests/unit/level-catalog';
import { buildDebriefPanel, type WorkshopDebrief } from './debrief-panel';

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

describe('the debrief says which reviewer its counterfactual assumes', () => {
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
  });

  function panelWith(reviewer: Counterfactual['reviewer'], campaign?: ReviewRecord) {
    const level = loadShippedLevel('1-the-upgrade');
    registerLevelStrings(level.id, level.strings);
    const ending = Object.values(level.nodes).find(
      (node): node is EndingNode => node.kind === 'ending',
    );
    if (ending === undefined) throw new Error('level 1 has no ending');
    const state = createGameState(level, { seed: 1 });
    const result: Counterfactual = {
      defense: 'oversight',
      added: true,
      loadout: { ...state.loadout, defenses: ['oversight'] },
      ending: ending.id,
      state,
      reviewer,
    };
    const content = { ending, facts: [], questions: [] };
    return buildDebriefPanel(level, state, content, [result], actions, campaign);
  }

  it('names the player’s record once it has met a harmful item', () => {
    const line = panelWith({ basis: 'record', catchRate: 0.5, harmfulSeen: 2 }).querySelector(
      '.cf-reviewer',
    );
    expect(line?.getAttribute('data-basis')).toBe('record');
    expect(line?.textContent).toContain('50');
    expect(line?.textContent).toContain('2 harmful');
  });

  it('names the labelled assumption before that', () => {
    const line = panelWith({ basis: 'assumption', catchRate: 0.9, harmfulSeen: 0 }).querySelector(
      '.cf-reviewer',
    );
    expect(line?.getAttribute('data-basis')).toBe('assumption');
    expect(line?.textContent).toContain('90');
  });

  it('says nothing about a reviewer when no replay has a queue', () => {
    expect(panelWith(null).querySelector('.cf-reviewer')).toBeNull();
  });
});

describe('the debrief of a workshop level', () => {
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
    await loadStrings('workshop');
  });

  function panel(workshop?: WorkshopDebrief): HTMLElement {
    const level = loadShippedLevel('1-the-upgrade');
    registerLevelStrings(level.id, level.strings);
    const ending = Object.values(level.nodes).find(
      (node): node is EndingNode => node.kind === 'ending',
    );
    if (ending === undefined) throw new Error('level 1 has no ending');
    const state = createGameState(level, { seed: 1 });
    const content = { ending, facts: [], questions: [] };
    return buildDebriefPanel(level, state, content, [], actions, undefined, workshop);
  }

  it('has no result code outside a workshop', () => {
    expect(panel().querySelector('[data-section="workshop"]')).toBeNull();
  });

  it('shows the result code in groups, the team and the next level of the session', () => {
    let next = 0;
    const code = 'ABCD-EFGH-JK12';
    const section = panel({ team: 'Blue', code, problem: null, next: () => (next += 1) });
    const part = section.querySelector('[data-section="workshop"]');
    expect(part?.getAttribute('data-result-code')).toBe(code);
    expect([...(part?.querySelectorAll('.code-group') ?? [])].map((g) => g.textContent)).toEqual([
      'ABCD',
      'EFGH',
      'JK12',
    ]);
    expect(part?.textContent).toContain('Team: Blue');
    expect(part?.textContent).toContain('Hand this code to the facilitator');
    expect(part?.querySelector('[data-action="copy-result"]')).not.toBeNull();
    expect(part?.querySelector('.qr-box')).not.toBeNull();
    part?.querySelector<HTMLButtonElement>('[data-action="next-session-level"]')?.click();
    expect(next).toBe(1);
  });

  it('says that no code can be made for a game whose command log is incomplete', () => {
    const part = panel({
      team: 'Blue',
      code: null,
      problem: 'incomplete-log',
      next: undefined,
    }).querySelector('[data-section="workshop"]');
    expect(part?.querySelector('[data-no-code="incomplete-log"]')?.textContent).toMatch(
      /No result code can be made/,
    );
    expect(part?.querySelector('.code-block')).toBeNull();
    expect(part?.textContent).toContain('the last level of the session');
  });
});

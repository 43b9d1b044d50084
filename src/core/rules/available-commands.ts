/**
 * `availableCommands`: what the player can do now, as concrete commands, so a UI can draw its
 * buttons and a strategy or a fuzz test can pick one. Every command listed is accepted by
 * `step` (`set-loadout` is left out: its variants are the loadout commands combined).
 */
import type { Command } from '../model/command';
import type { Level } from '../model/level';
import type { GameState } from '../model/state';
import { nodeOf } from './conditions';
import { availableOptions } from './flow';
import { affordable } from '../defenses/loadout-view';
import { REVIEW_VERDICTS } from '../model/vocabulary';
import { waitingEntries } from './queue';

/** The commands `step` accepts in this state. */
export function availableCommands(level: Level, state: GameState): Command[] {
  switch (state.status) {
    case 'briefing':
      return [{ kind: 'open-loadout' }];
    case 'loadout':
      return [...loadoutCommands(level, state), { kind: 'start-day' }];
    case 'playing':
      return [{ kind: 'advance-clock' }, ...reviewCommands(state), ...openEmailCommands(state)];
    case 'awaiting-choice':
      return [
        ...choiceCommands(level, state),
        ...reviewCommands(state),
        ...openEmailCommands(state),
      ];
    case 'awaiting-flag':
      return [
        { kind: 'act-on-flag', response: 'halt' },
        { kind: 'act-on-flag', response: 'dismiss' },
        ...reviewCommands(state),
        ...openEmailCommands(state),
      ];
    case 'awaiting-approval':
      return [
        { kind: 'advance-clock' },
        { kind: 'approve-action' },
        { kind: 'hold-action' },
        ...reviewCommands(state),
        ...openEmailCommands(state),
      ];
    case 'ended':
      return openEmailCommands(state);
  }
}

function loadoutCommands(level: Level, state: GameState): Command[] {
  const { loadout } = state;
  const models = level.loadout.models
    .filter((model) => model !== loadout.model)
    .map((model): Command => ({ kind: 'select-model', model }));
  const framings = level.loadout.goalFramings
    .filter((framing) => framing.id !== loadout.goalFraming)
    .map((framing): Command => ({ kind: 'select-goal-framing', framing: framing.id }));
  const offered = level.loadout.defenses;
  const cards = offered
    .filter((card) => affordable(offered, level.loadout.budget, loadout.defenses, card.id))
    .map((card): Command => ({ kind: 'toggle-defense', defense: card.id }));
  return [...models, ...framings, ...cards];
}

function choiceCommands(level: Level, state: GameState): Command[] {
  const node = nodeOf(level, state.node ?? level.start);
  if (node.kind !== 'choice') {
    return [];
  }
  return availableOptions(node, state).map((option) => ({
    kind: 'choose-option',
    option: option.id,
  }));
}

function openEmailCommands(state: GameState): Command[] {
  return state.delivered
    .filter((item) => !state.read.includes(item.email))
    .map((item) => ({ kind: 'open-email', email: item.email }));
}

/** Every verdict on every waiting item of the queue. */
function reviewCommands(state: GameState): Command[] {
  return waitingEntries(state).flatMap((entry) =>
    REVIEW_VERDICTS.map((verdict): Command => ({ kind: 'review-item', item: entry.item, verdict })),
  );
}

/**
 * The counterfactual of the debrief (DESIGN.md §2.5): the same level, the same seed — so the
 * same dice — and the same choices, with one defense card added or withdrawn.
 */
import type { Level } from '../model/level';
import type { GameState, Loadout } from '../model/state';
import type { DefenseId } from '../model/vocabulary';
import type { RngSeed } from '../rng';
import { LIVE_DICE } from '../rules/dice';
import { playRun } from './level-run';

/** What one changed card would have done. */
export interface Counterfactual {
  readonly defense: DefenseId;
  /** True when the card was added, false when it was withdrawn. */
  readonly added: boolean;
  readonly loadout: Loadout;
  /** The ending the same dice and choices reach with this loadout. */
  readonly ending: string;
  readonly state: GameState;
}

/** The loadout with one card toggled. */
export function toggledLoadout(loadout: Loadout, defense: DefenseId): Loadout {
  const deployed = loadout.defenses.includes(defense);
  return {
    ...loadout,
    defenses: deployed
      ? loadout.defenses.filter((candidate) => candidate !== defense)
      : [...loadout.defenses, defense],
  };
}

/**
 * Replays the finished game `played` once per card the level offers, with that card toggled.
 * Choices the player made are kept where they are still offered; a review or flag the player
 * never saw is answered by the policy's documented defaults (hold a harmful action, halt on a
 * flag). A loadout the engine refuses (over budget) is left out.
 */
export function counterfactuals(level: Level, played: GameState, seed: RngSeed): Counterfactual[] {
  const results: Counterfactual[] = [];
  for (const card of level.loadout.defenses) {
    const loadout = toggledLoadout(played.loadout, card.id);
    const run = playRun(
      {
        level,
        loadout,
        seed,
        assumptions: played.assumptions,
        policy: { options: played.choices },
      },
      LIVE_DICE,
    );
    if (!run.ok) {
      // The engine refused this loadout (e.g. over budget): there is no counterfactual to show.
      continue;
    }
    const ending = run.value.state.ending ?? '';
    results.push({
      defense: card.id,
      added: !played.loadout.defenses.includes(card.id),
      loadout,
      ending,
      state: run.value.state,
    });
  }
  return results;
}

/**
 * The counterfactual of the debrief (DESIGN.md §2.5): the same level, the same seed — so the
 * same dice — and the same choices, with one defense card added or withdrawn.
 */
import type { Level } from '../model/level';
import type { GameState, Loadout } from '../model/state';
import type { DefenseId } from '../model/vocabulary';
import type { RngSeed } from '../rng';
import { reviewLayer } from '../defenses/defense-table';
import type { ReviewRecord } from '../rules/costs';
import { measuredCatchRate } from '../rules/costs';
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
  /**
   * Who decides the approval queue in the replay, when the loadout has one: the player's own
   * record so far (`record`: the measured share of harmful items held) or, before any harmful
   * item reached the player, the labelled assumption (`assumption`). Never a perfect reviewer.
   */
  readonly reviewer: CounterfactualReviewer | null;
}

/** The reviewer a counterfactual replay assumes, and the catch rate it used. */
export interface CounterfactualReviewer {
  readonly basis: 'record' | 'assumption';
  readonly catchRate: number;
  /** For `record`: how many harmful items the rate rests on. */
  readonly harmfulSeen: number;
}

/** The reviewer a replay uses: the player's record if it has seen a harmful item, else the assumption. */
export function counterfactualReviewer(
  assumedCatchRate: number,
  record: ReviewRecord | undefined,
): CounterfactualReviewer {
  const measured = record === undefined ? null : measuredCatchRate(record);
  return measured === null || record === undefined
    ? { basis: 'assumption', catchRate: assumedCatchRate, harmfulSeen: 0 }
    : { basis: 'record', catchRate: measured, harmfulSeen: record.harmfulArrived };
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
 * never saw is answered by the policy's documented default (halt on a flag). The approval queue
 * is decided by an assumed reviewer whose catch rate is the player's record so far (`record`,
 * the review record kept across levels, this game included) or, before the player has seen a
 * harmful item, the labelled assumption; each counterfactual says which. A loadout the engine
 * refuses (over budget) is left out.
 */
export function counterfactuals(
  level: Level,
  played: GameState,
  seed: RngSeed,
  record?: ReviewRecord,
): Counterfactual[] {
  const results: Counterfactual[] = [];
  const reviewer = counterfactualReviewer(played.assumptions.catchRate, record);
  for (const card of level.loadout.defenses) {
    const loadout = toggledLoadout(played.loadout, card.id);
    const run = playRun(
      {
        level,
        loadout,
        seed,
        assumptions: { ...played.assumptions, catchRate: reviewer.catchRate },
        policy: { options: played.choices },
        reviewer: 'assumed',
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
      reviewer: reviewLayer(loadout.defenses) === undefined ? null : reviewer,
    });
  }
  return results;
}

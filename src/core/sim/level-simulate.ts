/**
 * `simulateLevel`: what the command line and the Strategy Lab ask of a level: the live odds of
 * each decision, the exact ending probabilities, and a seeded Monte Carlo sample beside them.
 */
import type { RuleViolation } from '../model/command';
import type { DecisionOdds } from '../model/event';
import type { Level } from '../model/level';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { Loadout, Reviewer } from '../model/state';
import type { DefenseId } from '../model/vocabulary';
import type { AssumptionValues } from '../odds/assumptions';
import { checkLoadout } from '../rules/handlers/loadout';
import { loadoutOdds } from '../rules/loadout-odds';
import type { RngSeed } from '../rng';
import type { Enumeration } from './level-enumerate';
import { enumerateEndings } from './level-enumerate';
import type { MonteCarloResult } from './level-monte-carlo';
import { runLevelMonteCarlo } from './level-monte-carlo';
import type { ChoicePolicy } from './level-policy';

/** What to simulate. */
export interface SimulateLevelOptions {
  readonly level: Level;
  /** @defaultValue the level's default model */
  readonly model?: string;
  /** @defaultValue the level's default goal framing */
  readonly goalFraming?: string;
  /** @defaultValue none */
  readonly defenses?: readonly DefenseId[];
  /** How the simulated player answers choices, reviews and flags. */
  readonly choices?: ChoicePolicy;
  readonly runs: number;
  readonly seed: RngSeed;
  readonly assumptions?: AssumptionValues;
  /**
   * Who decides the approval queue: the assumed reviewer of the odds, or a `player` whose
   * verdicts come from `choices.review`.
   * @defaultValue `'assumed'`
   */
  readonly reviewer?: Reviewer;
}

/** The exact and sampled picture of one level under one loadout and policy. */
export interface LevelSimulation {
  readonly loadout: Loadout;
  readonly odds: readonly DecisionOdds[];
  readonly exact: Enumeration;
  readonly sampled: MonteCarloResult;
}

/** Simulates a level; a loadout the level does not offer is refused as a rule violation. */
export function simulateLevel(
  options: SimulateLevelOptions,
): Result<LevelSimulation, RuleViolation> {
  const { level } = options;
  const loadout: Loadout = {
    model: options.model ?? level.loadout.defaultModel,
    goalFraming: options.goalFraming ?? level.loadout.defaultGoalFraming,
    defenses: [...(options.defenses ?? [])],
  };
  const checked = checkLoadout(level, loadout, { kind: 'set-loadout', loadout });
  if (!checked.ok) {
    return checked;
  }
  const spec = {
    level,
    loadout,
    policy: options.choices ?? {},
    assumptions: options.assumptions,
    reviewer: options.reviewer,
  };
  const exact = enumerateEndings(spec);
  if (!exact.ok) {
    return err(exact.error);
  }
  const sampled = runLevelMonteCarlo({ ...spec, runs: options.runs, seed: options.seed });
  if (!sampled.ok) {
    return sampled;
  }
  return ok({
    loadout,
    odds: loadoutOdds(level, loadout),
    exact: exact.value,
    sampled: sampled.value,
  });
}

/**
 * Plays one run of a level from the briefing to an ending under a loadout and a choice policy,
 * through `step` (or `stepWith` and other dice). Shared by the enumerator and the Monte Carlo
 * runner, so both play exactly the game the player plays.
 */
import type { RuleViolation } from '../model/command';
import type { SimEvent } from '../model/event';
import type { Level } from '../model/level';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { GameState, Loadout, Reviewer } from '../model/state';
import type { AssumptionValues } from '../odds/assumptions';
import type { Dice } from '../rules/dice';
import { createGameState } from '../rules/initial-state';
import { stepWith } from '../rules/step';
import type { RngSeed } from '../rng';
import type { ChoicePolicy } from './level-policy';
import { policyCommand } from './level-policy';

/**
 * More commands than any level needs; a run that has not ended by then loops, which a parsed
 * level cannot do (its graph has no cycle), so hitting the cap is reported, not hidden.
 */
export const MAX_RUN_COMMANDS = 10_000;

/** One run's setting. */
export interface RunSpec {
  readonly level: Level;
  readonly loadout: Loadout;
  readonly policy: ChoicePolicy;
  readonly seed: RngSeed;
  readonly assumptions?: AssumptionValues;
  /**
   * Who decides the approval queue. Simulations use the assumed reviewer of the odds (its catch
   * rate drawn on the dice), never a perfect one; `player` hands queued items to the policy.
   * @defaultValue `'assumed'`
   */
  readonly reviewer?: Reviewer;
}

/** How a run ended, with every event (kept only when asked for). */
export interface RunResult {
  readonly state: GameState;
  readonly events: readonly SimEvent[];
}

/** Plays a run to its ending with the given dice. */
export function playRun(
  spec: RunSpec,
  dice: Dice,
  keepEvents = false,
): Result<RunResult, RuleViolation> {
  let state = createGameState(spec.level, {
    seed: spec.seed,
    assumptions: spec.assumptions,
    reviewer: spec.reviewer ?? 'assumed',
  });
  const events: SimEvent[] = [];
  for (let count = 0; count < MAX_RUN_COMMANDS; count += 1) {
    const command = policyCommand(spec.level, state, spec.loadout, spec.policy);
    if (command === null) {
      return ok({ state, events });
    }
    const stepped = stepWith(spec.level, state, command, dice);
    if (!stepped.ok) {
      return stepped;
    }
    state = stepped.value.state;
    if (keepEvents) {
      events.push(...stepped.value.events);
    }
  }
  const message = `no ending after ${MAX_RUN_COMMANDS} commands`;
  return err({ code: 'ERR_WRONG_STATUS', command: 'advance-clock', message });
}

/**
 * The facilitator's check of a result: the level as the session plays it, from the session's
 * seed for that level, with the team's commands replayed through `step`. A result is accepted
 * only when the replay takes every command and ends where the code says; the board's row is then
 * computed from the replayed game by the same core functions the debrief uses.
 */
import type { DecisionOdds, DrawEvent, SplitDrawEvent } from '../model/event';
import type { Level } from '../model/level';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { RuleViolationCode } from '../model/command';
import type { GameState, Loadout } from '../model/state';
import type { DecisionArm, DefenseId, OutcomeClass } from '../model/vocabulary';
import type { DayCost, ReviewRecord } from '../rules/costs';
import { objectiveResult, reviewRecord } from '../rules/costs';
import { createGameState } from '../rules/initial-state';
import { loadoutOdds } from '../rules/loadout-odds';
import { step } from '../rules/step';
import type { CounterfactualReviewer } from '../sim/counterfactual';
import { counterfactuals } from '../sim/counterfactual';
import type { TeamResult } from './result';
import { levelForSession, sessionSeed } from './session';

/**
 * Why a result was refused after it decoded:
 * - `refused`: the replay refused command #index (0-based) with the rule's code;
 * - `unfinished`: the commands do not reach an ending;
 * - `ending`: the code says one ending, the replay reaches another.
 */
export type VerifyProblem =
  | { readonly kind: 'refused'; readonly index: number; readonly code: RuleViolationCode }
  | { readonly kind: 'unfinished' }
  | { readonly kind: 'ending'; readonly claimed: string; readonly replayed: string };

/** One d100 of the replayed day, as the debrief's draw panel shows it (roll, threshold, rate). */
export type BoardDraw =
  | {
      readonly kind: 'attempt';
      readonly decision: string;
      readonly arm: DecisionArm;
      readonly draw: DrawEvent;
    }
  | { readonly kind: 'monitor'; readonly decision: string; readonly draw: DrawEvent }
  | {
      readonly kind: 'split';
      readonly node: string;
      readonly branch: string;
      readonly draw: SplitDrawEvent;
    };

/** What one card added or withdrawn would have done, on the same dice (core's counterfactual). */
export interface BoardCounterfactual {
  readonly defense: DefenseId;
  /** True when the card was added, false when it was withdrawn. */
  readonly added: boolean;
  readonly ending: string;
  readonly outcome: OutcomeClass;
  readonly harm: boolean;
  readonly costHours: number;
  /** The reviewer the replay assumed where the loadout has an approval layer. */
  readonly reviewer: CounterfactualReviewer | null;
}

/** A verified result, with everything the board shows: all computed here, never in the UI. */
export interface BoardRow {
  readonly team: string;
  readonly levelId: string;
  /** The level's seed in this session (the same for every team). */
  readonly seed: number;
  readonly model: string;
  readonly goalFraming: string;
  /** Deployed cards, in the order deployed. */
  readonly defenses: readonly DefenseId[];
  readonly outcome: OutcomeClass;
  readonly harm: boolean;
  readonly ending: string;
  /** Choice node id → option id chosen. */
  readonly choices: Readonly<Record<string, string>>;
  /** Each decision's harmful-attempt odds under the loadout, as the loadout screen showed them. */
  readonly odds: readonly DecisionOdds[];
  /** Every d100 of the day, in the order rolled. */
  readonly draws: readonly BoardDraw[];
  /** The day's cost (core's `dayCost`): its lines and total hours. */
  readonly cost: DayCost;
  readonly costHours: number;
  readonly costLimit: number;
  readonly objectiveMet: boolean;
  /** How the team's review went (core's `reviewRecord`). */
  readonly review: ReviewRecord;
  /**
   * One line per card the session's level offers, toggled. The approval queue's reviewer is the
   * team's record in this game (the code carries this level only), or the labelled assumption.
   */
  readonly counterfactual: readonly BoardCounterfactual[];
}

/**
 * The replayed game of a result, or why it cannot be replayed; with every draw it made.
 * @throws RangeError when `level` is not the result's level (a caller's mistake, not a code's).
 */
export function replayResult(
  result: TeamResult,
  level: Level,
): Result<{ state: GameState; draws: BoardDraw[] }, VerifyProblem> {
  if (level.id !== result.levelId) {
    throw new RangeError(`verifyResult: the result is of ${result.levelId}, not ${level.id}`);
  }
  const played = levelForSession(level, result.session);
  let state = createGameState(played, { seed: sessionSeed(result.session, level.id) });
  const draws: BoardDraw[] = [];
  for (const [index, command] of result.commands.entries()) {
    const stepped = step(played, state, command);
    if (!stepped.ok) {
      return err({ kind: 'refused', index, code: stepped.error.code });
    }
    state = stepped.value.state;
    for (const event of stepped.value.events) {
      if (event.kind === 'outcome-rolled') {
        draws.push({ kind: 'attempt', decision: event.decision, arm: event.arm, draw: event.draw });
      } else if (event.kind === 'monitor-flagged' || event.kind === 'monitor-cleared') {
        draws.push({ kind: 'monitor', decision: event.decision, draw: event.draw });
      } else if (event.kind === 'split-rolled') {
        draws.push({ kind: 'split', node: event.node, branch: event.branch, draw: event.draw });
      }
    }
  }
  return ok({ state, draws });
}

function outcomeOf(level: Level, ending: string): OutcomeClass {
  const node = level.nodes[ending];
  return node?.kind === 'ending' ? node.outcome : 'unreported';
}

/**
 * Replays a result from the session's seed for its level and checks the claimed ending; the
 * board's row when it holds.
 * @throws RangeError when `level` is not the result's level (`decodeResult` names it).
 */
export function verifyResult(result: TeamResult, level: Level): Result<BoardRow, VerifyProblem> {
  const replayed = replayResult(result, level);
  if (!replayed.ok) {
    return replayed;
  }
  const { state, draws } = replayed.value;
  if (state.status !== 'ended' || state.ending === null) {
    return err({ kind: 'unfinished' });
  }
  if (state.ending !== result.ending) {
    return err({ kind: 'ending', claimed: result.ending, replayed: state.ending });
  }
  const played = levelForSession(level, result.session);
  const seed = sessionSeed(result.session, level.id);
  const objective = objectiveResult(played, state);
  const review = reviewRecord(state);
  const loadout: Loadout = state.loadout;
  return ok({
    team: result.team,
    levelId: level.id,
    seed,
    model: loadout.model,
    goalFraming: loadout.goalFraming,
    defenses: loadout.defenses,
    outcome: outcomeOf(played, state.ending),
    harm: objective.harm,
    ending: state.ending,
    choices: state.choices,
    odds: loadoutOdds(played, loadout),
    draws,
    cost: objective.cost,
    costHours: objective.cost.hours,
    costLimit: objective.costLimit,
    objectiveMet: objective.met,
    review,
    counterfactual: counterfactuals(played, state, seed, review).map((line) => {
      const other = objectiveResult(played, line.state);
      return {
        defense: line.defense,
        added: line.added,
        ending: line.ending,
        outcome: outcomeOf(played, line.ending),
        harm: other.harm,
        costHours: other.cost.hours,
        reviewer: line.reviewer,
      };
    }),
  });
}

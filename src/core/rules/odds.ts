/**
 * The engine's adapter to the odds core (src/core/odds): the probability of the harmful attempt
 * at a decision point, and a flagging layer's two assumed rates.
 *
 * One difference from `attemptProbability`: there, a deployed close-path card always closes the
 * harmful path. In a level it closes the path only when it actually hides the decision's
 * leverage, which depends on the level's emails and on what has been delivered, so the card is
 * kept out of the request and its structural step is applied here when it applies.
 */
import type { AssumptionValues } from '../odds/assumptions';
import { attemptProbability } from '../odds/attempt';
import type { Probability } from '../odds/probability';
import { measuredProbability } from '../odds/steps';
import {
  assumptionValue,
  defenseCard,
  deployedOfStage,
  hidesMarkedEmails,
} from '../defenses/defense-table';
import type { LayerCard } from '../defenses/defense-table';
import type { DecisionNode, Level } from '../model/level';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { GameState, Loadout } from '../model/state';
import type { DecisionArm } from '../model/vocabulary';
import type { Condition, ModelName, NoPublishedRate } from '../rates';
import { conditionKey, isModelName, rateById } from '../rates';

/**
 * The study condition a decision draws on under a loadout (before any defense switches it).
 * For a decision on a named row, the row's own cell (its goal may be unstated: `none`).
 */
export function decisionCondition(
  level: Level,
  decision: DecisionNode,
  loadout: Loadout,
): Condition {
  const spec = decision.rate;
  if ('row' in spec) {
    const row = rateById(spec.row);
    return {
      scenario: row?.scenario ?? level.scenario,
      goalType: row?.goalType ?? 'none',
      goalValue: row?.goalValue ?? 'none',
      urgency: row?.urgency ?? 'none',
    };
  }
  const framing = level.loadout.goalFramings.find((item) => item.id === loadout.goalFraming);
  const goal = spec.goal === 'loadout' ? framing?.goal : spec.goal;
  return {
    scenario: spec.scenario,
    goalType: goal?.type ?? 'none',
    goalValue: goal?.value ?? 'none',
    urgency: spec.urgency,
  };
}

/**
 * P(attempt) at a decision on a named row: the row's rate, measured. The validator lets such a
 * level offer no defense that changes what the agent is told (remove-threat, remove-goal,
 * prohibition): the study measured none of them on such a row.
 */
function rowOdds(
  level: Level,
  decision: DecisionNode,
  loadout: Loadout & { model: ModelName },
): Result<Probability, NoPublishedRate> {
  const found = 'row' in decision.rate ? rateById(decision.rate.row) : undefined;
  if (found?.model !== loadout.model) {
    const condition = decisionCondition(level, decision, loadout);
    return err({
      kind: 'no-published-rate',
      model: loadout.model,
      condition,
      conditionKey: conditionKey(condition),
      variant: found?.variant ?? 'baseline',
      modelsWithCondition: found === undefined ? [] : [found.model],
    });
  }
  return ok(measuredProbability(found, 'published-rate'));
}

/**
 * P(harmful attempt) at a decision, with provenance. `leverageVisible` says whether the agent
 * can see at least one leverage email; when it cannot, the harmful path is structurally closed.
 */
export function attemptOdds(
  level: Level,
  decision: DecisionNode,
  loadout: Loadout,
  leverageVisible: boolean,
): Result<Probability, NoPublishedRate | { kind: 'unknown-model'; model: string }> {
  if (!isModelName(loadout.model)) {
    return err({ kind: 'unknown-model', model: loadout.model });
  }
  if ('row' in decision.rate) {
    const odds = rowOdds(level, decision, { ...loadout, model: loadout.model });
    return !odds.ok || leverageVisible ? odds : ok(closePath(loadout, odds.value));
  }
  const odds = attemptProbability({
    model: loadout.model,
    condition: decisionCondition(level, decision, loadout),
    defenses: loadout.defenses.filter((defense) => defenseCard(defense).stage !== 'close-path'),
  });
  if (!odds.ok) {
    return odds;
  }
  return ok(leverageVisible ? odds.value.attempt : closePath(loadout, odds.value.attempt));
}

/**
 * Can the agent see the decision's leverage in this state? True if the decision names none;
 * otherwise at least one leverage email must have been delivered and not hidden from it.
 */
export function leverageVisible(decision: DecisionNode, state: GameState): boolean {
  if (decision.leverage.length === 0) {
    return true;
  }
  return state.delivered.some(
    (item) => decision.leverage.includes(item.email) && !item.hiddenFromAgent,
  );
}

/**
 * What the agent could see if the day delivered every leverage email: used for the odds track
 * before the day starts, when nothing has been delivered yet.
 */
export function leverageVisibleIfDelivered(level: Level, decision: DecisionNode, loadout: Loadout) {
  const hides = hidesMarkedEmails(loadout.defenses);
  return (
    decision.leverage.length === 0 ||
    decision.leverage.some((id) => !(hides && level.emails[id]?.compartmentalized === true))
  );
}

/** The path closed by the deployed close-path cards (only called when one hides the leverage). */
function closePath(loadout: Loadout, probability: Probability): Probability {
  return deployedOfStage(loadout.defenses, 'close-path').reduce(
    (closed, card) => card.close(closed),
    probability,
  );
}

/**
 * The chance a flagging layer (the monitor) flags the agent's reasoning on this arm: its stop
 * rate on the harmful arm, its false-alarm rate on the benign one. Both are game assumptions.
 */
export function flagOdds(
  card: LayerCard,
  arm: DecisionArm,
  assumptions: AssumptionValues,
): Probability {
  const source = arm === 'harmful' ? card.stop : card.falseAlarm;
  if (source === null) {
    // A layer with no false-alarm rate never flags a run without an attempt.
    return {
      value: 0,
      interval: null,
      provenance: {
        tag: 'structural',
        bases: ['no-defense-deployed'],
        rateIds: [],
        assumptions: [],
      },
    };
  }
  const value = assumptionValue(assumptions, source.assumption);
  return {
    value,
    interval: null,
    provenance: {
      tag: 'assumption',
      bases: [source.basis],
      rateIds: [],
      assumptions: [{ name: source.assumption, value }],
    },
  };
}

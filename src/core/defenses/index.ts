/**
 * The defense cards: one table (stage, effect, bases, assumptions, cost, hook per card) and the
 * loadout view every screen reads (budget, affordability, provenance chips, odds).
 */
export type {
  CloseCard,
  DefenseCard,
  DefenseStage,
  LayerCard,
  LayerHook,
  ScaleCard,
  StopOutcome,
  SwitchCard,
} from './defense-table';
export {
  BASIS_TAG,
  CARDS_IN_ORDER,
  DEFENSE_STAGES,
  DEFENSE_TABLE,
  LAYER_CARDS,
  applyLayer,
  assumptionValue,
  defenseCard,
  deployedCards,
  deployedLayerWithHook,
  deployedOfStage,
  flagLayer,
  hidesMarkedEmails,
  reviewLayer,
  UPKEEP_UNITS,
} from './defense-table';
export type { UpkeepUnit } from './defense-table';
export type {
  BudgetView,
  CardView,
  Chip,
  ConditionLoadoutRequest,
  ConditionLoadoutView,
  LevelLoadoutView,
  OfferedCard,
} from './loadout-view';
export {
  affordable,
  budgetView,
  cardChip,
  chipOf,
  conditionLoadoutView,
  decidedInPlay,
  fixedChip,
  legalDefenseSets,
  levelLoadoutView,
  standardOffer,
  stepChip,
  tokensSpent,
  weakestChip,
} from './loadout-view';

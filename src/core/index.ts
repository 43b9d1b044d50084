/** The only public door into core. */
export * from './model/result';
export * from './model/vocabulary';
export * from './rng/index';
export * from './rates/index';
export * from './odds/index';
export * from './defenses/index';
export * from './sim/scenario-monte-carlo';
export type {
  Branch,
  Briefing,
  CastMember,
  ChoiceNode,
  ChoiceOption,
  Condition as LevelCondition,
  DebriefCondition,
  DebriefFact,
  DebriefQuestion,
  DecisionArmSpec,
  DecisionNode,
  Email,
  EndingNode,
  GoalFraming,
  InboxNode,
  Level,
  LevelNode,
  LoadoutOptions,
  Next,
  RateConditionSpec,
  TimeOfDay,
} from './model/level';
export * from './model/level-issue';
export * from './model/state';
export * from './model/command';
export * from './model/event';
export { parseLevel, REQUIRED_LOCALES } from './content/parse-level';
export type { LevelFiles } from './content/parse-level';
export { step } from './rules/step';
export { debriefFor, debriefHolds, debriefQuestions } from './rules/debrief';
export type { DebriefContent } from './rules/debrief';
export { availableCommands } from './rules/available-commands';
export { attentionNeeded, isImportantEmail, IMPORTANT_EMAIL_TAGS } from './rules/attention';
export type { AttentionReason } from './rules/attention';
export { createGameState } from './rules/initial-state';
export type { NewGameOptions } from './rules/initial-state';
export { decisionsOf, loadoutOdds } from './rules/loadout-odds';
export { decisionCondition } from './rules/odds';
export { counterfactuals, counterfactualReviewer, toggledLoadout } from './sim/counterfactual';
export type { Counterfactual, CounterfactualReviewer } from './sim/counterfactual';
export { parseJsonText } from './content/parse-level';
export { findJsonSyntaxError, positionAt } from './content/json-text';
export type { JsonSyntaxError, TextPosition } from './content/json-text';
export { LEVEL_FILE_NAME, levelFileRole, parseLevelFolder } from './content/level-folder';
export type { LevelFileRole, LevelFolder, LevelFolderFile } from './content/level-folder';
export { isLanguage, LANGUAGES, REFERENCE_LANGUAGE } from './model/languages';
export type { Language } from './model/languages';
export { checkStateAgainstLevel } from './model/check-state';
export type { StateProblem, StateProblemKind } from './model/check-state';
export type { ParseLevelOptions } from './content/parse-level';
export { LEVEL_FORMAT_VERSION, MIN_LEVEL_FORMAT_VERSION } from './content/format-version';
export { ALLOWED_STATUSES } from './rules/step';
export { enumerateEndings } from './sim/level-enumerate';
export type { EndingProbability, Enumeration } from './sim/level-enumerate';
export { runLevelMonteCarlo, runSeed } from './sim/level-monte-carlo';
export type {
  MonteCarloResult,
  MonteCarloSpec,
  SampledDecision,
  SampledEnding,
} from './sim/level-monte-carlo';
export { simulateLevel } from './sim/level-simulate';
export type { LevelSimulation, SimulateLevelOptions } from './sim/level-simulate';
export type { ChoicePolicy, ReviewResponse } from './sim/level-policy';
export type { RateRowSpec, SplitBranch, SplitNode } from './model/level';
export type { SampledSplit } from './sim/level-monte-carlo';
export { drawHappens, splitBounds, splitBranchOf, thresholdOf } from './rules/dice';
// For the command-line tools in scripts/, which also enter core only through this file.
export { flagOdds } from './rules/odds';
export { PROJECT_ROWS } from './rates/project-rows';
export { LevelFileSchema } from './content/schema';
export type { LocaleTree } from './content/schema';
export { flattenLocale } from './content/check-locales';
export { levelFrontier, dominantLoadout } from './sim/frontier';
export type { FrontierRow, FrontierOptions } from './sim/frontier';
export { dayCost, reviewRecord, objectiveResult, holdCostOf } from './rules/costs';
export type { CostLine, CostReason, DayCost, ObjectiveResult } from './rules/costs';
export { addReviewRecords, measuredCatchRate, NO_REVIEW } from './rules/review-record';
export type { ReviewRecord } from './rules/review-record';
export { agentItemId, waitingEntries, queueView } from './rules/queue';
export type { QueueItemView } from './rules/queue';

/**
 * What the level parser can find wrong. Every problem names its file and the JSON path inside
 * it, so an author can go straight to the line (DESIGN.md §5; STYLE.md §10.4).
 */
export const LEVEL_ISSUE_CODES = [
  /** A file is not valid JSON; the issue names the line and column of the first error. */
  'ERR_JSON_SYNTAX',
  /** A file the level needs is not there (level.json; a missing locale is `ERR_MISSING_LOCALE`). */
  'ERR_MISSING_FILE',
  /** The JSON does not have the shape of the format (wrong type, missing or unknown field). */
  'ERR_SHAPE',
  /** `formatVersion` is newer or older than this game reads. */
  'ERR_FORMAT_VERSION',
  /** The level's `id` differs from its folder name. */
  'ERR_ID_MISMATCH',
  /** Two things of the same kind share an id. */
  'ERR_DUPLICATE_ID',
  /** A `next`, `to`, `held`, `halted` or `start` names a node that does not exist. */
  'ERR_UNKNOWN_TARGET',
  /** A cast member, email, option, goal framing or model named somewhere does not exist. */
  'ERR_UNKNOWN_REFERENCE',
  /** A defense id that is not one of the playable defense cards. */
  'ERR_UNKNOWN_DEFENSE',
  /** No node path from `start` reaches this node. */
  'ERR_UNREACHABLE_NODE',
  /** From this node no ending can be reached. */
  'ERR_NO_ENDING_REACHABLE',
  /** The node graph loops back on itself; a day only moves forward. */
  'ERR_CYCLE',
  /** Time goes backwards along an edge of the node graph. */
  'ERR_TIME_ORDER',
  /** A branch list whose last branch has a `when`, so nothing may match. */
  'ERR_NO_DEFAULT_BRANCH',
  /** A choice whose options all have a `when`, so the player may have nothing to choose. */
  'ERR_NO_UNCONDITIONAL_OPTION',
  /** A decision arm lacks the target a deployed defense needs (`held` for oversight, `halted` for the monitor). */
  'ERR_MISSING_HOOK_TARGET',
  /** An email defined but never delivered by an inbox node or an agent action. */
  'ERR_UNUSED_EMAIL',
  /** The rates table has no row for a decision's condition. */
  'ERR_UNKNOWN_RATE_CONDITION',
  /** A model offered in the loadout has no published rate for a decision's condition. */
  'ERR_NO_RATE_FOR_MODEL',
  /** A debrief fact cites a rate-row id that is not in the rates table. */
  'ERR_UNKNOWN_RATE_ID',
  /** A split's shares do not sum to 1 (within 1e-9). */
  'ERR_SPLIT_SHARES',
  /** A level that draws on a named rate row offers a defense never measured on it. */
  'ERR_RATE_ROW_DEFENSE',
  /** The loadout cannot be afforded or its defaults are not on offer. */
  'ERR_LOADOUT',
  /** A required locale file is missing. */
  'ERR_MISSING_LOCALE',
  /** A key used by level.json is missing from a locale file. */
  'ERR_MISSING_KEY',
  /** A locale file holds a key that level.json never uses. */
  'ERR_UNUSED_KEY',
  /** A `{{placeholder}}` appears in one locale's text but not in another's. */
  'ERR_PLACEHOLDER_MISMATCH',
] as const;
export type LevelIssueCode = (typeof LEVEL_ISSUE_CODES)[number];

/** One problem in a level's files. */
export interface LevelIssue {
  readonly code: LevelIssueCode;
  /** The file, relative to the project root, e.g. `levels/1-the-upgrade/level.json`. */
  readonly file: string;
  /** The JSON path inside the file, e.g. `emails[3].from`; `''` means the whole file. */
  readonly path: string;
  /** A plain-English explanation for the author (tool output, not game text). */
  readonly message: string;
  /** For a syntax error: the 1-based line of the first error in the file's text. */
  readonly line?: number;
  /** For a syntax error: the 1-based column of the first error on its line. */
  readonly column?: number;
}

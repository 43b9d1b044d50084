import * as v from 'valibot';
import { err, LANGUAGES, ok, type Result } from '../core';

/** Text sizes the player can choose; the UI styles `html[data-text-size]`. */
export const TEXT_SIZES = ['normal', 'large', 'x-large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** `system` follows the operating system's `prefers-reduced-motion`. */
export const REDUCED_MOTION_MODES = ['system', 'on', 'off'] as const;
export type ReducedMotionMode = (typeof REDUCED_MOTION_MODES)[number];

/**
 * A volume as saved: any finite number, clamped into [0, 1] on the way in. Clamping rather than
 * rejecting, because a slider rounding to 1.0000001 is not worth moving a whole save aside.
 */
const VolumeSchema = v.pipe(
  v.number(),
  v.finite(),
  v.transform((value) => Math.min(1, Math.max(0, value))),
);

/** The player's settings (DESIGN.md "Settings"). */
export const SettingsSchema = v.object({
  language: v.picklist(LANGUAGES),
  masterVolume: VolumeSchema,
  musicVolume: VolumeSchema,
  effectsVolume: VolumeSchema,
  muted: v.boolean(),
  captions: v.boolean(),
  textSize: v.picklist(TEXT_SIZES),
  reducedMotion: v.picklist(REDUCED_MOTION_MODES),
  highContrast: v.boolean(),
  /** More time: the day's clock steps at half its pace (saves from before it read as off). */
  moreTime: v.optional(v.boolean(), false),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

/** Campaign progress: level and badge IDs, as the level files spell them. */
const CountSchema = v.pipe(v.number(), v.minValue(0));

/**
 * The player's review record across levels (core's `ReviewRecord`, summed), and the games it
 * already counts (`<level id>:<seed>`), so a debrief shown twice counts once.
 */
export const ReviewRecordSchema = v.object({
  harmfulArrived: CountSchema,
  harmfulStopped: CountSchema,
  legitimateReviewed: CountSchema,
  legitimateHeld: CountSchema,
  unreviewed: CountSchema,
  waitingMinutes: CountSchema,
});

export const ProgressSchema = v.object({
  completedLevels: v.array(v.string()),
  badges: v.array(v.string()),
  unlockedLevels: v.optional(v.array(v.string())),
  review: v.optional(ReviewRecordSchema),
  reviewedGames: v.optional(v.array(v.string())),
});
export type Progress = v.InferOutput<typeof ProgressSchema>;

/**
 * A level left mid-play. `state` is opaque here: the engine's state is validated by core when the
 * level resumes, so this layer only guarantees it is present.
 */
export const InProgressSchema = v.object({
  levelId: v.pipe(v.string(), v.minLength(1)),
  state: v.unknown(),
});
export type InProgress = v.InferOutput<typeof InProgressSchema>;

/** Everything the game persists, inside the versioned envelope of `storage.ts`. */
export const SaveDataSchema = v.object({
  settings: SettingsSchema,
  progress: ProgressSchema,
  inProgress: v.optional(InProgressSchema),
});
export type SaveData = v.InferOutput<typeof SaveDataSchema>;

/**
 * Checks unknown data against {@link SaveDataSchema}.
 * @returns the typed data (volumes clamped), or the list of problems as `path: message` strings.
 */
export function parseSaveData(input: unknown): Result<SaveData, string[]> {
  const result = v.safeParse(SaveDataSchema, input);
  if (result.success) {
    return ok(result.output);
  }
  return err(result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`));
}

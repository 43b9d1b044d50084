import type { Progress } from './save-schema';

/** Where a level stands for the player. */
export type LevelStatus = 'locked' | 'open' | 'completed';

/**
 * The campaign unlocks in order: the first level is open, and each later one opens when the one
 * before it is completed (or when a save lists it as unlocked, e.g. from a workshop code).
 */
export function levelStatus(
  levelIds: readonly string[],
  index: number,
  progress: Progress,
): LevelStatus {
  const id = levelIds[index];
  if (id === undefined) {
    return 'locked';
  }
  if (progress.completedLevels.includes(id)) {
    return 'completed';
  }
  const previous = levelIds[index - 1];
  const open =
    index === 0 ||
    (previous !== undefined && progress.completedLevels.includes(previous)) ||
    (progress.unlockedLevels ?? []).includes(id);
  return open ? 'open' : 'locked';
}

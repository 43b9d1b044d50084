import type { VolumeGroup } from './cues';

/** The player's volume settings as the audio layer needs them; volumes in [0, 1]. */
export interface VolumeLevels {
  readonly master: number;
  readonly music: number;
  readonly effects: number;
  readonly muted: boolean;
}

/** Loud enough to hear, quiet enough not to startle, until the saved settings arrive. */
export const DEFAULT_LEVELS: VolumeLevels = { master: 0.8, music: 0.5, effects: 0.8, muted: false };

function unit(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/**
 * The volume one cue plays at: master × group × the cue's own gain, 0 when muted. Inputs outside
 * [0, 1] or not finite are clamped, so a bad setting can never produce a value Howler rejects.
 */
export function effectiveVolume(levels: VolumeLevels, group: VolumeGroup, gain: number): number {
  if (levels.muted) {
    return 0;
  }
  const groupLevel = group === 'music' ? levels.music : levels.effects;
  return unit(levels.master) * unit(groupLevel) * unit(gain);
}

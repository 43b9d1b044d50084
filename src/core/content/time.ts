/** Times of the level's day: `HH:MM` or `HH:MM:SS` in files, seconds since midnight in core. */
import type { TimeOfDay } from '../model/level';

/**
 * Seconds since midnight of a time the schema has already checked (`HH:MM` or `HH:MM:SS`).
 * A malformed text gives `NaN`, which no comparison accepts.
 */
export function parseTime(text: string): TimeOfDay {
  const [hours = NaN, minutes = NaN, seconds = 0] = text.split(':').map(Number);
  return hours * 3600 + minutes * 60 + seconds;
}

/** `HH:MM:SS` of a time of day, for messages and the command line. */
export function formatTime(time: TimeOfDay): string {
  const pad = (value: number) => String(Math.floor(value)).padStart(2, '0');
  return `${pad(time / 3600)}:${pad((time % 3600) / 60)}:${pad(time % 60)}`;
}

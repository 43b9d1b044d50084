import type { CueName } from './cues';

/** What an event does to the sound: start a cue, or stop one that loops. */
export interface CueAction {
  readonly action: 'play' | 'stop';
  readonly cue: CueName;
}

/**
 * Game event kinds (the session's past-tense `kind` strings) and the cues they trigger. Data,
 * not code: a new event gets its sound by adding a line here. Both spellings of "defence" are
 * listed because the level files and the style guide have used each.
 */
export const EVENT_CUES: Readonly<Record<string, readonly CueAction[]>> = {
  'level-started': [{ action: 'play', cue: 'ambience' }],
  'email-delivered': [{ action: 'play', cue: 'mail' }],
  'defense-deployed': [{ action: 'play', cue: 'card' }],
  'defence-deployed': [{ action: 'play', cue: 'card' }],
  'defense-withdrawn': [{ action: 'play', cue: 'card' }],
  'choice-made': [{ action: 'play', cue: 'card' }],
  'outcome-rolled': [{ action: 'play', cue: 'dice' }],
  'alert-raised': [{ action: 'play', cue: 'siren' }],
  'alert-cancelled': [{ action: 'stop', cue: 'siren' }],
  'alert-resolved': [{ action: 'stop', cue: 'siren' }],
  'level-ended': [{ action: 'stop', cue: 'siren' }],
};

/**
 * The cue actions for an event kind; empty for events that make no sound.
 * @param table - defaults to {@link EVENT_CUES}; tests and mods may pass their own.
 */
export function cueActionsForEvent(
  kind: string,
  table: Readonly<Record<string, readonly CueAction[]>> = EVENT_CUES,
): readonly CueAction[] {
  return Object.hasOwn(table, kind) ? (table[kind] ?? []) : [];
}

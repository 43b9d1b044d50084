import type { CueName } from './cues';

/** What an event does to the sound: start a cue, or stop one that loops. */
export interface CueAction {
  readonly action: 'play' | 'stop';
  readonly cue: CueName;
}

/**
 * Game event kinds (core's `SimEvent['kind']`, in `src/core/model/event.ts`) and the cues they
 * trigger. Data, not code: a new event gets its sound by adding a line here; kinds not listed
 * are silent. `alert-raised` / `alert-cancelled` are for the server-room alert, which the session
 * forwards when a level raises it.
 */
export const EVENT_CUES: Readonly<Record<string, readonly CueAction[]>> = {
  'day-started': [{ action: 'play', cue: 'ambience' }],
  'email-delivered': [{ action: 'play', cue: 'mail' }],
  'agent-acted': [{ action: 'play', cue: 'mail' }],
  'defense-deployed': [{ action: 'play', cue: 'card' }],
  'defense-withdrawn': [{ action: 'play', cue: 'card' }],
  'action-queued': [{ action: 'play', cue: 'card' }],
  'action-approved': [{ action: 'play', cue: 'card' }],
  'action-held': [{ action: 'play', cue: 'card' }],
  'choice-made': [{ action: 'play', cue: 'click' }],
  'outcome-rolled': [{ action: 'play', cue: 'dice' }],
  'alert-raised': [{ action: 'play', cue: 'siren' }],
  'alert-cancelled': [{ action: 'stop', cue: 'siren' }],
  'ending-reached': [{ action: 'stop', cue: 'siren' }],
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

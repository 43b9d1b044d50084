import type { SimEventKind } from '../core';
import type { CueName } from './cues';

/** What an event does to the sound: start a cue, or stop one that loops. */
export interface CueAction {
  readonly action: 'play' | 'stop';
  readonly cue: CueName;
}

/**
 * Sound-only events the session forwards besides core's own: the server-room alert, raised when
 * a level's email tagged `alert` arrives (see `session/audio-bridge.ts`).
 */
export const ALERT_KINDS = ['alert-raised', 'alert-cancelled'] as const;

/** Every event kind that reaches the audio layer: core's `SimEvent['kind']` and the alert's. */
export type SoundEventKind = SimEventKind | (typeof ALERT_KINDS)[number];

/**
 * One entry per event kind: the cue it plays or stops, or `null` for a silent event. The table
 * is exhaustive, so a new kind in core's `SimEvent` does not compile until it is given a cue or
 * an explicit `null` here.
 */
export type EventCueTable = Readonly<Record<SoundEventKind, CueAction | null>>;

const play = (cue: CueName): CueAction => ({ action: 'play', cue });
const stop = (cue: CueName): CueAction => ({ action: 'stop', cue });

/** The game's sounds, by event kind. Data, not code: a new sound is one line here. */
export const EVENT_CUES: EventCueTable = {
  'loadout-opened': null,
  'model-selected': null,
  'goal-framing-selected': null,
  'defense-deployed': play('card'),
  'defense-withdrawn': play('card'),
  'loadout-set': null,
  'odds-updated': null,
  'day-started': play('ambience'),
  'clock-advanced': null,
  'email-delivered': play('mail'),
  'email-opened': null,
  'choice-offered': null,
  'choice-made': play('click'),
  'decision-reached': null,
  'outcome-rolled': play('dice'),
  'split-rolled': null,
  'monitor-flagged': null,
  'monitor-cleared': null,
  'flag-acted-on': null,
  // The agent's own item sounds like any other queued item (item-*), so no cue tells it apart.
  'action-queued': null,
  'action-approved': null,
  'action-held': null,
  'item-queued': play('card'),
  'item-reviewed': play('card'),
  'item-expired': play('card'),
  'agent-acted': play('mail'),
  'ending-reached': stop('siren'),
  'alert-raised': play('siren'),
  'alert-cancelled': stop('siren'),
};

/**
 * The cue actions for an event kind; empty for silent events and for names not in the table.
 * @param table - defaults to {@link EVENT_CUES}; tests may pass their own.
 */
export function cueActionsForEvent(
  kind: string,
  table: Readonly<Partial<Record<string, CueAction | null>>> = EVENT_CUES,
): readonly CueAction[] {
  const action = Object.hasOwn(table, kind) ? table[kind] : undefined;
  return action === undefined || action === null ? [] : [action];
}

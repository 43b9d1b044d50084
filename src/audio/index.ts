/**
 * The game's audio: one shared {@link AudioEngine} over Howler. Scenes call these functions and
 * never create Howl objects; the session forwards its event kinds to {@link handleAudioEvent}.
 */
import { AudioEngine, type AudioEvents, type Subscription } from './audio-engine';
import type { CueName } from './cues';
import type { CueAction, SoundEventKind } from './event-cues';
import { loadHowlerBackend } from './howler-backend';
import type { VolumeLevels } from './mixer';

export { AudioEngine } from './audio-engine';
export type { AudioEngineOptions, AudioEvents, AudioStatus, Subscription } from './audio-engine';
export { CAPTION_KEYS, CUE_NAMES, CUES, isCueName } from './cues';
export type { CaptionKey, CueDefinition, CueName, VolumeGroup } from './cues';
export { ALERT_KINDS, EVENT_CUES, cueActionsForEvent } from './event-cues';
export type { CueAction, EventCueTable, SoundEventKind } from './event-cues';
export { DEFAULT_LEVELS, effectiveVolume } from './mixer';
export type { VolumeLevels } from './mixer';

const engine = new AudioEngine({ loadBackend: loadHowlerBackend });

/** Loads Howler and decodes every sound. Call after the title is shown; never rejects. */
export function initAudio(): Promise<void> {
  return engine.init();
}

/** Plays a cue (see {@link AudioEngine.play}). */
export function playCue(cue: CueName): void {
  engine.play(cue);
}

/** Stops a cue (see {@link AudioEngine.stop}). */
export function stopCue(cue: CueName): void {
  engine.stop(cue);
}

/** Stops every cue. */
export function stopAllCues(): void {
  engine.stopAll();
}

/** Plays or stops the cues mapped to a game event kind. */
export function handleAudioEvent(kind: SoundEventKind): readonly CueAction[] {
  return engine.handleEvent(kind);
}

/** Applies master, music and effects volume and mute, live. */
export function setAudioLevels(levels: VolumeLevels): void {
  engine.setLevels(levels);
}

/** The volume levels of the saved settings (`session/save-schema.ts`). */
export function levelsFromSettings(settings: {
  readonly masterVolume: number;
  readonly musicVolume: number;
  readonly effectsVolume: number;
  readonly muted: boolean;
}): VolumeLevels {
  return {
    master: settings.masterVolume,
    music: settings.musicVolume,
    effects: settings.effectsVolume,
    muted: settings.muted,
  };
}

/** Listens to caption events from the shared engine. */
export function onAudioEvent<K extends keyof AudioEvents>(
  kind: K,
  listener: (event: AudioEvents[K]) => void,
): Subscription {
  return engine.on(kind, listener);
}

/** The shared engine, for diagnostics and the browser suite. */
export function audioEngine(): AudioEngine {
  return engine;
}

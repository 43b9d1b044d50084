import {
  handleAudioEvent,
  onAudioEvent,
  setAudioLevels,
  levelsFromSettings,
  stopAllCues,
  type CaptionKey,
  type CueName,
  type SoundEventKind,
} from '../audio';
import type { Level, SimEvent } from '../core';
import type { AppStore } from './app-store';

/** The sounds a session's events make; an email tagged `alert` raises the siren. */
export function soundEvents(level: Level, events: readonly SimEvent[]): SoundEventKind[] {
  return events.flatMap((event) => {
    const kinds: SoundEventKind[] = [event.kind];
    if (
      event.kind === 'email-delivered' &&
      level.emails[event.email]?.tags.includes('alert') === true
    ) {
      kinds.push('alert-raised');
    }
    return kinds;
  });
}

/** Plays the cues for a batch of session events. */
export function playEvents(level: Level, events: readonly SimEvent[]): void {
  for (const kind of soundEvents(level, events)) {
    handleAudioEvent(kind);
  }
}

/** Stops every sound, e.g. when a level is left. */
export function silence(): void {
  stopAllCues();
}

/** Where captions go: the page's captions line (`ui/captions.ts`), handed in by main.ts. */
export interface CaptionSink {
  show(caption: { readonly cue: CueName; readonly key: CaptionKey; readonly loop: boolean }): void;
  clear(cue: CueName): void;
}

/**
 * Connects the audio engine to the settings (volumes, mute) and forwards captions for sounds that
 * carry meaning to `captions` while the captions setting is on. Called once at start-up.
 */
export function connectAudio(store: AppStore, captions: CaptionSink): void {
  setAudioLevels(levelsFromSettings(store.settings));
  store.onChange((data) => setAudioLevels(levelsFromSettings(data.settings)));
  onAudioEvent('caption-shown', (event) => {
    if (store.settings.captions) {
      captions.show(event);
    }
  });
  onAudioEvent('caption-cleared', (event) => captions.clear(event.cue));
}

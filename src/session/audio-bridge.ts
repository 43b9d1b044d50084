import {
  handleAudioEvent,
  onAudioEvent,
  setAudioLevels,
  levelsFromSettings,
  stopAllCues,
} from '../audio';
import type { Level, SimEvent } from '../core';
import type { AppStore } from './app-store';
import { el } from '../ui/dom';

const CAPTION_MS = 2600;

/** The sounds a session's events make; an email tagged `alert` raises the siren. */
export function soundEvents(level: Level, events: readonly SimEvent[]): string[] {
  return events.flatMap((event) => {
    const kinds: string[] = [event.kind];
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

/**
 * Connects the audio engine to the settings (volumes, mute) and shows captions for sounds that
 * carry meaning while the captions setting is on. Called once at start-up.
 */
export function connectAudio(store: AppStore): void {
  setAudioLevels(levelsFromSettings(store.settings));
  store.onChange((data) => setAudioLevels(levelsFromSettings(data.settings)));
  const region = document.getElementById('captions');
  const shown = new Map<string, HTMLElement>();
  onAudioEvent('caption-shown', (event) => {
    if (region === null || !store.settings.captions) {
      return;
    }
    shown.get(event.cue)?.remove();
    const caption = el('p', {
      className: 'caption',
      text: { key: event.key },
      attrs: { 'data-caption': event.cue },
    });
    region.append(caption);
    shown.set(event.cue, caption);
    if (!event.loop) {
      window.setTimeout(() => caption.remove(), CAPTION_MS);
    }
  });
  onAudioEvent('caption-cleared', (event) => {
    shown.get(event.cue)?.remove();
    shown.delete(event.cue);
  });
}

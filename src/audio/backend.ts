/**
 * The seam between the audio engine and Howler. The engine holds all the logic (what plays, at
 * which volume, captions, failure handling); a backend only turns it into sound. Tests pass a
 * fake one; the game uses `howler-backend.ts`.
 */

/** What the engine asks a backend to create for one cue. */
export interface SoundOptions {
  readonly src: string;
  readonly loop: boolean;
  readonly volume: number;
  /** The file could not be fetched or decoded, or the platform cannot play it. */
  readonly onLoadError: (detail: string) => void;
  /** The browser refused to start playback (autoplay policy). */
  readonly onPlayError: (detail: string) => void;
}

/** One loaded sound. Methods must not throw; the engine guards them anyway. */
export interface SoundHandle {
  play(): void;
  stop(): void;
  setVolume(volume: number): void;
  unload(): void;
}

/** A sound system. */
export interface SoundBackend {
  /** False when the platform has no audio output at all: the engine then stays silent. */
  readonly available: boolean;
  /** False until the browser allows playback (a user gesture has been seen). */
  isUnlocked(): boolean;
  /** Calls `listener` once, when playback becomes allowed; at once if it already is. */
  onUnlock(listener: () => void): void;
  create(options: SoundOptions): SoundHandle;
  /** Releases everything, including gesture listeners. */
  dispose(): void;
}

/** Loads a backend lazily, so the audio library is not part of the first download. */
export type BackendLoader = () => Promise<SoundBackend>;

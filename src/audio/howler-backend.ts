import type * as Howler from 'howler';
import type { SoundBackend, SoundHandle, SoundOptions } from './backend';
import { warmAudioOutput } from './warm-output';

type HowlerModule = typeof Howler;

/** The gestures after which browsers allow audio to start. */
const UNLOCK_EVENTS = ['pointerdown', 'keydown', 'touchend'] as const;

/**
 * A {@link SoundBackend} over Howler.
 *
 * Howler reports a missing AudioContext or codec and a failed fetch or decode through
 * `onloaderror`, and a blocked autoplay through `onplayerror`; both are forwarded to the engine
 * and never logged as errors. Howler itself waits for a gesture to resume a suspended
 * AudioContext; this class also watches for that first gesture so the engine knows when
 * one-shot cues can be heard again.
 */
export class HowlerBackend implements SoundBackend {
  private _gestureSeen = false;
  private _unlockListeners: (() => void)[] = [];
  private readonly _onGesture = (): void => this._handleGesture();

  constructor(
    private readonly _howler: HowlerModule,
    private readonly _target: EventTarget | undefined = typeof document === 'undefined'
      ? undefined
      : document,
  ) {
    for (const event of UNLOCK_EVENTS) {
      this._target?.addEventListener(event, this._onGesture, { capture: true });
    }
  }

  get available(): boolean {
    // Every cue is a WAV, so a browser that cannot play WAV has, for this game, no audio.
    return !this._howler.Howler.noAudio && this._howler.Howler.codecs('wav');
  }

  isUnlocked(): boolean {
    // After the first gesture Howler may still auto-suspend an idle context; it resumes that by
    // itself on play, so only "never unlocked" counts as locked.
    return this._gestureSeen || this._howler.Howler.ctx?.state === 'running';
  }

  onUnlock(listener: () => void): void {
    if (this.isUnlocked()) {
      listener();
    } else {
      this._unlockListeners.push(listener);
    }
  }

  create(options: SoundOptions): SoundHandle {
    const howl = new this._howler.Howl({
      src: [options.src],
      // Vite's hashed URLs keep the extension, but saying it spares Howler a guess and a warning.
      format: ['wav'],
      loop: options.loop,
      volume: options.volume,
      preload: true,
      onloaderror: (_id, error) => options.onLoadError(String(error)),
      onplayerror: (_id, error) => options.onPlayError(String(error)),
    });
    return {
      play: () => {
        howl.play();
      },
      stop: () => {
        howl.stop();
      },
      setVolume: (volume) => {
        howl.volume(volume);
      },
      unload: () => {
        howl.unload();
      },
    };
  }

  dispose(): void {
    this._removeGestureListeners();
    this._unlockListeners = [];
  }

  private _handleGesture(): void {
    this._gestureSeen = true;
    this._removeGestureListeners();
    const context = this._howler.Howler.ctx as AudioContext | null | undefined;
    if (context?.state === 'suspended') {
      // A rejected resume only means the browser still says no: stay silent, say nothing.
      context.resume().catch(() => undefined);
    }
    const listeners = this._unlockListeners;
    this._unlockListeners = [];
    for (const listener of listeners) {
      listener();
    }
  }

  private _removeGestureListeners(): void {
    for (const event of UNLOCK_EVENTS) {
      this._target?.removeEventListener(event, this._onGesture, { capture: true });
    }
  }
}

/**
 * Imports Howler on first use, so it is not in the bundle the title screen waits for. The audio
 * output is opened through a media element meanwhile, so Howler's AudioContext does not open it on
 * the main thread (see `warm-output.ts`).
 */
export async function loadHowlerBackend(): Promise<SoundBackend> {
  const [howler] = await Promise.all([import('howler'), warmAudioOutput()]);
  return new HowlerBackend(howler);
}

import type { BackendLoader, SoundBackend, SoundHandle } from './backend';
import { type CaptionKey, type CueDefinition, type CueName, CUES } from './cues';
import { type CueAction, cueActionsForEvent, EVENT_CUES } from './event-cues';
import { DEFAULT_LEVELS, effectiveVolume, type VolumeLevels } from './mixer';

/** What the audio layer tells the UI. It names caption keys; the UI renders the text. */
export interface AudioEvents {
  /** A cue that carries meaning started; `loop` captions stay until `caption-cleared`. */
  'caption-shown': { readonly cue: CueName; readonly key: CaptionKey; readonly loop: boolean };
  /** A looping captioned cue stopped. */
  'caption-cleared': { readonly cue: CueName; readonly key: CaptionKey };
}

/** Returned by {@link AudioEngine.on}; close it when the listening view shuts down. */
export interface Subscription {
  close(): void;
}

/**
 * Where the engine is:
 * - `idle`: nothing loaded yet (the title screen pays nothing for audio);
 * - `loading`: the audio library is being fetched;
 * - `ready`: sounds can play;
 * - `silent`: no audio on this platform, or the library failed to load. Captions still work.
 */
export type AudioStatus = 'idle' | 'loading' | 'ready' | 'silent';

/** What the engine is built from; everything has a browser default except the loader. */
export interface AudioEngineOptions {
  readonly loadBackend: BackendLoader;
  readonly cues?: Readonly<Record<CueName, CueDefinition>>;
  readonly eventCues?: Readonly<Partial<Record<string, CueAction | null>>>;
}

type Listener<K extends keyof AudioEvents> = (event: AudioEvents[K]) => void;

/**
 * Owns every sound: creates them lazily, applies volume and mute live, maps game events to cues
 * and announces captions. Nothing here throws or logs an error: without audio the game is
 * silent, never broken.
 */
export class AudioEngine {
  private _status: AudioStatus = 'idle';
  private _backend: SoundBackend | undefined;
  private _initPromise: Promise<void> | undefined;
  private _levels: VolumeLevels = DEFAULT_LEVELS;
  private readonly _handles = new Map<CueName, SoundHandle>();
  private readonly _failed = new Set<CueName>();
  /** Looping cues that should be sounding; survives a blocked start until the unlock. */
  private readonly _activeLoops = new Set<CueName>();
  /** Loops asked for before the backend was ready. One-shots are not kept: late is wrong. */
  private readonly _pendingLoops = new Set<CueName>();
  private readonly _listeners: { [K in keyof AudioEvents]: Set<Listener<K>> } = {
    'caption-shown': new Set(),
    'caption-cleared': new Set(),
  };
  private readonly _cues: Readonly<Record<CueName, CueDefinition>>;
  private readonly _eventCues: Readonly<Partial<Record<string, CueAction | null>>>;
  private readonly _loadBackend: BackendLoader;

  constructor(options: AudioEngineOptions) {
    this._loadBackend = options.loadBackend;
    this._cues = options.cues ?? CUES;
    this._eventCues = options.eventCues ?? EVENT_CUES;
  }

  /** See {@link AudioStatus}. */
  get status(): AudioStatus {
    return this._status;
  }

  /** The current volume settings. */
  get levels(): VolumeLevels {
    return this._levels;
  }

  /** Cues whose file failed to load or decode; they stay silent for the rest of the visit. */
  get failedCues(): ReadonlySet<CueName> {
    return this._failed;
  }

  /**
   * Loads the audio library and creates every sound so they are decoded before they are needed.
   * Safe to call repeatedly; resolves (never rejects) once the engine is `ready` or `silent`.
   */
  init(): Promise<void> {
    this._initPromise ??= this._start(true);
    return this._initPromise;
  }

  /**
   * Plays a cue and announces its caption. A looping cue that already plays is left alone.
   * Captions are announced even when muted or silent: they are for players who cannot hear.
   * Before {@link init}, the first call loads the library; a one-shot asked for in the meantime is
   * dropped (a dice sound after the dice have landed is wrong), a loop starts when ready.
   */
  play(cue: CueName): void {
    const definition = this._cues[cue];
    if (definition.loop) {
      if (this._activeLoops.has(cue)) {
        // Already sounding (or waiting for the unlock): a second copy would stack on the first.
        return;
      }
      this._activeLoops.add(cue);
    }
    if (definition.caption !== undefined) {
      this._emit('caption-shown', { cue, key: definition.caption, loop: definition.loop });
    }
    switch (this._status) {
      case 'idle':
      case 'loading':
        if (definition.loop) {
          this._pendingLoops.add(cue);
        }
        this._initPromise ??= this._start(false);
        return;
      case 'silent':
        return;
      case 'ready':
        this._playNow(cue, definition);
    }
  }

  /** Stops a cue (all its instances) and clears its caption if it loops. */
  stop(cue: CueName): void {
    const definition = this._cues[cue];
    this._pendingLoops.delete(cue);
    const wasActive = this._activeLoops.delete(cue);
    this._guard(() => this._handles.get(cue)?.stop());
    if (wasActive && definition.caption !== undefined) {
      this._emit('caption-cleared', { cue, key: definition.caption });
    }
  }

  /** Stops every cue, e.g. when leaving a level. */
  stopAll(): void {
    for (const cue of Object.keys(this._cues) as CueName[]) {
      this.stop(cue);
    }
  }

  /**
   * Plays or stops the cues mapped to a game event kind (see `event-cues.ts`).
   * @returns the actions taken; empty when the event makes no sound.
   */
  handleEvent(kind: string): readonly CueAction[] {
    const actions = cueActionsForEvent(kind, this._eventCues);
    for (const { action, cue } of actions) {
      if (action === 'play') {
        this.play(cue);
      } else {
        this.stop(cue);
      }
    }
    return actions;
  }

  /** Applies new volume settings to every sound at once, including those already playing. */
  setLevels(levels: VolumeLevels): void {
    this._levels = levels;
    for (const [cue, handle] of this._handles) {
      const definition = this._cues[cue];
      this._guard(() =>
        handle.setVolume(effectiveVolume(levels, definition.group, definition.gain)),
      );
    }
  }

  /** Listens to captions. */
  on<K extends keyof AudioEvents>(kind: K, listener: Listener<K>): Subscription {
    const listeners = this._listeners[kind] as Set<Listener<K>>;
    listeners.add(listener);
    return { close: () => listeners.delete(listener) };
  }

  /** Stops and unloads everything and forgets listeners; the engine returns to `idle`. */
  dispose(): void {
    this.stopAll();
    for (const handle of this._handles.values()) {
      this._guard(() => handle.unload());
    }
    this._handles.clear();
    this._guard(() => this._backend?.dispose());
    this._backend = undefined;
    this._initPromise = undefined;
    this._status = 'idle';
    this._failed.clear();
    for (const listeners of Object.values(this._listeners)) {
      listeners.clear();
    }
  }

  private async _start(preloadAll: boolean): Promise<void> {
    this._status = 'loading';
    let backend: SoundBackend;
    try {
      backend = await this._loadBackend();
    } catch (_error) {
      // A failed chunk download (offline, blocked) leaves the game silent, not broken.
      this._status = 'silent';
      return;
    }
    if (this._status !== 'loading') {
      // Disposed while the library was loading.
      this._guard(() => backend.dispose());
      return;
    }
    this._backend = backend;
    if (!this._safely(() => backend.available, false)) {
      this._status = 'silent';
      return;
    }
    this._status = 'ready';
    if (preloadAll) {
      for (const cue of Object.keys(this._cues) as CueName[]) {
        this._handleFor(cue);
      }
    }
    for (const cue of this._pendingLoops) {
      this._playNow(cue, this._cues[cue]);
    }
    this._pendingLoops.clear();
  }

  private _playNow(cue: CueName, definition: CueDefinition): void {
    const backend = this._backend;
    if (backend === undefined || this._failed.has(cue)) {
      return;
    }
    const unlocked = this._safely(() => backend.isUnlocked(), false);
    if (!definition.loop && !unlocked) {
      // Blocked by the autoplay policy: Howler would queue it and play it after the first click.
      return;
    }
    const handle = this._handleFor(cue);
    this._guard(() => handle?.play());
  }

  private _handleFor(cue: CueName): SoundHandle | undefined {
    const existing = this._handles.get(cue);
    if (existing !== undefined || this._backend === undefined) {
      return existing;
    }
    const definition = this._cues[cue];
    const backend = this._backend;
    const handle = this._safely(
      () =>
        backend.create({
          src: definition.url,
          loop: definition.loop,
          volume: effectiveVolume(this._levels, definition.group, definition.gain),
          onLoadError: () => this._markFailed(cue),
          onPlayError: () => this._playRefused(cue),
        }),
      undefined,
    );
    if (handle === undefined) {
      this._failed.add(cue);
      return undefined;
    }
    this._handles.set(cue, handle);
    return handle;
  }

  private _markFailed(cue: CueName): void {
    this._failed.add(cue);
  }

  /**
   * A play the browser refused. Before the first gesture it is the autoplay policy: a loop
   * starts on that gesture. After a gesture the browser refuses this sound for good (no audio
   * output, a policy that never relents): the cue stays silent for the visit, its caption still
   * shown. Trying again would only pile up refused players: with HTML5 audio, each try makes a
   * new media element, and Chromium stops a page that makes too many.
   */
  private _playRefused(cue: CueName): void {
    const backend = this._backend;
    if (backend !== undefined && this._safely(() => backend.isUnlocked(), false)) {
      this._markFailed(cue);
      return;
    }
    this._retryAfterUnlock(cue);
  }

  /** A loop refused by the autoplay policy starts on the first gesture if still wanted. */
  private _retryAfterUnlock(cue: CueName): void {
    const backend = this._backend;
    if (backend === undefined || !this._cues[cue].loop) {
      return;
    }
    this._guard(() =>
      backend.onUnlock(() => {
        if (this._activeLoops.has(cue) && !this._failed.has(cue)) {
          this._guard(() => this._handles.get(cue)?.play());
        }
      }),
    );
  }

  private _emit<K extends keyof AudioEvents>(kind: K, event: AudioEvents[K]): void {
    for (const listener of this._listeners[kind] as Set<Listener<K>>) {
      listener(event);
    }
  }

  /** Runs a backend call; a throwing sound library must not take the game down with it. */
  private _guard(action: () => unknown): void {
    try {
      action();
    } catch (_error) {
      // Deliberately silent: the only consequence of a failed sound call is no sound.
    }
  }

  private _safely<T>(action: () => T, fallback: T): T {
    try {
      return action();
    } catch (_error) {
      return fallback;
    }
  }
}

import { describe, expect, it, vi } from 'vitest';
import { AudioEngine, type AudioEvents } from './audio-engine';
import type { SoundBackend, SoundHandle, SoundOptions } from './backend';
import { CUE_NAMES, CUES } from './cues';

/** A sound that records what was done to it. */
class FakeSound implements SoundHandle {
  plays = 0;
  stops = 0;
  volume: number;
  unloaded = false;
  constructor(readonly options: SoundOptions) {
    this.volume = options.volume;
  }
  play(): void {
    this.plays++;
  }
  stop(): void {
    this.stops++;
  }
  setVolume(volume: number): void {
    this.volume = volume;
  }
  unload(): void {
    this.unloaded = true;
  }
}

/** A backend with switches for every way a real browser can refuse to make sound. */
class FakeBackend implements SoundBackend {
  readonly sounds = new Map<string, FakeSound>();
  unlocked = true;
  disposed = false;
  private _unlockListeners: (() => void)[] = [];
  constructor(readonly available = true) {}
  isUnlocked(): boolean {
    return this.unlocked;
  }
  onUnlock(listener: () => void): void {
    if (this.unlocked) {
      listener();
    } else {
      this._unlockListeners.push(listener);
    }
  }
  create(options: SoundOptions): SoundHandle {
    const sound = new FakeSound(options);
    this.sounds.set(options.src, sound);
    return sound;
  }
  dispose(): void {
    this.disposed = true;
  }
  /** Simulates the first click or key press. */
  unlock(): void {
    this.unlocked = true;
    const listeners = this._unlockListeners;
    this._unlockListeners = [];
    listeners.forEach((listener) => listener());
  }
  sound(cue: keyof typeof CUES): FakeSound | undefined {
    return this.sounds.get(CUES[cue].url);
  }
}

function setup(backend = new FakeBackend()): {
  engine: AudioEngine;
  backend: FakeBackend;
  loadBackend: ReturnType<typeof vi.fn<() => Promise<SoundBackend>>>;
} {
  const loadBackend = vi.fn(() => Promise.resolve<SoundBackend>(backend));
  return { engine: new AudioEngine({ loadBackend }), backend, loadBackend };
}

function recordCaptions(engine: AudioEngine): {
  shown: AudioEvents['caption-shown'][];
  cleared: AudioEvents['caption-cleared'][];
} {
  const shown: AudioEvents['caption-shown'][] = [];
  const cleared: AudioEvents['caption-cleared'][] = [];
  engine.on('caption-shown', (event) => shown.push(event));
  engine.on('caption-cleared', (event) => cleared.push(event));
  return { shown, cleared };
}

describe('AudioEngine', () => {
  describe('loading', () => {
    it('loads nothing until it is asked to', () => {
      const { engine, loadBackend } = setup();
      engine.setLevels({ master: 1, music: 1, effects: 1, muted: false });
      expect(loadBackend).not.toHaveBeenCalled();
      expect(engine.status).toBe('idle');
    });

    it('creates every sound on init, once, however often init is called', async () => {
      const { engine, backend, loadBackend } = setup();
      await Promise.all([engine.init(), engine.init()]);
      await engine.init();
      expect(loadBackend).toHaveBeenCalledTimes(1);
      expect(engine.status).toBe('ready');
      expect(backend.sounds.size).toBe(CUE_NAMES.length);
    });

    it('loads on the first play and creates only the sound it needs', async () => {
      const { engine, backend } = setup();
      engine.play('ambience');
      await engine.init();
      expect([...backend.sounds.keys()]).toEqual([CUES.ambience.url]);
      expect(backend.sound('ambience')?.plays).toBe(1);
    });

    it('drops a one-shot asked for while loading: a late dice sound would be wrong', async () => {
      const { engine, backend } = setup();
      engine.play('dice');
      await engine.init();
      expect(backend.sound('dice')?.plays ?? 0).toBe(0);
    });

    it('does not start a loop that was stopped while loading', async () => {
      const { engine, backend } = setup();
      engine.play('siren');
      engine.stop('siren');
      await engine.init();
      expect(backend.sound('siren')?.plays ?? 0).toBe(0);
    });
  });

  describe('playing', () => {
    it('plays one-shots every time they are asked for', async () => {
      const { engine, backend } = setup();
      await engine.init();
      engine.play('card');
      engine.play('card');
      expect(backend.sound('card')?.plays).toBe(2);
    });

    it('does not stack a loop that already plays', async () => {
      const { engine, backend } = setup();
      await engine.init();
      engine.play('siren');
      engine.play('siren');
      expect(backend.sound('siren')?.plays).toBe(1);
      engine.stop('siren');
      engine.play('siren');
      expect(backend.sound('siren')?.plays).toBe(2);
    });

    it('stops every cue with stopAll', async () => {
      const { engine, backend } = setup();
      await engine.init();
      engine.play('ambience');
      engine.play('siren');
      engine.stopAll();
      expect(backend.sound('ambience')?.stops).toBe(1);
      expect(backend.sound('siren')?.stops).toBe(1);
    });

    it('turns game events into cue actions', async () => {
      const { engine, backend } = setup();
      await engine.init();
      expect(engine.handleEvent('alert-raised')).toEqual([{ action: 'play', cue: 'siren' }]);
      expect(backend.sound('siren')?.plays).toBe(1);
      engine.handleEvent('alert-cancelled');
      expect(backend.sound('siren')?.stops).toBe(1);
      expect(engine.handleEvent('nothing-audible')).toEqual([]);
    });
  });

  describe('volume and mute', () => {
    it('creates sounds at master × group × gain', async () => {
      const { engine, backend } = setup();
      engine.setLevels({ master: 0.5, music: 0.4, effects: 1, muted: false });
      await engine.init();
      expect(backend.sound('ambience')?.volume).toBeCloseTo(0.5 * 0.4 * CUES.ambience.gain);
      expect(backend.sound('dice')?.volume).toBeCloseTo(0.5 * 1 * CUES.dice.gain);
    });

    it('applies new levels live to sounds that already exist', async () => {
      const { engine, backend } = setup();
      await engine.init();
      engine.play('ambience');
      engine.setLevels({ master: 1, music: 0.25, effects: 0.5, muted: false });
      expect(backend.sound('ambience')?.volume).toBeCloseTo(0.25 * CUES.ambience.gain);
      expect(backend.sound('mail')?.volume).toBeCloseTo(0.5 * CUES.mail.gain);
    });

    it('mutes everything at once and restores the levels on unmute', async () => {
      const { engine, backend } = setup();
      await engine.init();
      const levels = { master: 1, music: 1, effects: 1, muted: false };
      engine.setLevels({ ...levels, muted: true });
      for (const sound of backend.sounds.values()) {
        expect(sound.volume).toBe(0);
      }
      engine.setLevels(levels);
      expect(backend.sound('siren')?.volume).toBeCloseTo(CUES.siren.gain);
    });
  });

  describe('captions', () => {
    it('announces the caption key of a meaningful cue, never text', async () => {
      const { engine } = setup();
      const { shown } = recordCaptions(engine);
      await engine.init();
      engine.play('dice');
      engine.play('click');
      expect(shown).toEqual([{ cue: 'dice', key: 'caption.dice', loop: false }]);
    });

    it('clears a looping caption when the loop stops, once', async () => {
      const { engine } = setup();
      const { shown, cleared } = recordCaptions(engine);
      await engine.init();
      engine.play('siren');
      engine.stop('siren');
      engine.stop('siren');
      expect(shown).toEqual([{ cue: 'siren', key: 'caption.siren', loop: true }]);
      expect(cleared).toEqual([{ cue: 'siren', key: 'caption.siren' }]);
    });

    it('still captions when muted or when there is no audio at all', async () => {
      const { engine } = setup(new FakeBackend(false));
      const { shown } = recordCaptions(engine);
      engine.setLevels({ master: 1, music: 1, effects: 1, muted: true });
      await engine.init();
      engine.play('mail');
      expect(shown.map((event) => event.key)).toEqual(['caption.mail']);
    });

    it('stops telling a listener once its subscription is closed', async () => {
      const { engine } = setup();
      const listener = vi.fn();
      const subscription = engine.on('caption-shown', listener);
      await engine.init();
      engine.play('mail');
      subscription.close();
      engine.play('mail');
      expect(listener).toHaveBeenCalledTimes(1);
    });
  });

  describe('when the browser refuses', () => {
    it('stays silent when the platform has no audio', async () => {
      const { engine, backend } = setup(new FakeBackend(false));
      await engine.init();
      engine.play('siren');
      expect(engine.status).toBe('silent');
      expect(backend.sounds.size).toBe(0);
    });

    it('stays silent when the audio library cannot be downloaded', async () => {
      const engine = new AudioEngine({
        loadBackend: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
      });
      await expect(engine.init()).resolves.toBeUndefined();
      expect(engine.status).toBe('silent');
      expect(() => engine.play('dice')).not.toThrow();
    });

    it('skips one-shots while autoplay is blocked instead of queueing them', async () => {
      const backend = new FakeBackend();
      backend.unlocked = false;
      const { engine } = setup(backend);
      await engine.init();
      engine.play('dice');
      backend.unlock();
      expect(backend.sound('dice')?.plays).toBe(0);
      engine.play('dice');
      expect(backend.sound('dice')?.plays).toBe(1);
    });

    it('starts a blocked loop on the first gesture, if it is still wanted', async () => {
      const backend = new FakeBackend();
      backend.unlocked = false;
      const { engine } = setup(backend);
      await engine.init();
      engine.play('ambience');
      engine.play('siren');
      backend.sound('ambience')?.options.onPlayError('blocked');
      backend.sound('siren')?.options.onPlayError('blocked');
      engine.stop('siren');
      backend.unlock();
      expect(backend.sound('ambience')?.plays).toBe(2);
      expect(backend.sound('siren')?.plays).toBe(1);
    });

    it('stops playing a cue the browser refuses even after a gesture, and keeps the others', async () => {
      const { engine, backend } = setup();
      await engine.init();
      const { shown } = recordCaptions(engine);
      engine.play('mail');
      backend.sound('mail')?.options.onPlayError('play() is not allowed');
      engine.play('mail');
      engine.play('mail');
      engine.play('dice');
      expect(backend.sound('mail')?.plays).toBe(1);
      expect(backend.sound('dice')?.plays).toBe(1);
      expect([...engine.failedCues]).toEqual(['mail']);
      // The silent cue's caption is still shown each time.
      expect(shown.filter((caption) => caption.cue === 'mail')).toHaveLength(3);
    });

    it('gives up on a cue whose file failed to load, and keeps the others', async () => {
      const { engine, backend } = setup();
      await engine.init();
      backend.sound('dice')?.options.onLoadError('Decoding audio data failed.');
      engine.play('dice');
      engine.play('mail');
      expect(backend.sound('dice')?.plays).toBe(0);
      expect(backend.sound('mail')?.plays).toBe(1);
      expect([...engine.failedCues]).toEqual(['dice']);
    });

    it('survives a sound library that throws from every call', async () => {
      const backend: SoundBackend = {
        available: true,
        isUnlocked: () => {
          throw new Error('isUnlocked');
        },
        onUnlock: () => {
          throw new Error('onUnlock');
        },
        create: () => {
          throw new Error('create');
        },
        dispose: () => {
          throw new Error('dispose');
        },
      };
      const engine = new AudioEngine({ loadBackend: () => Promise.resolve(backend) });
      await engine.init();
      expect(() => {
        engine.play('ambience');
        engine.play('dice');
        engine.setLevels({ master: 1, music: 1, effects: 1, muted: true });
        engine.stopAll();
        engine.dispose();
      }).not.toThrow();
    });
  });

  it('unloads every sound and returns to idle on dispose', async () => {
    const { engine, backend } = setup();
    await engine.init();
    engine.dispose();
    expect([...backend.sounds.values()].every((sound) => sound.unloaded)).toBe(true);
    expect(backend.disposed).toBe(true);
    expect(engine.status).toBe('idle');
  });
});

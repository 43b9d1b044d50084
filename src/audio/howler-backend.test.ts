import type * as HowlerModule from 'howler';
import type { HowlOptions } from 'howler';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AudioEngine } from './audio-engine';
import { CUE_NAMES } from './cues';
import { HowlerBackend, loadHowlerBackend } from './howler-backend';

/** Enough of Howler's surface to drive the backend, recording the options each Howl got. */
function fakeHowler(
  options: { noAudio?: boolean; codecs?: string[]; contextState?: AudioContextState } = {},
) {
  const created: HowlOptions[] = [];
  const howl = { play: vi.fn(), stop: vi.fn(), volume: vi.fn(), unload: vi.fn() };
  const resume = vi.fn((): Promise<void> => Promise.resolve());
  const context =
    options.contextState === undefined ? null : { state: options.contextState, resume };
  class Howl {
    constructor(howlOptions: HowlOptions) {
      created.push(howlOptions);
      Object.assign(this, howl);
    }
  }
  const module = {
    Howl,
    Howler: {
      noAudio: options.noAudio ?? false,
      ctx: context,
      codecs: (extension: string) => (options.codecs ?? ['wav']).includes(extension),
    },
  } as unknown as typeof HowlerModule;
  return { module, created, howl, resume };
}

const noop = (): void => undefined;

describe('HowlerBackend', () => {
  it('is unavailable when Howler found no audio, or no WAV support', () => {
    expect(new HowlerBackend(fakeHowler({ noAudio: true }).module).available).toBe(false);
    expect(new HowlerBackend(fakeHowler({ codecs: ['mp3'] }).module).available).toBe(false);
    expect(new HowlerBackend(fakeHowler().module).available).toBe(true);
  });

  it('creates a Howl with the cue settings and the WAV format named', () => {
    const { module, created } = fakeHowler();
    new HowlerBackend(module).create({
      src: '/assets/siren-abc.wav',
      loop: true,
      volume: 0.3,
      onLoadError: noop,
      onPlayError: noop,
    });
    expect(created[0]).toMatchObject({
      src: ['/assets/siren-abc.wav'],
      format: ['wav'],
      loop: true,
      volume: 0.3,
    });
  });

  it('forwards load and play errors to the engine instead of logging them', () => {
    const { module, created } = fakeHowler();
    const onLoadError = vi.fn();
    const onPlayError = vi.fn();
    new HowlerBackend(module).create({
      src: 'a.wav',
      loop: false,
      volume: 1,
      onLoadError,
      onPlayError,
    });
    created[0]?.onloaderror?.(0, 'Decoding audio data failed.');
    created[0]?.onplayerror?.(1, 'Playback was unable to start.');
    expect(onLoadError).toHaveBeenCalledWith('Decoding audio data failed.');
    expect(onPlayError).toHaveBeenCalledWith('Playback was unable to start.');
  });

  it('drives the Howl through the handle', () => {
    const { module, howl } = fakeHowler();
    const handle = new HowlerBackend(module).create({
      src: 'a.wav',
      loop: false,
      volume: 1,
      onLoadError: noop,
      onPlayError: noop,
    });
    handle.play();
    handle.setVolume(0.2);
    handle.stop();
    handle.unload();
    expect(howl.play).toHaveBeenCalledTimes(1);
    expect(howl.volume).toHaveBeenCalledWith(0.2);
    expect(howl.stop).toHaveBeenCalledTimes(1);
    expect(howl.unload).toHaveBeenCalledTimes(1);
  });

  it('counts as locked until the first gesture, then resumes the context and tells listeners', () => {
    const { module, resume } = fakeHowler({ contextState: 'suspended' });
    const target = new EventTarget();
    const backend = new HowlerBackend(module, target);
    const listener = vi.fn();
    backend.onUnlock(listener);
    expect(backend.isUnlocked()).toBe(false);
    expect(listener).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('keydown'));
    expect(backend.isUnlocked()).toBe(true);
    expect(resume).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('pointerdown'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('counts a running context as unlocked without a gesture', () => {
    const backend = new HowlerBackend(
      fakeHowler({ contextState: 'running' }).module,
      new EventTarget(),
    );
    const listener = vi.fn();
    backend.onUnlock(listener);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('swallows a refused resume: the game stays silent and nothing is left unhandled', async () => {
    const { module, resume } = fakeHowler({ contextState: 'suspended' });
    resume.mockImplementation(() =>
      Promise.reject(new DOMException('not allowed', 'NotAllowedError')),
    );
    const target = new EventTarget();
    const backend = new HowlerBackend(module, target);
    target.dispatchEvent(new Event('pointerdown'));
    // An unhandled rejection would fail the run; give it the microtask it needs to surface.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(resume).toHaveBeenCalledTimes(1);
    expect(backend.isUnlocked()).toBe(true);
  });

  it('stops listening for gestures when disposed', () => {
    const target = new EventTarget();
    const remove = vi.spyOn(target, 'removeEventListener');
    new HowlerBackend(fakeHowler().module, target).dispose();
    expect(remove).toHaveBeenCalledTimes(3);
  });
});

describe('the real Howler in a browser without audio codecs (jsdom)', () => {
  let engine: AudioEngine | undefined;
  afterEach(() => {
    engine?.dispose();
    vi.unstubAllGlobals();
  });

  it('goes silent: nothing throws and nothing is logged as an error', async () => {
    // jsdom has no media playback: its Audio would only report "not implemented".
    vi.stubGlobal('Audio', undefined);
    engine = new AudioEngine({ loadBackend: loadHowlerBackend });
    await engine.init();
    expect(engine.status).toBe('silent');
    expect(() => {
      for (const cue of CUE_NAMES) {
        engine?.play(cue);
      }
      engine?.setLevels({ master: 0.3, music: 0.3, effects: 0.3, muted: true });
      engine?.stopAll();
    }).not.toThrow();
    // Howler reports its errors on a timer; give them the chance to arrive.
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});

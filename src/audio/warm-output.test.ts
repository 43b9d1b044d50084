import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentWav, silentWavUrl, warmAudioOutput, type WarmableMedia } from './warm-output';

/** A media element stand-in whose play() settles as told, recording what was done to it. */
function fakeMedia(play: () => Promise<void>) {
  const calls: string[] = [];
  const media: WarmableMedia = {
    muted: false,
    play: () => {
      calls.push(`play muted=${String(media.muted)}`);
      return play();
    },
    pause: () => calls.push('pause'),
    removeAttribute: (name) => calls.push(`remove ${name}`),
    load: () => calls.push('load'),
  };
  return { media, calls };
}

describe('silentWav', () => {
  it('writes a mono 8-bit PCM WAV whose samples are all silence', () => {
    const bytes = silentWav(800);
    const view = new DataView(bytes.buffer);
    const text = (at: number, length: number) =>
      String.fromCharCode(...bytes.subarray(at, at + length));
    expect(bytes.length).toBe(844);
    expect(text(0, 4)).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(bytes.length - 8);
    expect(text(8, 8)).toBe('WAVEfmt ');
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(8_000);
    expect(view.getUint16(34, true)).toBe(8);
    expect(text(36, 4)).toBe('data');
    expect(view.getUint32(40, true)).toBe(800);
    expect(bytes.subarray(44).every((byte) => byte === 128)).toBe(true);
  });

  it('always holds at least one sample', () => {
    expect(silentWav(0).length).toBe(45);
  });

  it('is carried in a data address the page policy allows', () => {
    const url = silentWavUrl(10);
    expect(url.startsWith('data:audio/wav;base64,')).toBe(true);
    const decoded = atob(url.slice('data:audio/wav;base64,'.length));
    expect(decoded.length).toBe(54);
    expect(decoded.slice(0, 4)).toBe('RIFF');
  });
});

describe('warmAudioOutput', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('plays muted, then releases the element', async () => {
    const { media, calls } = fakeMedia(() => Promise.resolve());
    await warmAudioOutput(() => media);
    expect(calls).toEqual(['play muted=true', 'pause', 'remove src', 'load']);
  });

  it('resolves when the browser refuses to play, and still releases the element', async () => {
    const { media, calls } = fakeMedia(() => Promise.reject(new Error('NotAllowedError')));
    await expect(warmAudioOutput(() => media)).resolves.toBeUndefined();
    expect(calls.slice(1)).toEqual(['pause', 'remove src', 'load']);
  });

  it('does not wait longer than its limit for a play that never settles', async () => {
    vi.useFakeTimers();
    const { media, calls } = fakeMedia(() => new Promise<void>(() => undefined));
    let done = false;
    void warmAudioOutput(() => media, 1_500).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(1_499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(calls).toContain('load');
  });

  it('resolves at once without media elements or when one cannot be made', async () => {
    await expect(warmAudioOutput(null)).resolves.toBeUndefined();
    await expect(
      warmAudioOutput(() => {
        throw new Error('no media');
      }),
    ).resolves.toBeUndefined();
  });
});

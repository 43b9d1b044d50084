/**
 * Opens the browser's audio output before the game's AudioContext is created.
 *
 * The first AudioContext a browser creates starts its audio output, and Chromium does that inside
 * the constructor: 76–125 ms of the page's main thread, measured in headless Chromium 150
 * (docs/PERFORMANCE.md, "Fifth round"). A media element starts the same output off the main thread:
 * after a muted one has played, a new AudioContext takes 3–7 ms. So the engine plays a tenth of a
 * second of silence, muted, through a media element first, and creates its context once that has
 * started or failed.
 */

/** How long the warm-up may take before the engine goes on without it. */
export const WARM_UP_LIMIT_MS = 1_500;

/**
 * A WAV file of silence: mono, 8 bits, `sampleRate` samples a second, `samples` long.
 * Unsigned 8-bit PCM is silent at 128.
 */
export function silentWav(samples: number, sampleRate = 8_000): Uint8Array {
  const count = Math.max(1, Math.floor(samples));
  const bytes = new Uint8Array(44 + count);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string): void => {
    for (let index = 0; index < text.length; index += 1) {
      bytes[at + index] = text.charCodeAt(index);
    }
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + count, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // size of the format chunk
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // one channel
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate, true); // bytes a second: one byte a sample
  view.setUint16(32, 1, true); // bytes a frame
  view.setUint16(34, 8, true); // bits a sample
  ascii(36, 'data');
  view.setUint32(40, count, true);
  bytes.fill(128, 44);
  return bytes;
}

/** A `data:` address of {@link silentWav}'s bytes (the page's policy allows `data:` media). */
export function silentWavUrl(samples = 800): string {
  let binary = '';
  for (const byte of silentWav(samples)) {
    binary += String.fromCharCode(byte);
  }
  return `data:audio/wav;base64,${btoa(binary)}`;
}

/** What the warm-up needs of a media element (a stand-in in tests). */
export interface WarmableMedia {
  muted: boolean;
  play(): Promise<void>;
  pause(): void;
  removeAttribute(name: string): void;
  load(): void;
}

/**
 * Plays silence, muted, through a media element and resolves once it plays, is refused, or
 * {@link WARM_UP_LIMIT_MS} has passed; never rejects. Without media elements it resolves at once.
 * The element is released afterwards, so it does not count against the browser's media players.
 */
export async function warmAudioOutput(
  createMedia: (() => WarmableMedia) | null = typeof Audio === 'undefined'
    ? null
    : () => new Audio(silentWavUrl()),
  limitMs = WARM_UP_LIMIT_MS,
): Promise<void> {
  if (createMedia === null) {
    return;
  }
  let media: WarmableMedia;
  try {
    media = createMedia();
    media.muted = true;
  } catch {
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      media.play(),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, limitMs);
      }),
    ]);
  } catch {
    // Refused or unplayable: the AudioContext then opens the output itself, as before.
  } finally {
    clearTimeout(timer);
    try {
      media.pause();
      media.removeAttribute('src');
      media.load();
    } catch {
      // Releasing is a courtesy to the browser's count of media players; it cannot stop the game.
    }
  }
}

/**
 * Synthesises the game's sound effects from plain arithmetic and writes them as small mono WAV
 * files to assets/audio/. No samples or external tools are involved, so the sounds belong to the
 * project and can be regenerated exactly: every noise source is a seeded LCG, never Math.random.
 *
 * Run: npx tsx scripts/synth-sounds.ts [output-dir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Mono PCM samples in [-1, 1] with their rate. */
export interface Sound {
  readonly sampleRate: number;
  readonly bitsPerSample: 8 | 16;
  readonly samples: Float32Array;
}

/** What each sound is for; the file name is `<name>.wav`. */
export const SOUND_NAMES = ['ambience', 'mail', 'card', 'dice', 'siren', 'click'] as const;
export type SoundName = (typeof SOUND_NAMES)[number];

const EFFECT_RATE = 22_050;
// The room tone has almost nothing above 2 kHz, so half the rate halves its file for free.
const AMBIENCE_RATE = 11_025;
const TWO_PI = 2 * Math.PI;

/**
 * A 32-bit linear congruential generator (constants from Numerical Recipes, 2nd ed., §7.1).
 * Statistically weak, but this is texture for noise, not a dice roll.
 */
function makeNoise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return (state / 0x1_0000_0000) * 2 - 1;
  };
}

/** One-pole low-pass; `cutoff` in Hz. Returns a stateful filter. */
function lowPass(cutoff: number, sampleRate: number): (x: number) => number {
  const a = 1 - Math.exp((-TWO_PI * cutoff) / sampleRate);
  let y = 0;
  return (x) => (y += a * (x - y));
}

/** One-pole high-pass built from the low-pass's complement. */
function highPass(cutoff: number, sampleRate: number): (x: number) => number {
  const low = lowPass(cutoff, sampleRate);
  return (x) => x - low(x);
}

/**
 * Two-pole resonator (a band-pass around `frequency`), used for the chime's shimmer and the
 * dice's clack. `q` sets how long it rings.
 */
function resonator(frequency: number, q: number, sampleRate: number): (x: number) => number {
  const r = Math.exp((-Math.PI * frequency) / (q * sampleRate));
  const c = 2 * r * Math.cos((TWO_PI * frequency) / sampleRate);
  let y1 = 0;
  let y2 = 0;
  return (x) => {
    const y = (1 - r) * x + c * y1 - r * r * y2;
    y2 = y1;
    y1 = y;
    return y;
  };
}

function buffer(seconds: number, sampleRate: number): Float32Array {
  return new Float32Array(Math.round(seconds * sampleRate));
}

/** Scales so the loudest sample sits at `peak`; a quiet, consistent level across cues. */
function normalise(samples: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (const value of samples) {
    max = Math.max(max, Math.abs(value));
  }
  if (max > 0) {
    const gain = peak / max;
    for (let i = 0; i < samples.length; i++) {
      samples[i] = (samples[i] ?? 0) * gain;
    }
  }
  return samples;
}

/** Short linear ramps at both ends so one-shots never start or stop with a click. */
function fadeEnds(samples: Float32Array, sampleRate: number, seconds = 0.004): Float32Array {
  const n = Math.min(Math.round(seconds * sampleRate), Math.floor(samples.length / 2));
  for (let i = 0; i < n; i++) {
    const gain = i / n;
    samples[i] = (samples[i] ?? 0) * gain;
    const j = samples.length - 1 - i;
    samples[j] = (samples[j] ?? 0) * gain;
  }
  return samples;
}

/**
 * A distant, even room tone: filtered brown-ish noise plus a faint mains-like hum. Every periodic
 * part completes whole cycles in the loop, and the noise's tail is cross-faded into its head, so
 * the loop point cannot be heard.
 */
function ambience(): Sound {
  const rate = AMBIENCE_RATE;
  const seconds = 8;
  const length = seconds * rate;
  const fade = Math.round(1.5 * rate);
  const noise = makeNoise(0x0a4b1e);
  const lowA = lowPass(180, rate);
  const lowB = lowPass(260, rate);
  const stream = new Float32Array(length + fade);
  // Warm the filters up so the stream starts in its steady state, not from silence.
  for (let i = 0; i < rate; i++) {
    lowB(lowA(noise()));
  }
  for (let i = 0; i < stream.length; i++) {
    stream[i] = lowB(lowA(noise()));
  }
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    let value = stream[i] ?? 0;
    if (i < fade) {
      // Equal-power cross-fade: the two noise stretches are uncorrelated.
      const t = i / fade;
      value = Math.sqrt(t) * value + Math.sqrt(1 - t) * (stream[length + i] ?? 0);
    }
    const time = i / rate;
    // 0.125 Hz and 0.25 Hz swells and 55 Hz-based hum all fit a whole number of times in 8 s.
    const swell = 1 + 0.18 * Math.sin((TWO_PI * time) / 8) + 0.08 * Math.sin((TWO_PI * time) / 4);
    const hum =
      0.05 * Math.sin(TWO_PI * 55 * time) +
      0.03 * Math.sin(TWO_PI * 110 * time) +
      0.012 * Math.sin(TWO_PI * 165 * time);
    out[i] = value * 9 * swell + hum;
  }
  return { sampleRate: rate, bitsPerSample: 16, samples: normalise(out, 0.22) };
}

/** A sheet sliding across the table, then a soft two-note chime. */
function mail(): Sound {
  const rate = EFFECT_RATE;
  const out = buffer(0.95, rate);
  const noise = makeNoise(0x3a11);
  const band = resonator(2_400, 1.2, rate);
  const slideEnd = 0.32;
  for (let i = 0; i < out.length; i++) {
    const time = i / rate;
    let value = 0;
    if (time < slideEnd) {
      // Rises then falls like a hand pushing paper: a sine-shaped envelope.
      const envelope = Math.sin((Math.PI * time) / slideEnd) ** 2;
      value += band(noise()) * envelope * 0.9;
    }
    const notes = [
      { start: 0.22, frequency: 880, gain: 0.35 },
      { start: 0.34, frequency: 1_318.5, gain: 0.28 },
    ];
    for (const note of notes) {
      const local = time - note.start;
      if (local >= 0) {
        const envelope = Math.min(1, local / 0.006) * Math.exp(-local / 0.22);
        // A quiet inharmonic partial gives a bell-like rather than a beep-like tone.
        value +=
          note.gain *
          envelope *
          (Math.sin(TWO_PI * note.frequency * local) +
            0.18 * Math.sin(TWO_PI * note.frequency * 2.76 * local) * Math.exp(-local / 0.06));
      }
    }
    out[i] = value;
  }
  return { sampleRate: rate, bitsPerSample: 16, samples: fadeEnds(normalise(out, 0.5), rate) };
}

/** A card laid on felt: a muffled low thump with a brief paper flick on top. */
function card(): Sound {
  const rate = EFFECT_RATE;
  const out = buffer(0.3, rate);
  const noise = makeNoise(0xca2d);
  const muffle = lowPass(700, rate);
  const paper = highPass(3_000, rate);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const time = i / rate;
    // The pitch falls from 120 Hz to 60 Hz as the felt absorbs the impact.
    const frequency = 60 + 60 * Math.exp(-time / 0.02);
    phase += (TWO_PI * frequency) / rate;
    const thump = Math.sin(phase) * Math.exp(-time / 0.045);
    const body = muffle(noise()) * Math.exp(-time / 0.03) * 2.5;
    const flick = paper(noise()) * Math.exp(-time / 0.012) * 0.35;
    out[i] = thump + body + flick;
  }
  return { sampleRate: rate, bitsPerSample: 16, samples: fadeEnds(normalise(out, 0.6), rate) };
}

/** Two dice rattling in a cup, tumbling onto felt and settling: impacts closer and softer. */
function dice(): Sound {
  const rate = EFFECT_RATE;
  const out = buffer(0.7, rate);
  const noise = makeNoise(0xd1ce);
  const impacts: { time: number; gain: number; frequency: number }[] = [];
  let time = 0.01;
  let gap = 0.075;
  let gain = 1;
  while (time < 0.7 && gain > 0.06) {
    impacts.push({ time, gain, frequency: 2_200 + 1_600 * (noise() * 0.5 + 0.5) });
    // Each bounce loses energy, so they come faster and quieter, like a settling die.
    time += gap * (0.75 + 0.5 * (noise() * 0.5 + 0.5));
    gap *= 0.86;
    gain *= 0.8;
  }
  for (const impact of impacts) {
    const ring = resonator(impact.frequency, 14, rate);
    const felt = lowPass(500, rate);
    const start = Math.round(impact.time * rate);
    const length = Math.round(0.06 * rate);
    for (let i = 0; i < length && start + i < out.length; i++) {
      const local = i / rate;
      const excitation = noise() * Math.exp(-local / 0.0025);
      const clack = ring(excitation) * 3;
      const thud = felt(excitation) * Math.exp(-local / 0.01) * 2;
      const index = start + i;
      out[index] = (out[index] ?? 0) + impact.gain * (clack + thud);
    }
  }
  return { sampleRate: rate, bitsPerSample: 16, samples: fadeEnds(normalise(out, 0.55), rate) };
}

/**
 * A two-second wail that loops seamlessly: the pitch glides 560 → 840 → 560 Hz once per loop,
 * and the phase is computed in closed form so the loop holds a whole number of cycles. Soft
 * harmonics (no square wave) keep it alarming without being harsh.
 */
function siren(): Sound {
  const rate = EFFECT_RATE;
  const seconds = 2;
  const out = buffer(seconds, rate);
  const centre = 700;
  const depth = 140;
  for (let i = 0; i < out.length; i++) {
    const time = i / rate;
    // ∫ (centre - depth·cos(2πt/T)) dt; over T the cosine term integrates to zero.
    const cycles =
      centre * time - ((depth * seconds) / TWO_PI) * Math.sin((TWO_PI * time) / seconds);
    const phase = TWO_PI * cycles;
    out[i] = Math.sin(phase) + 0.25 * Math.sin(2 * phase) + 0.08 * Math.sin(3 * phase);
  }
  return { sampleRate: rate, bitsPerSample: 16, samples: normalise(out, 0.35) };
}

/** A short, dry UI tick. */
function click(): Sound {
  const rate = EFFECT_RATE;
  const out = buffer(0.05, rate);
  const noise = makeNoise(0xc11c);
  const bright = highPass(1_500, rate);
  for (let i = 0; i < out.length; i++) {
    const time = i / rate;
    out[i] =
      Math.sin(TWO_PI * 1_750 * time) * Math.exp(-time / 0.006) +
      bright(noise()) * Math.exp(-time / 0.002) * 0.4;
  }
  return {
    sampleRate: rate,
    bitsPerSample: 16,
    samples: fadeEnds(normalise(out, 0.4), rate, 0.001),
  };
}

const SYNTHS: Record<SoundName, () => Sound> = { ambience, mail, card, dice, siren, click };

/** Synthesises one sound. Deterministic: the same name always gives the same samples. */
export function synthesise(name: SoundName): Sound {
  return SYNTHS[name]();
}

/** Encodes a sound as a canonical 44-byte-header PCM WAV (RIFF, format 1, mono). */
export function encodeWav(sound: Sound): Uint8Array {
  const bytesPerSample = sound.bitsPerSample / 8;
  const dataSize = sound.samples.length * bytesPerSample;
  const bytes = new Uint8Array(44 + dataSize);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string): void => {
    for (let i = 0; i < text.length; i++) {
      view.setUint8(offset + i, text.charCodeAt(i));
    }
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataSize, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sound.sampleRate, true);
  view.setUint32(28, sound.sampleRate * bytesPerSample, true);
  view.setUint16(32, bytesPerSample, true);
  view.setUint16(34, sound.bitsPerSample, true);
  ascii(36, 'data');
  view.setUint32(40, dataSize, true);
  sound.samples.forEach((sample, index) => {
    const clamped = Math.max(-1, Math.min(1, sample));
    if (sound.bitsPerSample === 16) {
      view.setInt16(44 + index * 2, Math.round(clamped * 32_767), true);
    } else {
      // 8-bit WAV is unsigned with 128 as silence.
      view.setUint8(44 + index, Math.round(clamped * 127) + 128);
    }
  });
  return bytes;
}

/** Writes every sound to `directory` and returns the paths with their sizes in bytes. */
export function writeSounds(directory: string): { path: string; bytes: number }[] {
  mkdirSync(directory, { recursive: true });
  return SOUND_NAMES.map((name) => {
    const path = join(directory, `${name}.wav`);
    const wav = encodeWav(synthesise(name));
    writeFileSync(path, wav);
    return { path, bytes: wav.length };
  });
}

function main(): void {
  const directory = resolve(process.argv[2] ?? 'assets/audio');
  const written = writeSounds(directory);
  let total = 0;
  for (const file of written) {
    total += file.bytes;
    console.log(`${file.path}  ${(file.bytes / 1024).toFixed(1)} kB`);
  }
  console.log(`total  ${(total / 1024).toFixed(1)} kB`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWav, SOUND_NAMES, type SoundName, synthesise, writeSounds } from './synth-sounds';

interface WavInfo {
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  dataBytes: number;
  seconds: number;
  samples: number[];
}

/** Reads a canonical PCM WAV independently of the encoder, so the test checks the bytes. */
function parseWav(bytes: Uint8Array): WavInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (offset: number): string =>
    String.fromCharCode(...bytes.subarray(offset, offset + 4));
  expect(text(0)).toBe('RIFF');
  expect(view.getUint32(4, true)).toBe(bytes.length - 8);
  expect(text(8)).toBe('WAVE');
  expect(text(12)).toBe('fmt ');
  expect(text(36)).toBe('data');
  const sampleRate = view.getUint32(24, true);
  const channels = view.getUint16(22, true);
  const bitsPerSample = view.getUint16(34, true);
  const dataBytes = view.getUint32(40, true);
  expect(view.getUint32(28, true)).toBe((sampleRate * channels * bitsPerSample) / 8);
  expect(44 + dataBytes).toBe(bytes.length);
  const count = dataBytes / (bitsPerSample / 8);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    samples.push(
      bitsPerSample === 16
        ? view.getInt16(44 + i * 2, true) / 32_768
        : (view.getUint8(44 + i) - 128) / 128,
    );
  }
  return {
    format: view.getUint16(20, true),
    channels,
    sampleRate,
    bitsPerSample,
    dataBytes,
    seconds: count / sampleRate,
    samples,
  };
}

/** The largest step between neighbouring samples inside the file. */
function largestStep(samples: readonly number[]): number {
  let largest = 0;
  for (let i = 1; i < samples.length; i++) {
    largest = Math.max(largest, Math.abs((samples[i] ?? 0) - (samples[i - 1] ?? 0)));
  }
  return largest;
}

describe('synth-sounds', () => {
  let directory = '';
  let files: Map<SoundName, WavInfo>;
  let sizes: Map<SoundName, number>;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'overseer-synth-'));
    const written = writeSounds(directory);
    files = new Map();
    sizes = new Map();
    for (const file of written) {
      const name = basename(file.path, '.wav') as SoundName;
      files.set(name, parseWav(readFileSync(file.path)));
      sizes.set(name, file.bytes);
    }
  });

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('writes one mono PCM WAV per sound at 11 025 or 22 050 Hz', () => {
    expect([...files.keys()].sort()).toEqual([...SOUND_NAMES].sort());
    for (const info of files.values()) {
      expect(info.format).toBe(1);
      expect(info.channels).toBe(1);
      expect([11_025, 22_050]).toContain(info.sampleRate);
      expect([8, 16]).toContain(info.bitsPerSample);
    }
  });

  it.each([
    ['ambience', 8, 10],
    ['mail', 0.3, 1.5],
    ['card', 0.1, 0.6],
    ['dice', 0.3, 0.999],
    ['siren', 1.9, 2.1],
    ['click', 0.01, 0.2],
  ] as const)('gives %s a duration between %f s and %f s', (name, min, max) => {
    const seconds = files.get(name)?.seconds ?? 0;
    expect(seconds).toBeGreaterThanOrEqual(min);
    expect(seconds).toBeLessThanOrEqual(max);
  });

  it('keeps the whole set well under 600 kB', () => {
    const total = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
    expect(total).toBeLessThan(450 * 1024);
  });

  it('keeps every sound below full scale, and the ambience quiet', () => {
    for (const info of files.values()) {
      const peak = Math.max(...info.samples.map(Math.abs));
      expect(peak).toBeGreaterThan(0.05);
      expect(peak).toBeLessThan(0.8);
    }
    const ambience = files.get('ambience')?.samples ?? [];
    const rms = Math.sqrt(ambience.reduce((sum, x) => sum + x * x, 0) / ambience.length);
    expect(rms).toBeLessThan(0.1);
  });

  it.each(['ambience', 'siren'] as const)(
    'loops %s without a jump at the seam larger than any step inside it',
    (name) => {
      const samples = files.get(name)?.samples ?? [];
      const seam = Math.abs((samples[0] ?? 0) - (samples[samples.length - 1] ?? 0));
      expect(seam).toBeLessThanOrEqual(largestStep(samples));
    },
  );

  it('starts and ends one-shots at silence, so they never click', () => {
    for (const name of ['mail', 'card', 'dice', 'click'] as const) {
      const samples = files.get(name)?.samples ?? [];
      expect(Math.abs(samples[0] ?? 1)).toBeLessThan(0.001);
      expect(Math.abs(samples[samples.length - 1] ?? 1)).toBeLessThan(0.001);
    }
  });

  it('is deterministic: two runs give identical bytes', () => {
    const digest = (name: SoundName): string =>
      createHash('sha256')
        .update(encodeWav(synthesise(name)))
        .digest('hex');
    for (const name of SOUND_NAMES) {
      expect(digest(name)).toBe(digest(name));
    }
  });

  it('encodes 8-bit WAV as unsigned samples around 128', () => {
    const wav = encodeWav({
      sampleRate: 11_025,
      bitsPerSample: 8,
      samples: new Float32Array([0, 1, -1]),
    });
    expect([...wav.subarray(44)]).toEqual([128, 255, 1]);
    expect(parseWav(wav).bitsPerSample).toBe(8);
  });
});

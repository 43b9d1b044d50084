import { describe, expect, it } from 'vitest';
import enAudioSave from '../i18n/locales/en/audio-save.json';
import deAudioSave from '../i18n/locales/de/audio-save.json';
import { parseSaveData } from './save-schema';
import {
  clampVolume,
  createDefaultSettings,
  DEFAULT_SETTINGS,
  resolveReducedMotion,
  updateSettings,
  dayStepInterval,
  MORE_TIME_FACTOR,
} from './settings';
import { SAVE_NOTICE_KEYS } from './storage';

describe('clampVolume', () => {
  it.each([
    [0.5, 0.5],
    [-0.2, 0],
    [1.7, 1],
    [0, 0],
    [1, 1],
  ])('clamps %f to %f', (input, expected) => {
    expect(clampVolume(input)).toBe(expected);
  });

  it('replaces NaN and infinities with the fallback', () => {
    expect(clampVolume(Number.NaN, 0.6)).toBe(0.6);
    expect(clampVolume(Number.POSITIVE_INFINITY, 0.3)).toBe(0.3);
    expect(clampVolume(Number.NaN)).toBe(0);
  });
});

describe('settings defaults', () => {
  it('are a valid part of a save', () => {
    const result = parseSaveData({
      settings: createDefaultSettings('de'),
      progress: { completedLevels: [], badges: [] },
    });
    expect(result.ok).toBe(true);
  });

  it('keep music below effects and captions on', () => {
    expect(DEFAULT_SETTINGS.musicVolume).toBeLessThan(DEFAULT_SETTINGS.effectsVolume);
    expect(DEFAULT_SETTINGS.captions).toBe(true);
    expect(createDefaultSettings('de').language).toBe('de');
  });
});

describe('updateSettings', () => {
  it('applies a patch and clamps volumes without touching the original', () => {
    const current = createDefaultSettings('en');
    const next = updateSettings(current, { masterVolume: 3, muted: true });
    expect(next.masterVolume).toBe(1);
    expect(next.muted).toBe(true);
    expect(current.masterVolume).toBe(DEFAULT_SETTINGS.masterVolume);
    expect(current.muted).toBe(false);
  });

  it('keeps the previous volume when the new one is not a number', () => {
    const current = updateSettings(createDefaultSettings('en'), { effectsVolume: 0.25 });
    expect(updateSettings(current, { effectsVolume: Number.NaN }).effectsVolume).toBe(0.25);
  });
});

describe('resolveReducedMotion', () => {
  it('follows the system only in system mode', () => {
    expect(resolveReducedMotion('system', true)).toBe(true);
    expect(resolveReducedMotion('system', false)).toBe(false);
    expect(resolveReducedMotion('on', false)).toBe(true);
    expect(resolveReducedMotion('off', true)).toBe(false);
  });
});

/** Flattens nested locale JSON into dotted keys, skipping the translator note. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    if (key === '_meta') {
      return [];
    }
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'object' && value !== null ? keysOf(value as object, path) : [path];
  });
}

describe('audio-save locale files', () => {
  it('define every save notice key the storage layer returns', () => {
    for (const key of SAVE_NOTICE_KEYS) {
      expect(keysOf(enAudioSave)).toContain(key);
    }
  });

  it('have the same keys in English and German', () => {
    expect(keysOf(deAudioSave).sort()).toEqual(keysOf(enAudioSave).sort());
  });

  it('keep the same placeholders in every translation', () => {
    const placeholders = (text: string): string[] => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
    const lookup = (tree: object, key: string): string =>
      String(
        key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree),
      );
    for (const key of keysOf(enAudioSave)) {
      expect(placeholders(lookup(deAudioSave, key))).toEqual(
        placeholders(lookup(enAudioSave, key)),
      );
    }
  });
});

describe('the day’s step interval', () => {
  it('is the pace, stretched for more time or for less motion, never both at once', () => {
    expect(dayStepInterval(1000, { moreTime: false })).toBe(1000);
    expect(dayStepInterval(1000, { moreTime: true })).toBe(1000 * MORE_TIME_FACTOR);
    expect(dayStepInterval(1000, { moreTime: false }, true)).toBe(1000 * MORE_TIME_FACTOR);
    expect(dayStepInterval(1000, { moreTime: true }, true)).toBe(1000 * MORE_TIME_FACTOR);
  });
});

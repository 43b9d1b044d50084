import { describe, expect, it } from 'vitest';
import enAudioSave from '../i18n/locales/en/audio-save.json';
import deAudioSave from '../i18n/locales/de/audio-save.json';
import { CAPTION_KEYS, CUE_NAMES, CUES, isCueName } from './cues';
import { cueActionsForEvent, EVENT_CUES } from './event-cues';

describe('cueActionsForEvent', () => {
  it.each([
    ['email-delivered', 'play', 'mail'],
    ['defense-deployed', 'play', 'card'],
    ['outcome-rolled', 'play', 'dice'],
    ['alert-raised', 'play', 'siren'],
    ['alert-cancelled', 'stop', 'siren'],
    ['ending-reached', 'stop', 'siren'],
    ['day-started', 'play', 'ambience'],
  ])('maps %s to %s %s', (kind, action, cue) => {
    expect(cueActionsForEvent(kind)).toEqual([{ action, cue }]);
  });

  it('returns nothing for events that make no sound, including inherited property names', () => {
    expect(cueActionsForEvent('budget-spent')).toEqual([]);
    expect(cueActionsForEvent('toString')).toEqual([]);
    expect(cueActionsForEvent('__proto__')).toEqual([]);
  });

  it('reads a table passed in, so the mapping can be extended as data', () => {
    const table = { 'monitor-flagged': [{ action: 'play', cue: 'click' }] } as const;
    expect(cueActionsForEvent('monitor-flagged', table)).toEqual([
      { action: 'play', cue: 'click' },
    ]);
    expect(cueActionsForEvent('email-delivered', table)).toEqual([]);
  });

  it('only names cues that exist', () => {
    for (const actions of Object.values(EVENT_CUES)) {
      for (const { cue } of actions) {
        expect(isCueName(cue)).toBe(true);
      }
    }
  });
});

describe('the cue registry', () => {
  it('has a file URL for every cue, pointing at a WAV in assets/audio', () => {
    for (const name of CUE_NAMES) {
      expect(CUES[name].url).toMatch(/\.wav(\?.*)?$/);
    }
  });

  it('captions the sounds that carry meaning, and only with known keys', () => {
    expect(CUES.siren.caption).toBe('caption.siren');
    expect(CUES.dice.caption).toBe('caption.dice');
    expect(CUES.mail.caption).toBe('caption.mail');
    for (const name of CUE_NAMES) {
      const caption = CUES[name].caption;
      if (caption !== undefined) {
        expect(CAPTION_KEYS).toContain(caption);
      }
    }
  });

  it('finds every caption key in the English and German strings', () => {
    for (const key of CAPTION_KEYS) {
      const [, name] = key.split('.') as [string, string];
      expect(enAudioSave.caption).toHaveProperty(name);
      expect(deAudioSave.caption).toHaveProperty(name);
    }
  });

  it('loops only the ambience and the siren', () => {
    expect(CUE_NAMES.filter((name) => CUES[name].loop).sort()).toEqual(['ambience', 'siren']);
  });
});

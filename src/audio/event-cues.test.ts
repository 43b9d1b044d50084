import { describe, expect, it } from 'vitest';
import enAudioSave from '../i18n/locales/en/audio-save.json';
import deAudioSave from '../i18n/locales/de/audio-save.json';
import { CAPTION_KEYS, CUE_NAMES, CUES, isCueName } from './cues';
import {
  ALERT_KINDS,
  cueActionsForEvent,
  EVENT_CUES,
  type EventCueTable,
  type SoundEventKind,
} from './event-cues';

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

  it('reads a table passed in', () => {
    const table = { 'monitor-flagged': { action: 'play', cue: 'click' } } as const;
    expect(cueActionsForEvent('monitor-flagged', table)).toEqual([
      { action: 'play', cue: 'click' },
    ]);
    expect(cueActionsForEvent('email-delivered', table)).toEqual([]);
  });

  it('gives every event kind an entry: a cue, or null for a silent event', () => {
    expect(Object.keys(EVENT_CUES)).toEqual(expect.arrayContaining([...ALERT_KINDS]));
    expect(EVENT_CUES['budget-spent' as SoundEventKind]).toBeUndefined();
    for (const [kind, action] of Object.entries(EVENT_CUES)) {
      expect(action === null || isCueName(action.cue), kind).toBe(true);
    }
    expect(EVENT_CUES['odds-updated']).toBeNull();
    expect(cueActionsForEvent('odds-updated')).toEqual([]);
  });

  it('does not compile a table that forgets a kind or names one core does not have', () => {
    // @ts-expect-error every SimEvent kind and alert kind needs an entry
    const missing: EventCueTable = { 'day-started': null };
    const extra: EventCueTable = {
      ...EVENT_CUES,
      // @ts-expect-error not an event kind
      'budget-spent': null,
    };
    expect([missing, extra]).toHaveLength(2);
  });

  it('only names cues that exist', () => {
    for (const action of Object.values(EVENT_CUES)) {
      if (action !== null) {
        expect(isCueName(action.cue)).toBe(true);
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

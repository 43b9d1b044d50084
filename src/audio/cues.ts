import ambienceUrl from '../../assets/audio/ambience.wav?url';
import cardUrl from '../../assets/audio/card.wav?url';
import clickUrl from '../../assets/audio/click.wav?url';
import diceUrl from '../../assets/audio/dice.wav?url';
import mailUrl from '../../assets/audio/mail.wav?url';
import sirenUrl from '../../assets/audio/siren.wav?url';

/** Every sound the game can play, by the name scenes, levels and events use. */
export const CUE_NAMES = ['ambience', 'mail', 'card', 'dice', 'siren', 'click'] as const;
export type CueName = (typeof CUE_NAMES)[number];

/** Which volume slider a cue follows. */
export const VOLUME_GROUPS = ['music', 'effects'] as const;
export type VolumeGroup = (typeof VOLUME_GROUPS)[number];

/** Caption keys (in `locales/<lng>/audio-save.json`) for the sounds that carry meaning. */
export const CAPTION_KEYS = [
  'caption.mail',
  'caption.dice',
  'caption.siren',
  'caption.card',
] as const;
export type CaptionKey = (typeof CAPTION_KEYS)[number];

/** How one cue is played. */
export interface CueDefinition {
  /** The file's URL, as Vite emits it. */
  readonly url: string;
  readonly group: VolumeGroup;
  /** Looping cues play until stopped; playing one that already plays does not restart it. */
  readonly loop: boolean;
  /** The cue's own level in [0, 1], so the files can stay normalised and the mix lives here. */
  readonly gain: number;
  /** Set for sounds whose meaning a player who cannot hear them must still get. */
  readonly caption?: CaptionKey;
}

/**
 * The cue registry. The gains balance the synthesised files against each other: the siren is
 * the loudest file, so it sits lowest, and the room tone stays in the background.
 */
export const CUES: Readonly<Record<CueName, CueDefinition>> = {
  ambience: { url: ambienceUrl, group: 'music', loop: true, gain: 0.6 },
  mail: { url: mailUrl, group: 'effects', loop: false, gain: 0.8, caption: 'caption.mail' },
  card: { url: cardUrl, group: 'effects', loop: false, gain: 0.7, caption: 'caption.card' },
  dice: { url: diceUrl, group: 'effects', loop: false, gain: 0.9, caption: 'caption.dice' },
  siren: { url: sirenUrl, group: 'effects', loop: true, gain: 0.5, caption: 'caption.siren' },
  click: { url: clickUrl, group: 'effects', loop: false, gain: 0.5 },
};

/** Narrows a string (e.g. a level's `"cue"` field) to a known cue name. */
export function isCueName(value: unknown): value is CueName {
  return typeof value === 'string' && (CUE_NAMES as readonly string[]).includes(value);
}

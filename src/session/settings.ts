import type { Language } from '../core';
import type { ReducedMotionMode, Settings, TextSize } from './save-schema';

/**
 * The settings of a first visit, apart from the language, which comes from the browser.
 * Music sits below effects so the room tone never masks the cues that carry meaning.
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = {
  language: 'en',
  masterVolume: 0.8,
  musicVolume: 0.5,
  effectsVolume: 0.8,
  muted: false,
  captions: true,
  textSize: 'normal',
  reducedMotion: 'system',
  highContrast: false,
  moreTime: false,
};

/** The first-visit settings in the given language. */
export function createDefaultSettings(language: Language): Settings {
  return { ...DEFAULT_SETTINGS, language };
}

/**
 * Clamps a volume into [0, 1]. Anything not a finite number (NaN from an empty field, for
 * instance) becomes `fallback`, so a bad input can never make the game silent or deafening.
 */
export function clampVolume(value: number, fallback = 0): number {
  if (!Number.isFinite(value)) {
    return Math.min(1, Math.max(0, fallback));
  }
  return Math.min(1, Math.max(0, value));
}

/**
 * Returns `current` with `patch` applied and every volume clamped. Pure: `current` is untouched.
 */
export function updateSettings(current: Readonly<Settings>, patch: Partial<Settings>): Settings {
  const next = { ...current, ...patch };
  return {
    ...next,
    masterVolume: clampVolume(next.masterVolume, current.masterVolume),
    musicVolume: clampVolume(next.musicVolume, current.musicVolume),
    effectsVolume: clampVolume(next.effectsVolume, current.effectsVolume),
  };
}

/**
 * Whether motion should be reduced: the player's choice, or the system's when the choice is
 * `system`. Scenes use this to shorten tweens; CSS reads the attribute set below.
 */
export function resolveReducedMotion(
  mode: ReducedMotionMode,
  systemPrefersReduced: boolean,
): boolean {
  return mode === 'system' ? systemPrefersReduced : mode === 'on';
}

/** How much longer each step of the day takes with the "more time" setting on. */
export const MORE_TIME_FACTOR = 2;

/**
 * The time between two steps of a running day: the pace's interval, stretched by
 * {@link MORE_TIME_FACTOR} when the player asked for more time, or for less motion (a moving
 * day is motion too); the two do not multiply. The day also starts paused and waits for Next.
 */
export function dayStepInterval(
  paceMs: number,
  settings: Readonly<Pick<Settings, 'moreTime'>>,
  reducedMotion = false,
): number {
  return settings.moreTime || reducedMotion ? paceMs * MORE_TIME_FACTOR : paceMs;
}

/** The attributes `ui/document-settings.ts` sets on `<html>`, as a pure value. */
export function documentAttributes(settings: Readonly<Settings>): {
  'data-text-size': TextSize;
  'data-high-contrast': 'on' | 'off';
  'data-reduced-motion': ReducedMotionMode;
  lang: Language;
} {
  return {
    'data-text-size': settings.textSize,
    'data-high-contrast': settings.highContrast ? 'on' : 'off',
    // The mode, not the resolved value: CSS pairs `system` with @media (prefers-reduced-motion).
    'data-reduced-motion': settings.reducedMotion,
    lang: settings.language,
  };
}

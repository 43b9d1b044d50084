/**
 * The languages the game ships, in one list: the interface (i18next), the settings a save may
 * hold, the locale files every level must have, the level catalog, `npm run validate:levels` and
 * the tests all read it from here. English is the reference language and comes first.
 */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The reference language: other locales are compared with it. */
export const REFERENCE_LANGUAGE: Language = 'en';

/** Whether a value is one of {@link LANGUAGES}. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

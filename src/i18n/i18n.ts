import i18next, { type i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../core';
import enCommonOnly from './locales/en/common.json';
import deCommonOnly from './locales/de/common.json';
import enAudioSave from './locales/en/audio-save.json';
import deAudioSave from './locales/de/audio-save.json';
import type enLab from './locales/en/lab.json';
import type enWorkshop from './locales/en/workshop.json';
import type enBoard from './locales/en/board.json';
import type enPrint from './locales/en/print.json';

// The interface strings live in two files per locale; they share one namespace.
const enCommon = { ...enCommonOnly, ...enAudioSave };
const deCommon = { ...deCommonOnly, ...deAudioSave };

/** The interface strings of every shipped locale, by language. */
export const COMMON_RESOURCES = { en: enCommon, de: deCommon } as const satisfies Record<
  Language,
  unknown
>;

/**
 * The English interface strings: the reference every other locale is checked against. The
 * strings of the screens most players never open — the Strategy Lab, the workshop screens, the
 * facilitator's board and the printables (`locales/<lng>/<bundle>.json`, same namespace) — load
 * with their screen ({@link loadStrings}), so they do not weigh on the first screen.
 */
export type CommonStrings = typeof enCommon &
  typeof enLab &
  typeof enWorkshop &
  typeof enBoard &
  typeof enPrint;

/** i18next's plural suffixes: `tokens_one` and `tokens_other` are both looked up as `tokens`. */
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithPluralBase<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base | K : K;

/** Every dotted path to a string in a tree of strings. */
type LeafKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? WithPluralBase<`${Prefix}${K}`>
    : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/**
 * A key of the interface strings (`common` namespace). Text setters take this type, so a key
 * that no locale file has, or a template like `defense.${id}.name` with an id that has no string,
 * does not compile. Level text has its own path: a level namespace and a plain string key.
 */
export type UiKey = LeafKeys<CommonStrings>;

// The locales the game ships with come from core's one list (src/core/model/languages.ts).
export { isLanguage, LANGUAGES } from '../core';
export type { Language } from '../core';

/** Reports a missing key loudly: tests and the browser suite fail on console.error. */
function reportMissingKey(languages: readonly string[], namespace: string, key: string): void {
  console.error(`[i18n] missing key "${namespace}:${key}" for ${languages.join(', ')}`);
}

/**
 * Initialises the shared i18next instance with the bundled interface strings.
 * Synchronous: the resources are in the bundle, so the first frame already has text.
 */
export function initI18n(language: Language): I18n {
  void i18next.init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: ['common'],
    defaultNS: 'common',
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => reportMissingKey(languages, namespace, key),
    resources: Object.fromEntries(
      LANGUAGES.map((language) => [language, { common: COMMON_RESOURCES[language] }]),
    ),
  });
  return i18next;
}

/** The string bundles that load with their screen rather than with the first one. */
export type StringBundle = 'lab' | 'workshop' | 'board' | 'print';

type BundleStrings = Record<string, unknown>;

// One loader per bundle and language; Vite turns each into its own small chunk.
const BUNDLE_LOADERS: Record<
  StringBundle,
  Record<Language, () => Promise<{ default: BundleStrings }>>
> = {
  lab: { en: () => import('./locales/en/lab.json'), de: () => import('./locales/de/lab.json') },
  workshop: {
    en: () => import('./locales/en/workshop.json'),
    de: () => import('./locales/de/workshop.json'),
  },
  board: {
    en: () => import('./locales/en/board.json'),
    de: () => import('./locales/de/board.json'),
  },
  print: {
    en: () => import('./locales/en/print.json'),
    de: () => import('./locales/de/print.json'),
  },
};

/** A bundle's strings in every shipped locale, loaded on demand. */
export async function bundleResources(
  bundle: StringBundle,
): Promise<Record<Language, BundleStrings>> {
  const loaded = await Promise.all(
    LANGUAGES.map(async (language) => [
      language,
      (await BUNDLE_LOADERS[bundle][language]()).default,
    ]),
  );
  return Object.fromEntries(loaded) as Record<Language, BundleStrings>;
}

/** Adds bundles' strings to the `common` namespace of every locale (again is harmless). */
export async function loadStrings(...bundles: readonly StringBundle[]): Promise<void> {
  const all = await Promise.all(bundles.map((bundle) => bundleResources(bundle)));
  for (const resources of all) {
    for (const language of LANGUAGES) {
      i18next.addResourceBundle(language, 'common', resources[language], true, false);
    }
  }
}

/** Adds the Strategy Lab's strings (see {@link loadStrings}). */
export async function loadLabStrings(): Promise<void> {
  await loadStrings('lab');
}

export { i18next as i18n };

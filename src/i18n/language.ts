import { i18n, isLanguage, type Language, LANGUAGES } from './i18n';

/** The browser's language when the game ships it, else English: the first visit's choice. */
export function browserLanguage(): Language {
  const browser = navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

export function currentLanguage(): Language {
  const language = i18n.language;
  return isLanguage(language) ? language : 'en';
}

export { LANGUAGES };

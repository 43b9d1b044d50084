import { app } from '../app';
import { refreshTexts } from '../ui/dom';
import { i18n, isLanguage, type Language, LANGUAGES } from './i18n';

/** The browser's language when the game ships it, else English: the first visit's choice. */
export function browserLanguage(): Language {
  const browser = navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

/** Switches the language live: every bound text re-renders, nothing reloads; the choice is saved. */
export async function setLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  refreshTexts();
  app().store.updateSettings({ language });
}

export function currentLanguage(): Language {
  const language = i18n.language;
  return isLanguage(language) ? language : 'en';
}

export { LANGUAGES };

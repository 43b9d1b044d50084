import { i18n, isLanguage, type Language, LANGUAGES } from './i18n';
import { refreshTexts } from '../ui/dom';

const LANGUAGE_STORAGE_KEY = 'overseer.language';

/** The language to start in: the saved choice, else the browser's, else English. */
export function initialLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(saved)) {
      return saved;
    }
  } catch (_error) {
    // Storage can be blocked; the browser's language is the next best guess.
  }
  const browser = navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

/** Switches the language live: every bound text re-renders, nothing reloads. */
export async function setLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  refreshTexts();
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch (_error) {
    // Without storage the choice lasts for this visit only.
  }
}

export function currentLanguage(): Language {
  const language = i18n.language;
  return isLanguage(language) ? language : 'en';
}

export { LANGUAGES };

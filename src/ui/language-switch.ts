import { app } from '../app';
import { i18n, type Language } from '../i18n/i18n';
import { currentLanguage, LANGUAGES } from '../i18n/language';
import { el, refreshTexts } from './dom';

/** Switches the language live: every bound text re-renders, nothing reloads; the choice is saved. */
export async function setLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  refreshTexts();
  app().store.updateSettings({ language });
}

/** A labelled group of language buttons; the current one is pressed. */
export function languageSwitch(): HTMLElement {
  const buttons = LANGUAGES.map((language) =>
    el('button', {
      className: 'chip-button',
      text: { key: `language.${language}` },
      attrs: { type: 'button', lang: language, 'data-language': language },
    }),
  );
  const sync = (): void => {
    for (const button of buttons) {
      button.setAttribute('aria-pressed', String(button.dataset.language === currentLanguage()));
    }
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const language = LANGUAGES.find((candidate) => candidate === button.dataset.language);
      if (language !== undefined) {
        void setLanguage(language).then(sync);
      }
    });
  }
  sync();
  const label = el('span', {
    className: 'group-label',
    text: { key: 'title.language' },
    attrs: { id: 'language-label' },
  });
  return el('div', {
    className: 'language-switch',
    attrs: { role: 'group', 'aria-labelledby': 'language-label' },
    children: [label, ...buttons],
  });
}

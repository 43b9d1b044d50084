import { currentLanguage, LANGUAGES, setLanguage } from '../i18n/language';
import { el } from './dom';

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

import 'i18next';
import type commonOnly from './locales/en/common.json';
import type audioSave from './locales/en/audio-save.json';

type Common = typeof commonOnly & typeof audioSave;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: Common };
  }
}

import 'i18next';
import type { CommonStrings } from './i18n';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: CommonStrings };
  }
}

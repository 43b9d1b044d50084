import type { Settings } from '../session/save-schema';
import { documentAttributes } from '../session/settings';

/**
 * Sets `data-text-size`, `data-high-contrast`, `data-reduced-motion` and `lang` on the root
 * element (by default `<html>`) so stylesheets can follow the settings without JavaScript.
 */
export function applySettingsToDocument(
  settings: Readonly<Settings>,
  root: Element = document.documentElement,
): void {
  for (const [name, value] of Object.entries(documentAttributes(settings))) {
    root.setAttribute(name, value);
  }
}

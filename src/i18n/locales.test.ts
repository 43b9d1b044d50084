import { describe, expect, it } from 'vitest';
import { COMMON_RESOURCES as BASE, LANGUAGES } from './i18n';
import enLab from './locales/en/lab.json';
import deLab from './locales/de/lab.json';
import enWorkshop from './locales/en/workshop.json';
import deWorkshop from './locales/de/workshop.json';
import enBoard from './locales/en/board.json';
import deBoard from './locales/de/board.json';
import enPrint from './locales/en/print.json';
import dePrint from './locales/de/print.json';

/** The interface strings with the bundles that load later into the same namespace. */
const COMMON_RESOURCES = {
  en: { ...BASE.en, ...enLab, ...enWorkshop, ...enBoard, ...enPrint },
  de: { ...BASE.de, ...deLab, ...deWorkshop, ...deBoard, ...dePrint },
} as const;

type Tree = { [key: string]: unknown };

/** Every leaf key of a locale tree, as dot paths; `_meta` is a note for translators. */
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    if (prefix === '' && key === '_meta') {
      return [];
    }
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'object' && value !== null ? leafKeys(value as Tree, path) : [path];
  });
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

function valueAt(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Tree)[key], tree);
}

describe('the interface locales', () => {
  const english = leafKeys(COMMON_RESOURCES.en);

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s has exactly the English key set',
    (language) => {
      expect(leafKeys(COMMON_RESOURCES[language]).sort()).toEqual([...english].sort());
    },
  );

  it.each(LANGUAGES)('%s uses the same placeholders as English in every string', (language) => {
    for (const key of english) {
      const text = valueAt(COMMON_RESOURCES[language], key);
      const reference = valueAt(COMMON_RESOURCES.en, key);
      expect(typeof text, key).toBe('string');
      expect(placeholders(text as string), key).toEqual(placeholders(reference as string));
    }
  });
});

/**
 * The locale pass: every key level.json uses exists (non-empty) in every locale, no locale holds
 * a key nothing uses, and each string has the same `{{placeholders}}` in every locale.
 *
 * Locale files are nested i18next JSON; a key `email.ceo-wire.subject` is the path
 * `email → ceo-wire → subject`. A key used as `k` is also satisfied by i18next plural forms
 * `k_one`, `k_other`, … .
 */
import type { IssueCollector, PathSegment } from './issue-path';
import { formatPath } from './issue-path';
import type { LocaleTree } from './schema';

/** i18next's plural suffixes (Intl.PluralRules categories). */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** i18next placeholders: `{{name}}`, `{{- name}}` (unescaped) and `{{name, format}}`. */
const PLACEHOLDER = /\{\{-?\s*([^},\s]+)[^}]*\}\}/g;

/** The locale files of one level, shape-checked, by language. */
export interface LocaleInput {
  readonly language: string;
  readonly file: string;
  readonly tree: LocaleTree;
}

/** Flattens a locale tree to `dot.key → text`. */
export function flattenLocale(tree: LocaleTree, prefix: string[] = []): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') {
      flat.set([...prefix, key].join('.'), value);
    } else {
      for (const [inner, text] of flattenLocale(value, [...prefix, key])) {
        flat.set(inner, text);
      }
    }
  }
  return flat;
}

/** Every `{{placeholder}}` name in a text. */
export function placeholdersOf(text: string): Set<string> {
  return new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''));
}

/** Checks every locale against the keys level.json uses (`used`: key → where it is used). */
export function checkLocales(
  used: ReadonlyMap<string, string>,
  locales: readonly LocaleInput[],
  issues: IssueCollector,
): void {
  const flats = locales.map((locale) => ({ ...locale, flat: flattenLocale(locale.tree) }));
  for (const locale of flats) {
    reportMissing(used, locale, issues);
    reportUnused(used, locale, issues);
  }
  reportPlaceholderMismatches(flats, issues);
}

function reportMissing(
  used: ReadonlyMap<string, string>,
  locale: LocaleInput & { flat: Map<string, string> },
  issues: IssueCollector,
): void {
  for (const [key, usedAt] of used) {
    const forms = [...locale.flat].filter(([candidate]) => baseKey(candidate) === key);
    if (forms.length === 0 || forms.some(([, text]) => text.trim() === '')) {
      const message = `key "${key}" (used at ${usedAt} in level.json) has no ${locale.language} text`;
      issues.add('ERR_MISSING_KEY', locale.file, keyPath(key), message);
    }
  }
}

function reportUnused(
  used: ReadonlyMap<string, string>,
  locale: LocaleInput & { flat: Map<string, string> },
  issues: IssueCollector,
): void {
  for (const key of locale.flat.keys()) {
    if (!used.has(baseKey(key))) {
      const message = `key "${key}" is not used by level.json`;
      issues.add('ERR_UNUSED_KEY', locale.file, keyPath(key), message);
    }
  }
}

/** Compares every locale with the first one that has the same key (English comes first). */
function reportPlaceholderMismatches(
  locales: readonly (LocaleInput & { flat: Map<string, string> })[],
  issues: IssueCollector,
): void {
  const reference = new Map<string, { language: string; names: Set<string> }>();
  for (const locale of locales) {
    for (const [key, text] of locale.flat) {
      const names = placeholdersOf(text);
      const first = reference.get(key);
      if (first === undefined) {
        reference.set(key, { language: locale.language, names });
      } else if (!sameSet(first.names, names)) {
        const message = `placeholders ${describe(names)} differ from ${first.language}'s ${describe(first.names)}`;
        issues.add('ERR_PLACEHOLDER_MISMATCH', locale.file, keyPath(key), message);
      }
    }
  }
}

function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

function keyPath(key: string): PathSegment[] {
  return key.split('.');
}

function sameSet(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  return left.size === right.size && [...left].every((name) => right.has(name));
}

function describe(names: ReadonlySet<string>): string {
  return names.size === 0 ? '(none)' : [...names].map((name) => `{{${name}}}`).join(' ');
}

/**
 * Every i18n key level.json uses, with the path of its first use: fields named `…Key`, lists
 * named `…Keys`, `reasoning` lists and debrief facts' `key`.
 */
export function collectKeys(value: unknown, path: PathSegment[] = []): Map<string, string> {
  const keys = new Map<string, string>();
  const add = (key: unknown, at: PathSegment[]) => {
    if (typeof key === 'string' && !keys.has(key)) {
      keys.set(key, formatPath(at));
    }
  };
  if (Array.isArray(value)) {
    value.forEach((item, i) => mergeInto(keys, collectKeys(item, [...path, i])));
  } else if (typeof value === 'object' && value !== null) {
    for (const [field, inner] of Object.entries(value)) {
      if (isKeyField(field)) {
        add(inner, [...path, field]);
      } else if (isKeyListField(field) && Array.isArray(inner)) {
        inner.forEach((key, i) => add(key, [...path, field, i]));
      } else {
        mergeInto(keys, collectKeys(inner, [...path, field]));
      }
    }
  }
  return keys;
}

function isKeyField(field: string): boolean {
  return field === 'key' || field.endsWith('Key');
}

function isKeyListField(field: string): boolean {
  return field === 'reasoning' || field.endsWith('Keys');
}

function mergeInto(target: Map<string, string>, source: ReadonlyMap<string, string>): void {
  for (const [key, at] of source) {
    if (!target.has(key)) {
      target.set(key, at);
    }
  }
}

/**
 * A level's text, by level, language and key. Level text is data written by level authors, so it
 * never goes through i18next's interpolation or nesting: the only thing done to it is replacing
 * `{{name}}` placeholders the game itself supplies. It reaches the page through textContent.
 */
const LEVEL_NAMESPACE_PREFIX = 'level:';

const strings = new Map<string, Readonly<Record<string, Readonly<Record<string, string>>>>>();

/** The namespace of a level's text: `level:<id>`. */
export type LevelNamespace = `level:${string}`;

/** The namespace string the DOM helpers use for a level's text. */
export function levelNamespace(levelId: string): LevelNamespace {
  return `${LEVEL_NAMESPACE_PREFIX}${levelId}`;
}

/** Whether a namespace names a level's text. */
export function isLevelNamespace(namespace: string | undefined): namespace is LevelNamespace {
  return namespace?.startsWith(LEVEL_NAMESPACE_PREFIX) ?? false;
}

/** Registers a parsed level's strings (language → key → text). */
export function registerLevelStrings(
  levelId: string,
  byLanguage: Readonly<Record<string, Readonly<Record<string, string>>>>,
): void {
  strings.set(levelId, byLanguage);
}

/**
 * A level string in the language asked for, else in English, else a visible marker so a missing
 * text is loud rather than blank. Placeholders are replaced by plain string substitution.
 */
export function levelText(
  namespace: string,
  language: string,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const levelId = namespace.slice(LEVEL_NAMESPACE_PREFIX.length);
  const byLanguage = strings.get(levelId);
  const text = byLanguage?.[language]?.[key] ?? byLanguage?.en?.[key];
  if (text === undefined) {
    console.error(`[level text] missing "${key}" in level ${levelId}`);
    return `⟦${key}⟧`;
  }
  return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

import { i18n, type UiKey } from '../i18n/i18n';
import { isLevelNamespace, type LevelNamespace, levelText } from '../levels/level-text';

export type { UiKey };

/**
 * A translated parameter inside another string (e.g. a goal's name inside a sentence): an interface
 * key, or a level's key with the level's namespace. A key built from a template needs `as const`
 * here (`{ key: `scenario.${id}` as const }`) so that it is checked against the strings.
 */
export type KeyParam =
  | { readonly key: UiKey; readonly namespace?: undefined }
  | { readonly key: string; readonly namespace: LevelNamespace };

/** Interpolation values for a translated string. */
export type TextParams = Record<string, string | number | KeyParam>;

/**
 * A string to show: an interface key, checked at compile time against the English `common`
 * strings (templates such as `defense.${id}.name` included), or a level's key with the level's
 * namespace (level text is data, so its keys are plain strings). `Key` is inferred from the key.
 */
export type TextSpec<Key extends string = string> = (
  | { readonly key: InterfaceKey<Key>; readonly namespace?: undefined }
  | { readonly key: Key; readonly namespace: LevelNamespace }
) & { readonly params?: TextParams | undefined };

/**
 * `Key` when every key it stands for is an interface key, else every interface key (so the call
 * does not compile). A conditional checks each inferred key by itself; an intersection with the
 * union of every key (`Key & UiKey`) cost seconds of typecheck per call once the keys numbered
 * some nine hundred.
 */
export type InterfaceKey<Key extends string> = Key extends UiKey ? Key : UiKey;

interface Binding {
  key: string;
  namespace: LevelNamespace | undefined;
  params: TextParams | undefined;
}

const bindings = new WeakMap<Element, Binding>();
const BOUND_ATTRIBUTE = 'data-i18n';

/** Looks up an interface key, or a level's key in its namespace (registered at run time). */
export function translate(key: UiKey, params?: TextParams): string;
export function translate(
  key: string,
  params: TextParams | undefined,
  namespace: LevelNamespace,
): string;
export function translate(key: string, params?: TextParams, namespace?: LevelNamespace): string {
  return lookUp(key, params, namespace);
}

function lookUp(key: string, params?: TextParams, namespace?: LevelNamespace): string {
  const t = i18n.t.bind(i18n) as (k: string, o?: Record<string, unknown>) => string;
  const resolved: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    resolved[name] =
      typeof value === 'object' ? lookUp(value.key, undefined, value.namespace) : value;
  }
  if (isLevelNamespace(namespace)) {
    return levelText(namespace, i18n.language, key, resolved);
  }
  return t(key, resolved);
}

/**
 * Shows a translated string in an element and keeps it current when the language changes.
 * Text is always assigned through textContent: nothing a locale or a level says is parsed as HTML.
 */
export function bindText<E extends Element, Key extends string>(
  element: E,
  text: TextSpec<Key>,
): E {
  const { key, namespace, params } = text;
  bindings.set(element, { key, namespace, params });
  element.setAttribute(BOUND_ATTRIBUTE, key);
  const content = lookUp(key, params, namespace);
  // Bound again with the same text (an update in place), the element is left as it is.
  if (element.textContent !== content) {
    element.textContent = content;
  }
  return element;
}

/** Re-renders every bound element under root in the current language. */
export function refreshTexts(root: ParentNode = document): void {
  for (const element of root.querySelectorAll(`[${BOUND_ATTRIBUTE}]`)) {
    const binding = bindings.get(element);
    if (binding !== undefined) {
      element.textContent = lookUp(binding.key, binding.params, binding.namespace);
    }
  }
}

interface ElementOptions<Key extends string> {
  className?: string;
  text?: TextSpec<Key> | undefined;
  attrs?: Record<string, string>;
  children?: readonly Node[];
  onClick?: (event: Event) => void;
}

/** Creates an element; text goes through i18next, never through innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap, Key extends string = never>(
  tag: K,
  options: ElementOptions<Key> = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className !== undefined) {
    element.className = options.className;
  }
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    element.setAttribute(name, value);
  }
  if (options.text !== undefined) {
    bindText(element, options.text);
  }
  for (const child of options.children ?? []) {
    element.append(child);
  }
  if (options.onClick !== undefined) {
    element.addEventListener('click', options.onClick);
  }
  return element;
}

/** Elements that Tab can reach inside a root, in document order (visible and enabled only). */
export function tabbables(root: ParentNode): HTMLElement[] {
  const selector =
    'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  return [...root.querySelectorAll<HTMLElement>(selector)].filter(
    (element) => element.closest('[hidden], [inert]') === null && !isInClosedDetails(element),
  );
}

function isInClosedDetails(element: HTMLElement): boolean {
  const details = element.parentElement?.closest('details');
  if (details === null || details === undefined) {
    return false;
  }
  // A closed <details> hides everything but its own <summary>.
  const ownSummary = element.tagName === 'SUMMARY' && element.parentElement === details;
  return (!details.open && !ownSummary) || isInClosedDetails(details);
}

/** Focuses an element and scrolls it into view (no further than needed). */
export function focusInView(target: HTMLElement): void {
  target.focus({ preventScroll: true });
  target.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

/**
 * Makes a dialog modal for the keyboard: Tab and Shift+Tab cycle through its controls, and
 * focus that lands outside it while it is on the page is brought back. Returns what had the
 * focus when it was called (the control that opened the dialog), for {@link returnFocus}.
 */
export function trapFocus(dialog: HTMLElement): HTMLElement | null {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') {
      return;
    }
    const stops = tabbables(dialog);
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (first === undefined || last === undefined) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    const inside = active instanceof HTMLElement && dialog.contains(active);
    if (event.shiftKey && (!inside || active === first)) {
      event.preventDefault();
      focusInView(last);
    } else if (!event.shiftKey && (!inside || active === last)) {
      event.preventDefault();
      focusInView(first);
    }
  });
  const onFocusIn = (event: FocusEvent): void => {
    if (!dialog.isConnected) {
      document.removeEventListener('focusin', onFocusIn);
      return;
    }
    if (event.target instanceof Node && !dialog.contains(event.target)) {
      const first = tabbables(dialog)[0];
      if (first !== undefined) {
        focusInView(first);
      }
    }
  };
  // Listen once the dialog is on the page (it is usually built before it is appended).
  queueMicrotask(() => document.addEventListener('focusin', onFocusIn));
  return opener;
}

/** Gives the focus back to the control that opened a dialog, if it is still on the page. */
export function returnFocus(opener: HTMLElement | null): void {
  if (opener !== null && opener.isConnected && opener !== document.body) {
    focusInView(opener);
  }
}

import { i18n } from '../i18n/i18n';
import { isLevelNamespace, levelText } from '../levels/level-text';

/** A parameter that is itself translated (e.g. a goal's name inside a sentence). */
export interface KeyParam {
  readonly key: string;
  readonly namespace?: string;
}

/** Interpolation values for a translated string. */
export type TextParams = Record<string, string | number | KeyParam>;

interface Binding {
  key: string;
  namespace: string | undefined;
  params: TextParams | undefined;
}

const bindings = new WeakMap<Element, Binding>();
const BOUND_ATTRIBUTE = 'data-i18n';

/** Looks up a key in any namespace; level namespaces are registered at run time. */
export function translate(key: string, params?: TextParams, namespace?: string): string {
  const t = i18n.t.bind(i18n) as (k: string, o?: Record<string, unknown>) => string;
  const resolved: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    resolved[name] =
      typeof value === 'object' ? translate(value.key, undefined, value.namespace) : value;
  }
  if (isLevelNamespace(namespace)) {
    return levelText(namespace, i18n.language, key, resolved);
  }
  return t(key, { ...resolved, ...(namespace === undefined ? {} : { ns: namespace }) });
}

/**
 * Shows a translated string in an element and keeps it current when the language changes.
 * Text is always assigned through textContent: nothing a locale or a level says is parsed as HTML.
 */
export function bindText<E extends Element>(
  element: E,
  key: string,
  params?: TextParams,
  namespace?: string,
): E {
  bindings.set(element, { key, namespace, params });
  element.setAttribute(BOUND_ATTRIBUTE, key);
  element.textContent = translate(key, params, namespace);
  return element;
}

/** Re-renders every bound element under root in the current language. */
export function refreshTexts(root: ParentNode = document): void {
  for (const element of root.querySelectorAll(`[${BOUND_ATTRIBUTE}]`)) {
    const binding = bindings.get(element);
    if (binding !== undefined) {
      element.textContent = translate(binding.key, binding.params, binding.namespace);
    }
  }
}

interface ElementOptions {
  className?: string;
  text?: { key: string; params?: TextParams; namespace?: string };
  attrs?: Record<string, string>;
  children?: readonly Node[];
  onClick?: (event: Event) => void;
}

/** Creates an element; text goes through i18next, never through innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className !== undefined) {
    element.className = options.className;
  }
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    element.setAttribute(name, value);
  }
  if (options.text !== undefined) {
    bindText(element, options.text.key, options.text.params, options.text.namespace);
  }
  for (const child of options.children ?? []) {
    element.append(child);
  }
  if (options.onClick !== undefined) {
    element.addEventListener('click', options.onClick);
  }
  return element;
}

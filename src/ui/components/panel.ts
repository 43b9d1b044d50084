import type { LevelNamespace } from '../../levels/level-text';
import { el, type InterfaceKey, type TextSpec } from '../dom';

/** The heading: an interface key, or a level's key with its namespace (as in `TextSpec`). */
type PanelHeading<Key extends string> =
  | { headingKey: InterfaceKey<Key>; headingNamespace?: undefined }
  | { headingKey: Key; headingNamespace: LevelNamespace };

type PanelOptions<Key extends string> = PanelHeading<Key> & {
  headingParams?: Record<string, string | number>;
  className?: string;
  onBack?: () => void;
  children: readonly Node[];
};

/** A paper panel with a heading and an optional Back button (Escape does the same). */
export function paperPanel<Key extends string = never>(options: PanelOptions<Key>): HTMLElement {
  const params = options.headingParams;
  // The union's two halves are checked at the call; here the key is one or the other.
  const text: TextSpec =
    options.headingNamespace === undefined
      ? { key: options.headingKey, params }
      : { key: options.headingKey, namespace: options.headingNamespace, params };
  const heading = el('h2', { className: 'panel-heading', text });
  const header = el('header', { className: 'panel-header', children: [heading] });
  if (options.onBack !== undefined) {
    header.prepend(
      el('button', {
        className: 'back-button',
        text: { key: 'common.back' },
        attrs: { type: 'button', 'data-action': 'back' },
        onClick: options.onBack,
      }),
    );
  }
  return el('section', {
    className: `paper-panel ${options.className ?? ''}`.trim(),
    children: [header, ...options.children],
  });
}

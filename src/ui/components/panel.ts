import { el } from '../dom';

interface PanelOptions {
  headingKey: string;
  headingParams?: Record<string, string | number>;
  headingNamespace?: string;
  className?: string;
  onBack?: () => void;
  children: readonly Node[];
}

/** A paper panel with a heading and an optional Back button (Escape does the same). */
export function paperPanel(options: PanelOptions): HTMLElement {
  const heading = el('h2', {
    className: 'panel-heading',
    text: {
      key: options.headingKey,
      ...(options.headingParams === undefined ? {} : { params: options.headingParams }),
      ...(options.headingNamespace === undefined ? {} : { namespace: options.headingNamespace }),
    },
  });
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

import { el, type TextParams, type UiKey } from './dom';

/**
 * Shows a notice (a saved game set aside, storage unavailable…) in the polite live region,
 * with a button to dismiss it. The text comes from i18next and stays live across languages.
 */
export function showNotice(key: UiKey, params?: TextParams): HTMLElement {
  const region = document.getElementById('notices');
  if (region === null) {
    throw new Error('index.html must contain <div id="notices">');
  }
  const dismiss = el('button', {
    className: 'notice-dismiss',
    text: { key: 'notice.dismiss' },
    attrs: { type: 'button' },
  });
  const notice = el('div', {
    className: 'notice',
    attrs: { 'data-notice': key },
    children: [el('p', { text: { key, ...(params === undefined ? {} : { params }) } }), dismiss],
  });
  dismiss.addEventListener('click', () => notice.remove());
  region.append(notice);
  return notice;
}

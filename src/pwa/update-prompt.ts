import { el } from '../ui/dom';
import './update-prompt.css';

/** The notice's `data-notice`, to find it again (one prompt at a time). */
const PROMPT_NOTICE = 'pwa.updateReady';

/**
 * Announces a new version in the polite notices region: "Reload to update" calls `accept`,
 * "Later" puts the notice away. It takes no focus, so a player in the middle of a level is not
 * interrupted; the text is read out by the live region and stays until the player answers.
 * Returns the notice; a second call while one is shown returns the one already there.
 */
export function showUpdatePrompt(accept: () => void): HTMLElement {
  const region = document.getElementById('notices');
  if (region === null) {
    throw new Error('index.html must contain <div id="notices">');
  }
  const shown = region.querySelector<HTMLElement>(`[data-notice="${PROMPT_NOTICE}"]`);
  if (shown !== null) {
    return shown;
  }
  const reload = el('button', {
    className: 'notice-dismiss',
    text: { key: 'pwa.reload' },
    attrs: { type: 'button', 'data-action': 'pwa-reload' },
  });
  const later = el('button', {
    className: 'notice-dismiss',
    text: { key: 'pwa.later' },
    attrs: { type: 'button', 'data-action': 'pwa-later' },
  });
  const notice = el('div', {
    className: 'notice update-prompt',
    attrs: { 'data-notice': PROMPT_NOTICE },
    children: [
      el('p', { text: { key: 'pwa.updateReady' } }),
      el('div', { className: 'update-prompt-actions', children: [reload, later] }),
    ],
  });
  reload.addEventListener('click', () => {
    reload.disabled = true;
    later.disabled = true;
    accept();
  });
  later.addEventListener('click', () => notice.remove());
  region.append(notice);
  return notice;
}

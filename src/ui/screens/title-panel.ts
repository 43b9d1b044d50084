/**
 * The title screen's panel: the game's name, the menu and the language switch. Plain DOM, so the
 * page's entry script can paint it before Phaser has loaded (docs/PERFORMANCE.md, "First screen");
 * the title scene adopts the same element when the table is ready, so nothing on screen moves.
 */
import { el, type UiKey } from '../dom';
import { languageSwitch } from '../language-switch';

/** One entry of the title menu: the `data-action` tests and the bench press, and its label. */
export interface TitleMenuEntry {
  readonly action: string;
  readonly key: UiKey;
}

/** What the title panel needs from whoever shows it. */
export interface TitlePanelOptions {
  readonly entries: readonly TitleMenuEntry[];
  /** A level is in progress: the panel offers to give it up. */
  readonly resumable: boolean;
  /** A menu entry was pressed. */
  readonly onPick: (action: string) => void;
  /** The player confirmed giving up the level in progress. */
  readonly onAbandon: () => void;
}

/** Builds the title panel; the first entry is the primary button and takes the focus. */
export function buildTitlePanel(options: TitlePanelOptions): HTMLElement {
  const buttons = options.entries.map((entry, index) =>
    el('button', {
      className: index === 0 ? 'primary-button' : 'menu-button',
      text: { key: entry.key },
      attrs: {
        type: 'button',
        'data-action': entry.action,
        ...(index === 0 ? { 'data-autofocus': '' } : {}),
      },
      onClick: () => options.onPick(entry.action),
    }),
  );
  const menu = el('nav', { className: 'menu', children: buttons });
  if (options.resumable) {
    menu.append(abandonButton(options.onAbandon));
  }
  return el('section', {
    className: 'title-panel',
    attrs: { 'aria-labelledby': 'game-title' },
    children: [
      el('h1', { text: { key: 'app.title' }, attrs: { id: 'game-title' } }),
      el('p', { className: 'subtitle', text: { key: 'app.subtitle' } }),
      el('p', { className: 'tagline', text: { key: 'app.tagline' } }),
      menu,
      languageSwitch(),
    ],
  });
}

/**
 * Says, under the menu, that the table is still loading: shown when an entry was pressed before
 * the game could open it (the entry opens by itself once it can).
 */
export function showTitleLoading(panel: HTMLElement): void {
  if (panel.querySelector('.title-loading') !== null) {
    return;
  }
  panel.setAttribute('aria-busy', 'true');
  panel.append(
    el('p', {
      className: 'loading-label title-loading',
      text: { key: 'boot.loading' },
      attrs: { role: 'status' },
    }),
  );
}

/**
 * The way to give up a level in progress: a button, then a question that names what is lost.
 * Yes forgets the saved day; No (or Escape) puts the button back and focuses it.
 */
function abandonButton(onAbandon: () => void): HTMLElement {
  const ask = el('button', {
    className: 'menu-button',
    text: { key: 'title.abandon' },
    attrs: { type: 'button', 'data-action': 'abandon' },
  });
  const cancel = (): void => {
    confirm.replaceWith(ask);
    ask.focus();
  };
  const confirm = el('div', {
    className: 'abandon-confirm',
    attrs: { role: 'group', 'aria-labelledby': 'abandon-question' },
    children: [
      el('p', { text: { key: 'title.abandonConfirm' }, attrs: { id: 'abandon-question' } }),
      el('button', {
        className: 'menu-button',
        text: { key: 'title.abandonYes' },
        attrs: { type: 'button', 'data-action': 'abandon-confirm' },
        onClick: onAbandon,
      }),
      el('button', {
        className: 'primary-button',
        text: { key: 'title.abandonNo' },
        attrs: { type: 'button', 'data-action': 'abandon-cancel' },
        onClick: cancel,
      }),
    ],
  });
  confirm.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  });
  ask.addEventListener('click', () => {
    ask.replaceWith(confirm);
    confirm.querySelector<HTMLElement>('[data-action="abandon-cancel"]')?.focus();
  });
  return ask;
}

/**
 * The printables screen: a sheet picker, a Print button and the pages themselves, laid out on
 * screen as paper and printed by the browser with the sheet's own stylesheet (print.css). Every
 * figure comes from core; every word goes through i18next in the current language.
 */
import { levelNamespace as levelNs } from '../../levels/level-text';
import { el, type TextSpec } from '../dom';
import { cardDeckPages } from './card-deck';
import { facilitatorPages } from './facilitator-sheet';
import type { PrintLevel } from './pages';
import { worksheetPages } from './worksheet';
import './print.css';

export type { PrintLevel } from './pages';
export { PAGE_CONTENT_MM } from './pages';

/** The sheets the screen prints. */
export const PRINT_SHEETS = ['cards', 'worksheet', 'facilitator'] as const;
/** One of {@link PRINT_SHEETS}. */
export type PrintSheet = (typeof PRINT_SHEETS)[number];

/** What to print: a sheet, and for the worksheet and facilitator sheet one level (absent: all). */
export interface PrintRequest {
  readonly sheet: PrintSheet;
  readonly level?: string | undefined;
}

/** What the screen asks of its scene. */
export interface PrintActions {
  back(): void;
  /** Opens the browser's print dialog (`window.print`). */
  print(): void;
}

/** Whether a value names a sheet. */
export function isPrintSheet(value: unknown): value is PrintSheet {
  return typeof value === 'string' && (PRINT_SHEETS as readonly string[]).includes(value);
}

/** The pages of a sheet for the chosen levels. */
export function sheetPages(levels: readonly PrintLevel[], request: PrintRequest): HTMLElement[] {
  const chosen =
    request.level === undefined ? levels : levels.filter((entry) => entry.id === request.level);
  switch (request.sheet) {
    case 'cards':
      return cardDeckPages(levels);
    case 'worksheet':
      return worksheetPages(chosen);
    case 'facilitator':
      return facilitatorPages(chosen);
  }
}

function picker(
  id: string,
  label: TextSpec,
  options: readonly { value: string; text: TextSpec }[],
  selected: string,
  onChange: (value: string) => void,
): HTMLElement {
  const select = el('select', { attrs: { id, 'data-control': id } });
  for (const option of options) {
    const item = el('option', { text: option.text });
    item.value = option.value;
    item.selected = option.value === selected;
    select.append(item);
  }
  select.addEventListener('change', () => onChange(select.value));
  return el('div', {
    className: 'print-picker',
    children: [el('label', { text: label, attrs: { for: id } }), select],
  });
}

/** The printables screen; picking another sheet or level redraws the pages in place. */
export class PrintView {
  readonly root: HTMLElement;
  private _request: PrintRequest;
  private readonly _pages: HTMLElement;
  private readonly _levelPicker: HTMLElement;

  constructor(
    private readonly _levels: readonly PrintLevel[],
    request: PrintRequest,
    actions: PrintActions,
  ) {
    this._request = request;
    const sheetPicker = picker(
      'print-sheet',
      { key: 'print.sheetLabel' },
      PRINT_SHEETS.map((sheet) => ({
        value: sheet,
        text: { key: `print.sheet.${sheet}` as const },
      })),
      request.sheet,
      (value) => {
        if (isPrintSheet(value)) {
          this.show({ ...this._request, sheet: value });
        }
      },
    );
    this._levelPicker = picker(
      'print-level',
      { key: 'print.levelLabel' },
      [
        { value: '', text: { key: 'print.allLevels' } },
        ...this._levels.map((entry) => ({
          value: entry.id,
          text: { key: entry.level.titleKey, namespace: levelNs(entry.id) },
        })),
      ],
      request.level ?? '',
      (value) => this.show({ ...this._request, level: value === '' ? undefined : value }),
    );
    const controls = el('div', {
      className: 'print-controls',
      children: [
        el('header', {
          className: 'panel-header',
          children: [
            el('button', {
              className: 'back-button',
              text: { key: 'common.back' },
              attrs: { type: 'button', 'data-action': 'back' },
              onClick: () => actions.back(),
            }),
            el('h2', { className: 'panel-heading', text: { key: 'print.heading' } }),
          ],
        }),
        el('p', { text: { key: 'print.intro' } }),
        el('div', {
          className: 'print-pickers',
          children: [
            sheetPicker,
            this._levelPicker,
            el('button', {
              className: 'primary-button',
              text: { key: 'print.print' },
              attrs: { type: 'button', 'data-action': 'print', 'data-autofocus': '' },
              onClick: () => actions.print(),
            }),
          ],
        }),
      ],
    });
    this._pages = el('div', { className: 'print-sheet' });
    this.root = el('section', { className: 'print-screen', children: [controls, this._pages] });
    this.show(request);
  }

  /** The sheet shown. */
  get request(): PrintRequest {
    return this._request;
  }

  /** Shows a sheet (and level). */
  show(request: PrintRequest): void {
    this._request = request;
    // The card deck is the same for every level.
    this._levelPicker.hidden = request.sheet === 'cards';
    const pages = sheetPages(this._levels, request);
    this._pages.dataset.sheet = request.sheet;
    if (request.level === undefined || request.sheet === 'cards') {
      delete this._pages.dataset.level;
    } else {
      this._pages.dataset.level = request.level;
    }
    this._pages.dataset.pages = String(pages.length);
    this._pages.replaceChildren(...pages);
  }
}

/**
 * The printed page: every sheet is built as a list of `.print-page` boxes, each exactly the
 * content area of one printed page (A4 or Letter, whichever is smaller in each direction, inside
 * the sheet's margins). A sheet decides what goes on each page, so a card never splits across
 * pages and the page count is known before printing: one box, one page.
 */
import type { Level } from '../../core';
import { el, type TextSpec } from '../dom';

/** A level the printables can show: its id and the parsed level (its text is registered). */
export interface PrintLevel {
  readonly id: string;
  readonly level: Level;
}

/** The page's content box in millimetres: A4's width and Letter's height, less 10 mm margins. */
export const PAGE_CONTENT_MM = { width: 190, height: 257 } as const;

/** One printed page with a running head: the sheet's title and its number. */
export function printPage(title: TextSpec, children: readonly Node[], className = ''): HTMLElement {
  return el('section', {
    className: `print-page ${className}`.trim(),
    children: [
      el('header', { className: 'print-running-head', children: [el('span', { text: title })] }),
      el('div', { className: 'print-page-body', children }),
    ],
  });
}

/** Numbers the pages of a sheet ("page 2 of 5") in their running heads. */
export function numberPages(pages: readonly HTMLElement[]): HTMLElement[] {
  pages.forEach((page, index) => {
    const head = page.querySelector('.print-running-head');
    head?.append(
      el('span', {
        className: 'print-page-number',
        text: { key: 'print.pageNumber', params: { page: index + 1, pages: pages.length } },
      }),
    );
  });
  return [...pages];
}

/** A table with a header row of interface keys and body rows of cells. */
export function printTable(
  className: string,
  head: readonly TextSpec[],
  rows: readonly (readonly Node[])[],
): HTMLElement {
  return el('table', {
    className: `print-table ${className}`,
    children: [
      el('thead', {
        children: [
          el('tr', {
            children: head.map((text) => el('th', { text, attrs: { scope: 'col' } })),
          }),
        ],
      }),
      el('tbody', {
        children: rows.map((cells) =>
          el('tr', { children: cells.map((cell) => el('td', { children: [cell] })) }),
        ),
      }),
    ],
  });
}

/** A text node (level text and numbers are never parsed as HTML). */
export function plain(text: string): Text {
  return document.createTextNode(text);
}

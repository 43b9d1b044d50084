import { el, translate, type UiKey } from '../dom';

const SVG = 'http://www.w3.org/2000/svg';

/** The light border a QR reader needs around the symbol, in modules (the standard's four). */
export const QUIET_ZONE = 4;

/** A QR symbol's modules: its side in modules and whether a module is dark. */
export interface QrModules {
  readonly size: number;
  readonly dark: (row: number, column: number) => boolean;
}

/**
 * The dark modules as one SVG path in module units, offset by the quiet zone: each run of dark
 * modules in a row is one rectangle, so the path stays short for long codes.
 */
export function qrPath(modules: QrModules, margin = QUIET_ZONE): string {
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.dark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.dark(row, column)) {
        column += 1;
      }
      parts.push(
        `M${String(start + margin)} ${String(row + margin)}h${String(column - start)}v1H${String(start + margin)}z`,
      );
    }
  }
  return parts.join('');
}

/** The SVG of a QR symbol, drawn from its modules: black on white, scaled by its box. */
export function qrSvg(modules: QrModules, labelKey: UiKey): SVGSVGElement {
  const side = modules.size + 2 * QUIET_ZONE;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${String(side)} ${String(side)}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'qr-code');
  svg.dataset.modules = String(modules.size);
  const title = document.createElementNS(SVG, 'title');
  // The picture's accessible name.
  title.textContent = translate(labelKey);
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(side));
  background.setAttribute('height', String(side));
  background.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', qrPath(modules));
  path.setAttribute('fill', '#000');
  svg.append(title, background, path);
  return svg;
}

/**
 * Draws `text` as a QR code. The encoder (the `qrcode` package) loads the first time a QR code is
 * drawn, not with the first screen. Error correction M: a phone still reads a code shown on a
 * projector or printed a little smudged.
 */
export async function drawQr(text: string, labelKey: UiKey): Promise<SVGSVGElement> {
  const { create } = await import('qrcode');
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return qrSvg(
    { size: modules.size, dark: (row, column) => modules.get(row, column) !== 0 },
    labelKey,
  );
}

/**
 * A box that shows the QR code of `text` once it is drawn (at once, a box of the same size
 * waits); if drawing fails, the box says so and the code on screen still works.
 */
export function qrBox(text: string, labelKey: UiKey, failedKey: UiKey): HTMLElement {
  const box = el('div', { className: 'qr-box', attrs: { 'data-qr': 'loading' } });
  drawQr(text, labelKey).then(
    (svg) => {
      box.replaceChildren(svg);
      box.dataset.qr = 'ready';
    },
    () => {
      box.replaceChildren(el('p', { className: 'qr-failed', text: { key: failedKey } }));
      box.dataset.qr = 'failed';
    },
  );
  return box;
}

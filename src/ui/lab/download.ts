/**
 * Downloads from the page: a blob or a text under a file name (the Lab's CSV, JSON and SVG
 * exports), and an SVG drawn into a PNG. The browser saves the file through a temporary link;
 * nothing is sent anywhere.
 */

/** How long an object URL stays alive after its download starts, in milliseconds. */
const REVOKE_AFTER_MS = 10_000;

/** Saves a blob under a file name, through a temporary `<a download>` link. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a later revoke frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Saves a text under a file name with its media type (UTF-8). */
export function downloadText(name: string, mime: string, text: string): void {
  downloadBlob(name, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** The style properties copied from the page onto an exported SVG's elements. */
const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

const VAR_PATTERN = /var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g;

/** Replaces every `var(--name)` in a value with the custom property's value on an element. */
export function resolveCssVariables(
  value: string,
  from: Element = document.documentElement,
): string {
  if (!value.includes('var(')) {
    return value;
  }
  const style = getComputedStyle(from);
  const rootStyle = getComputedStyle(document.documentElement);
  const resolveOnce = (text: string): string =>
    text.replace(VAR_PATTERN, (whole, name: string, fallback: string | undefined) => {
      const resolved =
        style.getPropertyValue(name).trim() || rootStyle.getPropertyValue(name).trim();
      return resolved !== '' ? resolved : (fallback?.trim() ?? whole);
    });
  // A custom property may itself name another (`--lab-chart-1: var(--navy)`).
  let resolved = value;
  for (let depth = 0; depth < 4 && resolved.includes('var('); depth += 1) {
    resolved = resolveOnce(resolved);
  }
  return resolved;
}

/**
 * A standalone copy of an SVG that looks the same outside the page: every element's computed
 * style is written onto it (colours from the game's custom properties resolved, fonts named),
 * and any `var(--…)` left in an attribute is resolved against the document. The source should
 * be on the page, so that its styles are computed; a detached source keeps its own attributes.
 */
export function standaloneSvg(source: SVGSVGElement): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const target = copies[index];
    if (target === undefined) {
      return;
    }
    for (const attribute of [...target.attributes]) {
      if (attribute.value.includes('var(')) {
        target.setAttribute(attribute.name, resolveCssVariables(attribute.value, original));
      }
    }
    if (!original.isConnected) {
      return;
    }
    const computed = getComputedStyle(original);
    const declarations = INLINED_PROPERTIES.map((property) => {
      const value = computed.getPropertyValue(property).trim();
      return value === '' ? '' : `${property}:${value}`;
    }).filter((declaration) => declaration !== '');
    const own = target.getAttribute('style') ?? '';
    target.setAttribute('style', resolveCssVariables(`${declarations.join(';')};${own}`, original));
  });
  return copy;
}

/** Reads a blob as a data URL. */
function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string'
        ? resolve(reader.result)
        : reject(new Error('not a data URL'));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the blob'));
    reader.readAsDataURL(blob);
  });
}

/**
 * `@font-face` rules of the page for the families an SVG uses, with their files inlined as data
 * URLs (an SVG drawn as an image cannot load the page's fonts). Only the Latin subsets are
 * embedded, which cover English and German. Best effort: a font that cannot be read is left
 * out and the image falls back to a system font.
 */
async function embeddedFontFaces(families: ReadonlySet<string>): Promise<string> {
  const rules: CSSFontFaceRule[] = [];
  for (const sheet of document.styleSheets) {
    let cssRules: CSSRuleList;
    try {
      cssRules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet cannot be read
    }
    for (const rule of cssRules) {
      if (typeof CSSFontFaceRule !== 'undefined' && rule instanceof CSSFontFaceRule) {
        const family = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim();
        const range = rule.style.getPropertyValue('unicode-range');
        const latin = range === '' || /U\+0+-F?FF\b/i.test(range);
        if (families.has(family) && latin) {
          rules.push(rule);
        }
      }
    }
  }
  const faces = await Promise.all(
    rules.map(async (rule) => {
      const url = /url\(["']?([^"')]+)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (url === undefined) {
        return '';
      }
      try {
        const response = await fetch(new URL(url, rule.parentStyleSheet?.href ?? document.baseURI));
        const data = await dataUrlOf(await response.blob());
        const style = rule.style;
        return `@font-face{font-family:"${style.getPropertyValue('font-family').replace(/["']/g, '')}";font-style:${style.getPropertyValue('font-style') || 'normal'};font-weight:${style.getPropertyValue('font-weight') || '400'};src:url(${data});}`;
      } catch {
        return '';
      }
    }),
  );
  return faces.join('');
}

/** The font families named in a standalone SVG's inline styles. */
function familiesIn(svg: SVGSVGElement): Set<string> {
  const families = new Set<string>();
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    const match = /font-family:([^;]+)/.exec(element.getAttribute('style') ?? '');
    for (const name of match?.[1]?.split(',') ?? []) {
      families.add(name.replace(/["']/g, '').trim());
    }
  }
  return families;
}

/** The size an SVG is drawn at: its width/height attributes, else its viewBox. */
function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Number(svg.getAttribute('width')) || box[2] || 640;
  const height = Number(svg.getAttribute('height')) || box[3] || 400;
  return { width, height };
}

/**
 * Draws an SVG into a PNG at `scale` times its size, through an image and a canvas. The SVG is
 * first made standalone ({@link standaloneSvg}) and the page's fonts it uses are embedded, so
 * the picture matches the page. Rejects when the browser cannot draw it.
 */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const copy = svg.getAttribute('data-standalone') === 'true' ? svg : standaloneSvg(svg);
  const fonts = await embeddedFontFaces(familiesIn(copy));
  if (fonts !== '') {
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = fonts;
    copy.insertBefore(style, copy.firstChild);
  }
  const { width, height } = svgSize(copy);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const text = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) {
      throw new Error('no 2D canvas in this browser');
    }
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob === null ? reject(new Error('the canvas gave no PNG')) : resolve(blob)),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

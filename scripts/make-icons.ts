/**
 * `npx tsx scripts/make-icons.ts`: draws the installable game's icons from public/favicon.svg
 * into public/ as PNG, in the browser suite's Chromium. Run it again after the favicon changes
 * and commit the PNGs; the build only copies them.
 *
 * - `icon-192.png`, `icon-512.png`: the favicon as it is (rounded felt tile, transparent corners).
 * - `icon-maskable-512.png`: full-bleed felt with the favicon inside the safe zone (the circle of
 *   radius 40 % that every launcher mask keeps), so no mask cuts the hexagon.
 * - `apple-touch-icon.png` (180 × 180): opaque and full-bleed; iOS rounds the corners itself.
 *
 * The "%" is set in Atkinson Hyperlegible Bold, the game's own typeface, not the system's sans.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/chromium';

const ROOT = resolve(import.meta.dirname, '..');
const FELT = '#1f5c40';
const FONT = resolve(
  ROOT,
  'node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2',
);

/** One PNG to draw: its file in public/, its size, and how much of it the favicon fills. */
interface IconSpec {
  readonly file: string;
  readonly size: number;
  /** The favicon's edge as a share of the icon's edge, centred. */
  readonly scale: number;
  /** Paint the whole square in the felt colour first (maskable and Apple icons). */
  readonly fullBleed: boolean;
}

const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, scale: 1, fullBleed: false },
  { file: 'icon-512.png', size: 512, scale: 1, fullBleed: false },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.8, fullBleed: true },
  { file: 'apple-touch-icon.png', size: 180, scale: 0.9, fullBleed: true },
];

/** The icon as one SVG: the favicon nested at its place, on felt if full-bleed. */
function iconSvg(favicon: string, spec: IconSpec): string {
  const edge = spec.size * spec.scale;
  const offset = (spec.size - edge) / 2;
  const nested = favicon.replace(
    /^\s*<svg\b/,
    `<svg x="${offset}" y="${offset}" width="${edge}" height="${edge}"`,
  );
  const ground = spec.fullBleed
    ? `<rect width="${spec.size}" height="${spec.size}" fill="${FELT}"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.size}" height="${spec.size}" viewBox="0 0 ${spec.size} ${spec.size}">${ground}${nested}</svg>`;
}

async function main(): Promise<void> {
  const favicon = readFileSync(resolve(ROOT, 'public/favicon.svg'), 'utf8');
  const font = readFileSync(FONT).toString('base64');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const spec of ICONS) {
      await page.setViewportSize({ width: spec.size, height: spec.size });
      await page.setContent(
        `<!doctype html><style>
          @font-face { font-family: 'Icon Face'; font-weight: 700;
            src: url(data:font/woff2;base64,${font}) format('woff2'); }
          html, body { margin: 0; background: transparent; }
          svg { display: block; }
          text { font-family: 'Icon Face', sans-serif; }
        </style>${iconSvg(favicon, spec)}`,
      );
      await page.evaluate(async () => {
        await document.fonts.load("700 20px 'Icon Face'", '%');
        await document.fonts.ready;
      });
      const path = resolve(ROOT, 'public', spec.file);
      await page.screenshot({ path, omitBackground: !spec.fullBleed });
      console.log(`${spec.file}: ${spec.size}×${spec.size}`);
    }
  } finally {
    await browser.close();
  }
}

await main();

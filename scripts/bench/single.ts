/**
 * The single-file build (`npm run build:single`, vite.single.config.ts): how big the one HTML
 * file is that a facilitator copies to a USB stick, raw and gzip, and how long Chromium takes
 * from opening it at a file:// URL to the title. Used by `npm run bench`, and on its own as
 * `npm run bench:single`. Never fails on a number.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../../tests/e2e/chromium';
import { BENCH_OUT } from './build';
import { coldLoad, fileSizes } from './load';
import { kB, median, ms } from './stats';

/** Where the bench builds the single file; `dist-*` is git-ignored. */
export const SINGLE_OUT = resolve(BENCH_OUT, 'single');

/** The single file's size and how long its build took. */
export interface SingleFileSize {
  /** Every file the build wrote: one, `index.html`, when nothing escaped the inlining. */
  readonly files: readonly string[];
  readonly raw: number;
  /** Level 6, as elsewhere in the bench (a stick serves no gzip; this is for comparison). */
  readonly gzip: number;
  readonly buildSeconds: number;
  /** Cold loads from file:// to `body[data-screen="title"]` (the page's clock), in ms. */
  readonly titleMs: { readonly median: number; readonly all: readonly number[] };
}

/** How many cold loads of the single file are timed. */
const LOADS = 3;

/** Builds the single file into its own folder and measures it; loads it in the browser given. */
export async function measureSingleFile(browser: Browser): Promise<SingleFileSize> {
  const started = performance.now();
  await build({
    configFile: resolve('vite.single.config.ts'),
    logLevel: 'warn',
    build: { outDir: SINGLE_OUT, emptyOutDir: true },
  });
  const buildSeconds = (performance.now() - started) / 1000;
  const size = fileSizes(SINGLE_OUT, 'index.html');
  const target = {
    label: 'single file',
    url: pathToFileURL(resolve(SINGLE_OUT, 'index.html')).href,
    folder: SINGLE_OUT,
    readyScreen: 'title',
  };
  await coldLoad(browser, target); // not counted: warms the OS file cache
  const all: number[] = [];
  for (let load = 0; load < LOADS; load += 1) {
    all.push((await coldLoad(browser, target)).readyAt);
  }
  return {
    files: readdirSync(SINGLE_OUT).sort(),
    raw: size.raw,
    gzip: size.gzip,
    buildSeconds,
    titleMs: { median: median(all), all },
  };
}

/** The report's lines for the single file. */
export function singleFileLines(size: SingleFileSize): string[] {
  const files =
    size.files.length === 1 ? 'one file' : `${size.files.length} files: ${size.files.join(', ')}`;
  return [
    `  index.html: ${kB(size.raw)} raw, ${kB(size.gzip)} gzip (${files}; built in ${size.buildSeconds.toFixed(1)} s)`,
    `  from file:// to the title: median ${ms(size.titleMs.median)} of ${size.titleMs.all.length} cold loads (${size.titleMs.all.map(ms).join(', ')})`,
  ];
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  launchChromium()
    .then(async (browser) => {
      try {
        const size = await measureSingleFile(browser);
        process.stdout.write(`Single-file build:\n${singleFileLines(size).join('\n')}\n`);
      } finally {
        await browser.close();
      }
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

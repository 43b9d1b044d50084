/**
 * The single-file build (`npm run build:single`, vite.single.config.ts): how big the one HTML
 * file is that a facilitator copies to a USB stick, raw and gzip. Used by `npm run bench`, and
 * on its own as `npm run bench:single`. Never fails on a number.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { BENCH_OUT } from './build';
import { fileSizes } from './load';
import { kB } from './stats';

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
}

/** Builds the single file into its own folder and measures it. */
export async function measureSingleFile(): Promise<SingleFileSize> {
  const started = performance.now();
  await build({
    configFile: resolve('vite.single.config.ts'),
    logLevel: 'warn',
    build: { outDir: SINGLE_OUT, emptyOutDir: true },
  });
  const buildSeconds = (performance.now() - started) / 1000;
  const size = fileSizes(SINGLE_OUT, 'index.html');
  return { files: readdirSync(SINGLE_OUT).sort(), raw: size.raw, gzip: size.gzip, buildSeconds };
}

/** The report's lines for the single file. */
export function singleFileLines(size: SingleFileSize): string[] {
  const files =
    size.files.length === 1 ? 'one file' : `${size.files.length} files: ${size.files.join(', ')}`;
  return [
    `  index.html: ${kB(size.raw)} raw, ${kB(size.gzip)} gzip (${files}; built in ${size.buildSeconds.toFixed(1)} s)`,
  ];
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  measureSingleFile()
    .then((size) => {
      process.stdout.write(`Single-file build:\n${singleFileLines(size).join('\n')}\n`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

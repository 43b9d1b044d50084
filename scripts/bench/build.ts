import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

/** Where the bench builds; `dist-*` is git-ignored. */
export const BENCH_OUT = resolve('dist-bench');
export const GAME_OUT = resolve(BENCH_OUT, 'game');
export const BARE_OUT = resolve(BENCH_OUT, 'bare');
const BARE_ROOT = resolve('scripts/bench/bare-phaser');

/**
 * Builds the production bundle and the bare Phaser page with the same Vite settings
 * (vite.config.ts: relative base, the Phaser chunk, no inlining), each into its own folder.
 */
export async function buildBoth(): Promise<{ gameSeconds: number; bareSeconds: number }> {
  rmSync(BENCH_OUT, { recursive: true, force: true });
  const configFile = resolve('vite.config.ts');
  let started = performance.now();
  await build({
    configFile,
    logLevel: 'warn',
    build: { outDir: GAME_OUT, emptyOutDir: true },
  });
  const gameSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await build({
    configFile,
    root: BARE_ROOT,
    logLevel: 'warn',
    // The bare page has no public/ folder of its own; do not copy the game's.
    publicDir: false,
    build: { outDir: BARE_OUT, emptyOutDir: true },
  });
  return { gameSeconds, bareSeconds: (performance.now() - started) / 1000 };
}

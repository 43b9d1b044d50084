import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, loadConfigFromFile, type PluginOption } from 'vite';

/** Where the bench builds; `dist-*` is git-ignored. */
export const BENCH_OUT = resolve('dist-bench');
export const GAME_OUT = resolve(BENCH_OUT, 'game');
export const BARE_OUT = resolve(BENCH_OUT, 'bare');
const BARE_ROOT = resolve('scripts/bench/bare-phaser');

/** A config's plugins (nested or not) without those whose name `drop` accepts. */
export function withoutPlugins(
  plugins: readonly PluginOption[],
  drop: (name: string) => boolean,
): PluginOption[] {
  return plugins.flatMap((plugin): PluginOption[] => {
    if (Array.isArray(plugin)) {
      return withoutPlugins(plugin, drop);
    }
    const name =
      typeof plugin === 'object' && plugin !== null && 'name' in plugin ? plugin.name : '';
    return drop(name) ? [] : [plugin];
  });
}

/**
 * Builds the production bundle and the bare Phaser page with the same Vite settings
 * (vite.config.ts: relative base, the Phaser chunk, no inlining), each into its own folder. The
 * bare page uses the published Phaser bundle, not the game's cut of it.
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
  // The yardstick is Phaser as published: the game's own cut of Phaser (src/phaser) is the
  // game's work, not the floor's, so the bare page is built without it.
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, configFile);
  await build({
    ...loaded?.config,
    configFile: false,
    plugins: withoutPlugins(
      loaded?.config.plugins ?? [],
      (name) => name === 'overseer:phaser-for-the-table',
    ),
    root: BARE_ROOT,
    logLevel: 'warn',
    // The bare page has no public/ folder of its own; do not copy the game's.
    publicDir: false,
    build: { ...loaded?.config.build, outDir: BARE_OUT, emptyOutDir: true },
  });
  return { gameSeconds, bareSeconds: (performance.now() - started) / 1000 };
}

import { readFileSync } from 'node:fs';
import type { ConfigEnv, Plugin, PluginOption, UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { describe, expect, it } from 'vitest';
import {
  hasSingleFilePlugin,
  MANIFEST,
  MAX_PRECACHED_BYTES,
  offlineGame,
  THEME_COLOR,
} from '../../vite.config';

/** The width and height a PNG file declares in its header. */
function pngSize(path: string): string {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** The `define` the offline plugin adds to a config holding these plugins. */
function defineFor(plugins: PluginOption[], command: ConfigEnv['command']): unknown {
  const gate = offlineGame().find(
    (plugin): plugin is Plugin =>
      typeof plugin === 'object' &&
      plugin !== null &&
      'name' in plugin &&
      plugin.name === 'overseer:offline-game',
  );
  const hook = gate?.config;
  const handler = typeof hook === 'function' ? hook : hook?.handler;
  const config: UserConfig = { plugins };
  const result = handler?.call({} as never, config, { command, mode: 'production' }) as UserConfig;
  return result.define?.['import.meta.env.SERVICE_WORKER'];
}

describe('the installable build', () => {
  it('has a manifest that works from any folder and the icons it names', () => {
    for (const address of [MANIFEST.start_url, MANIFEST.scope, MANIFEST.id]) {
      expect(address).toBe('./');
    }
    expect(MANIFEST.display).toBe('standalone');
    expect(MANIFEST.theme_color).toBe(THEME_COLOR);
    const icons = MANIFEST.icons ?? [];
    expect(icons.map((icon) => `${icon.sizes} ${String(icon.purpose)}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons) {
      expect(icon.src).not.toMatch(/^\//);
      expect(pngSize(`public/${icon.src}`)).toBe(icon.sizes);
    }
    expect(pngSize('public/apple-touch-icon.png')).toBe('180x180');
  });

  it('colours the page chrome as the manifest does', () => {
    expect(readFileSync('index.html', 'utf8')).toContain(
      `<meta name="theme-color" content="${THEME_COLOR}" />`,
    );
  });

  it('precaches files as large as the Phaser chunk', () => {
    expect(MAX_PRECACHED_BYTES).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('finds the single-file plugin however the plugin list nests it', () => {
    expect(hasSingleFilePlugin([viteSingleFile()])).toBe(true);
    expect(hasSingleFilePlugin([[offlineGame()], [false, [viteSingleFile()]]])).toBe(true);
    expect(hasSingleFilePlugin([offlineGame(), null, false])).toBe(false);
  });

  it('turns the service worker on in the normal build only', () => {
    expect(defineFor([], 'build')).toBe('true');
    expect(defineFor([viteSingleFile()], 'build')).toBe('false');
    expect(defineFor([], 'serve')).toBe('false');
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { phaserForTheTable } from '../../vite.config';

const SOURCE = fileURLToPath(new URL('../../node_modules/phaser/src/', import.meta.url));

/** Runs the plugin's transform on one of Phaser's source files, as the build does. */
function transform(file: string, code = readFileSync(SOURCE + file, 'utf8')): string {
  const plugin: Plugin = phaserForTheTable();
  const hook = plugin.transform;
  const handler = typeof hook === 'function' ? hook : hook?.handler;
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  const result = (handler as (this: unknown, code: string, id: string) => unknown).call(
    context,
    code,
    SOURCE + file,
  );
  return (result as { code: string }).code;
}

describe("the table's Phaser build", () => {
  it('builds the canvas renderer and leaves the WebGL one out', () => {
    const source = readFileSync(`${SOURCE}core/CreateRenderer.js`, 'utf8');
    expect(source).toMatch(/typeof WEBGL_RENDERER/);
    const out = transform('core/CreateRenderer.js');
    expect(out).not.toMatch(/typeof\s+(WEBGL_RENDERER|CANVAS_RENDERER)/);
    expect(out).toContain('if (!false && true)');
  });

  it('skips the WebGL probe Phaser runs when its module loads', () => {
    const out = transform('device/Features.js');
    expect(out).toContain('Features.webGL = false;');
    expect(out).not.toContain('testWebGL()');
  });

  it('stops the build when a line it changes is no longer in Phaser', () => {
    expect(() => transform('device/Features.js', 'Features.webGL = detect();')).toThrow(
      /device\/Features\.js no longer has "Features\.webGL = testWebGL\(\);"/,
    );
  });

  it('leaves files outside Phaser alone', () => {
    const plugin = phaserForTheTable();
    const hook = plugin.transform;
    const handler = typeof hook === 'function' ? hook : hook?.handler;
    const result = (handler as (this: unknown, code: string, id: string) => unknown).call(
      {},
      'if (typeof WEBGL_RENDERER) {}',
      '/elsewhere/file.js',
    );
    expect(result).toBeNull();
  });
});

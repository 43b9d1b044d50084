import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { useGame, type GamePage } from './harness';
import { playDayByClicks } from './play-helpers';

// Its own folder, so this test never opens a dist-single/ that `npm run build:single` rewrites.
const OUT_DIR = 'dist-single-e2e';

const openGame = useGame();
let pageUrl = '';

/** Every request the page makes that is not to a file:, data: or blob: URL. */
function watchNetwork(game: GamePage): string[] {
  const network: string[] = [];
  game.page.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) {
      network.push(request.url());
    }
  });
  return network;
}

describe('the single-file build, opened from the file system', () => {
  beforeAll(async () => {
    await build({
      configFile: resolve('vite.single.config.ts'),
      logLevel: 'warn',
      build: { outDir: OUT_DIR, emptyOutDir: true },
    });
    pageUrl = pathToFileURL(resolve(OUT_DIR, 'index.html')).href;
  }, 180_000);

  it('is one file', () => {
    expect(readdirSync(OUT_DIR)).toEqual(['index.html']);
  });

  it('plays level 1 to an ending from file:// with no console error and no network', async () => {
    const game = await openGame({ url: pageUrl });
    const network = watchNetwork(game);
    expect(game.page.url()).toMatch(/^file:\/\//);
    await game.waitForScreen('title');
    // The fonts came inline (data: URLs), not from a missing file next to the page.
    await expect
      .poll(() =>
        game.page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"', 'Overseer')),
      )
      .toBe(true);
    // A new game has only level 0 open: open every level, as a facilitator would.
    await game.page.click('[data-action="levels"]');
    await game.waitForScreen('level-select');
    await game.page.click('[data-action="open-all"]');
    await game.waitForScreen('level-select');
    await game.page.click('[data-action="open-level"][data-level="1-the-upgrade"]');
    await game.waitForScreen('briefing');
    await game.page.click('[data-action="to-loadout"]');
    await game.waitForScreen('loadout');
    await game.page.click('[data-action="start-day"]');
    await game.waitForScreen('day');
    const ending = await playDayByClicks(game);
    expect(ending).not.toBe('');
    await game.snap('single-file-debrief-1');
    // The browser keeps the save for a file:// page too: it is there after a reload.
    await game.page.reload();
    await game.waitForScreen('title');
    expect(await game.page.evaluate(() => localStorage.length)).toBeGreaterThan(0);
    expect(network).toEqual([]);
  }, 240_000);

  it('carries every sound as a data: URL the browser decodes, as Howler does', async () => {
    const html = readFileSync(resolve(OUT_DIR, 'index.html'), 'utf8');
    const files = readdirSync('assets/audio').filter((name) => name.endsWith('.wav'));
    expect(files).toHaveLength(6);
    const sounds = files.map(
      (name) => `data:audio/wav;base64,${readFileSync(`assets/audio/${name}`).toString('base64')}`,
    );
    for (const [index, sound] of sounds.entries()) {
      expect(html.includes(sound), files[index]).toBe(true);
    }
    const game = await openGame({ url: pageUrl });
    await game.waitForScreen('title');
    // Howler's Web Audio path for a base64 data: URL: atob, then decodeAudioData.
    const durations = await game.page.evaluate(async (urls) => {
      const context = new AudioContext();
      const decoded = await Promise.all(
        urls.map((url) => {
          const bytes = Uint8Array.from(atob(url.split(',')[1] ?? ''), (c) => c.charCodeAt(0));
          return context.decodeAudioData(bytes.buffer);
        }),
      );
      await context.close();
      return decoded.map((buffer) => buffer.duration);
    }, sounds);
    for (const duration of durations) {
      expect(duration).toBeGreaterThan(0);
    }
  });

  it('runs the Strategy Lab and its worker from file://', async () => {
    const game = await openGame({ url: pageUrl, viewport: { width: 1280, height: 800 } });
    const network = watchNetwork(game);
    const workers: string[] = [];
    game.page.on('worker', (worker) => workers.push(worker.url()));
    await game.waitForScreen('title');
    await game.page.click('[data-action="lab"]');
    await game.waitForScreen('lab');
    // A finished sample is the worker's answer: it ran from a blob: URL, not a second file.
    await game.page.waitForSelector('.lab-panel[data-sampling="done"]', { timeout: 60_000 });
    await game.snap('single-file-lab');
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/^blob:/);
    expect(network).toEqual([]);
  }, 120_000);
});

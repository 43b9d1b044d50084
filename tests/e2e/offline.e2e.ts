import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGame, type GamePage } from './harness';
import { playDayByClicks, startLevel } from './play-helpers';
import { serveFolder, type StaticServer } from './static-server';

// The folder tests/e2e/global-setup.ts builds with vite.config.ts and serves.
const BUILT = 'dist-e2e';

const openGame = useGame();

/** Every file of the build, as a path relative to its folder. */
function builtFiles(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix)).flatMap((name) => {
    const path = prefix === '' ? name : `${prefix}/${name}`;
    return statSync(join(folder, path)).isDirectory() ? builtFiles(folder, path) : [path];
  });
}

/** Waits until a service worker controls the page, reloading once if it took over too late. */
async function waitForControl(game: GamePage): Promise<void> {
  await game.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = await game.page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) {
    await game.page.reload();
    await game.waitForScreen('title');
  }
  await expect
    .poll(() => game.page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** The paths (relative to the page) of everything in the page's caches. */
async function cachedPaths(game: GamePage): Promise<string[]> {
  return game.page.evaluate(async () => {
    const base = new URL('./', document.baseURI).href;
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        paths.push(`${url.origin}${url.pathname}`.slice(base.length));
      }
    }
    return paths.sort();
  });
}

describe('the installable game, offline', () => {
  it('after one visit, plays level 1 to an ending with the network off', async () => {
    const game = await openGame();
    const failed: string[] = [];
    game.page.on('requestfailed', (request) => failed.push(request.url()));
    await game.waitForScreen('title');
    await waitForControl(game);

    // The whole game is precached: every file of the build but the worker itself and the
    // WOFF fallbacks of the fonts (every browser with service workers reads WOFF2).
    const expected = builtFiles(BUILT)
      .filter((path) => !/^(sw\.js|workbox-[^/]+\.js)$/.test(path) && !/\.(woff|gz|br)$/.test(path))
      .sort();
    expect(
      expected.filter((path) => path.startsWith('assets/') && path.endsWith('.wav')),
    ).toHaveLength(6);
    expect(await cachedPaths(game)).toEqual(expected);

    await game.context.setOffline(true);
    // From here on, everything the page loads comes from the service worker.
    const fromNetwork: string[] = [];
    let answered = 0;
    game.page.on('response', (response) => {
      answered += 1;
      if (!response.fromServiceWorker() && !/^(data|blob):/.test(response.url())) {
        fromNetwork.push(response.url());
      }
    });
    await game.page.reload();
    await game.waitForScreen('title');
    // The fonts came from the cache too.
    await expect
      .poll(() =>
        game.page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"', 'Overseer')),
      )
      .toBe(true);

    // The manifest parses and every icon it names loads, offline.
    const icons = await game.page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      if (link === null) {
        throw new Error('no manifest link');
      }
      const manifest = (await (await fetch(link.href)).json()) as {
        name: string;
        start_url: string;
        icons: { src: string; sizes: string }[];
      };
      const loaded = await Promise.all(
        manifest.icons.map(async (icon) => {
          const image = await createImageBitmap(
            await (await fetch(new URL(icon.src, link.href))).blob(),
          );
          return { declared: icon.sizes, drawn: `${image.width}x${image.height}` };
        }),
      );
      return { name: manifest.name, startUrl: manifest.start_url, loaded };
    });
    expect(icons.name).toBe('Overseer');
    expect(icons.startUrl).toBe('./');
    expect(icons.loaded).toHaveLength(3);
    for (const icon of icons.loaded) {
      expect(icon.drawn).toBe(icon.declared);
    }

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
    await game.snap('offline-debrief-1');
    expect(failed).toEqual([]);
    expect(fromNetwork).toEqual([]);
    expect(answered).toBeGreaterThan(20);
  }, 240_000);
});

describe('a new version of the installed game', () => {
  // A copy of the build of its own, so that publishing a "new version" here never changes the
  // files the other browser tests are served.
  let folder = '';
  let server: StaticServer | undefined;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'overseer-offline-'));
    cpSync(BUILT, folder, { recursive: true });
    server = await serveFolder(folder);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is offered mid-level and installed only when the player says so', async () => {
    const url = server?.url ?? '';
    const game = await openGame({ url, viewport: { width: 1280, height: 800 } });
    await game.waitForScreen('title');
    await waitForControl(game);
    await startLevel(game, '0-first-day');
    await game.page.click('[data-action="next"]');

    // Publish a new version: any byte of the worker script changed is a new worker.
    appendFileSync(join(folder, 'sw.js'), '\n// the next version\n');
    await game.page.evaluate(async () => {
      await (await navigator.serviceWorker.ready).update();
    });
    const prompt = game.page.locator('[data-notice="pwa.updateReady"]');
    await prompt.waitFor();
    // It waits: the level stays on screen, the old worker keeps control.
    const waiting = () =>
      game.page.evaluate(async () => (await navigator.serviceWorker.ready).waiting !== null);
    expect(await waiting()).toBe(true);
    expect(await game.page.evaluate(() => document.body.dataset.screen)).toBe('day');
    await expect(prompt.locator('[data-action="pwa-reload"]').textContent()).resolves.toBe(
      'Reload to update',
    );
    await game.snap('offline-update-prompt-laptop');
    await game.page.setViewportSize({ width: 390, height: 844 });
    await game.snap('offline-update-prompt-phone');

    // "Later" changes nothing.
    await prompt.locator('[data-action="pwa-later"]').click();
    await expect(prompt.count()).resolves.toBe(0);
    expect(await waiting()).toBe(true);
    expect(await game.page.evaluate(() => document.body.dataset.screen)).toBe('day');

    // The prompt comes back on the next visit; "Reload to update" installs it and reloads.
    await game.page.reload();
    await game.waitForScreen('title');
    await prompt.waitFor();
    await Promise.all([
      game.page.waitForEvent('load'),
      prompt.locator('[data-action="pwa-reload"]').click(),
    ]);
    await game.waitForScreen('title');
    expect(await waiting()).toBe(false);
    expect(await game.page.locator('[data-notice="pwa.updateReady"]').count()).toBe(0);
    // The level in progress was saved and carries on.
    await game.page.click('[data-action="continue"]');
    await game.waitForScreen('day');
  }, 120_000);
});

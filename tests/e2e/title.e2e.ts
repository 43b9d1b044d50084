import { describe, expect, it } from 'vitest';
import { useGame } from './harness';

const openGame = useGame();

describe('the first screens', () => {
  it('boots through the preloader to the title, drawn on the table', async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    await expect.poll(() => game.page.locator('h1').textContent()).toBe('Overseer');
    await expect(game.page.locator('[data-action="play"]').isVisible()).resolves.toBe(true);
    await game.snap('title-1280x720-en');
  });

  it('switches the title screen to German at once, without a reload', async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    const navigations: string[] = [];
    game.page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await game.page.click('[data-language="de"]');
    await expect
      .poll(() => game.page.locator('[data-action="play"]').textContent())
      .toBe('Spielen');
    await expect(game.page.locator('html').getAttribute('lang')).resolves.toBe('de');
    expect(navigations).toEqual([]);
    await game.snap('title-1280x720-de');
  });

  it('keeps the language across a reload', async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    await game.page.click('[data-language="de"]');
    await game.page.reload();
    await game.waitForScreen('title');
    await expect
      .poll(() => game.page.locator('[data-action="play"]').textContent())
      .toBe('Spielen');
  });

  it('opens the Strategy Lab by keyboard and returns with Escape', async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    await game.page.focus('[data-action="lab"]');
    await game.page.keyboard.press('Enter');
    await game.waitForScreen('lab');
    await game.snap('lab');
    await game.page.keyboard.press('Escape');
    await game.waitForScreen('title');
  });

  it('looks right at 1920×1080 and stays usable at 1024×768', async () => {
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1024, height: 768 },
    ]) {
      const game = await openGame({ viewport });
      await game.waitForScreen('title');
      const box = await game.page.locator('.title-panel').boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      await game.snap(`title-${viewport.width}x${viewport.height}`);
    }
  });
});

describe('the first screen, before Phaser', () => {
  it('paints a usable title from the page itself, then opens what was pressed once the table loads', async () => {
    const game = await openGame({ reducedMotion: 'no-preference' });
    // Hold Phaser back: a slow connection, where the title must not wait for it.
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    await game.context.route(/\/assets\/phaser-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await game.page.reload();
    await game.waitForScreen('title');
    expect(await game.page.evaluate(() => window.overseer?.game === undefined)).toBe(true);
    await expect.poll(() => game.page.locator('h1').textContent()).toBe('Overseer');

    // Usable: the language switch works and the focus is on the first entry.
    await game.page.click('[data-language="de"]');
    await expect
      .poll(() => game.page.locator('[data-action="play"]').textContent())
      .toBe('Spielen');
    await game.page.click('[data-language="en"]');
    expect(await game.page.evaluate(() => document.activeElement?.textContent)).toBeTruthy();
    await game.snap('title-before-phaser');

    // Let the table load: the same panel stays where it was, with the focus where the player left it.
    await game.page.focus('[data-action="levels"]');
    const before = await game.page.locator('.title-panel').boundingBox();
    release();
    await expect
      .poll(() => game.page.evaluate(() => window.overseer?.game !== undefined))
      .toBe(true);
    await expect
      .poll(() => game.page.evaluate(() => window.overseer?.game?.scene.isActive('title')))
      .toBe(true);
    expect(await game.page.locator('.title-panel').boundingBox()).toEqual(before);
    expect(
      await game.page.evaluate(() => document.activeElement?.getAttribute('data-action')),
    ).toBe('levels');
    await game.page.keyboard.press('Enter');
    await game.waitForScreen('level-select');
  });

  it('remembers an entry pressed while the table loads and opens it when it can', async () => {
    const game = await openGame();
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    await game.context.route(/\/assets\/phaser-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await game.page.reload();
    await game.waitForScreen('title');
    await game.page.click('[data-action="sources"]');
    // Said, not silent: the panel shows that the table is still loading.
    await expect(game.page.locator('.title-loading').isVisible()).resolves.toBe(true);
    expect(await game.page.locator('.title-panel').getAttribute('aria-busy')).toBe('true');
    release();
    await game.waitForScreen('sources');
  });
});

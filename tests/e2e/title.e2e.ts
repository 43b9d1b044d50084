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

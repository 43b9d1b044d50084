import { describe, expect, it } from 'vitest';
import { useGame } from './harness';
import { keyboardActivate, playDayByKeyboard, startLevel, tabTo } from './play-helpers';

const openGame = useGame();

describe('playing a level', () => {
  it('plays level 1 from the title to the debrief with the keyboard alone', async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    await keyboardActivate(game, '[data-action="levels"]');
    await game.waitForScreen('level-select');
    await game.snap('level-select');
    await keyboardActivate(game, '[data-action="open-all"]');
    await game.waitForScreen('level-select');
    await keyboardActivate(game, '[data-action="open-level"][data-level="1-the-upgrade"]');
    await game.waitForScreen('briefing');
    await game.snap('briefing-1');
    await keyboardActivate(game, '[data-action="to-loadout"]');
    await game.waitForScreen('loadout');
    // A card by keyboard: Space toggles it, and the odds track follows.
    const before = await game.page.locator('.odds-figure').first().getAttribute('data-odds');
    await tabTo(game, '[data-defense="prohibition"]');
    await game.page.keyboard.press('Space');
    await expect
      .poll(() => game.page.locator('[data-defense="prohibition"]').getAttribute('aria-pressed'))
      .toBe('true');
    const after = await game.page.locator('.odds-figure').first().getAttribute('data-odds');
    expect(Number(after)).toBeLessThan(Number(before));
    await game.snap('loadout-1');
    await keyboardActivate(game, '[data-action="start-day"]');
    await game.waitForScreen('day');
    // Arrow keys move through the inbox once it has mail.
    const ending = await playDayByKeyboard(game, {
      onPhase: async (phase) => {
        await game.snap(`day-1-${phase}`);
      },
    });
    expect(ending).not.toBe('');
    await game.snap('debrief-1');
  }, 240_000);

  it('resumes a level in progress after a reload', async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    await startLevel(game, '0-first-day');
    for (let step = 0; step < 3; step += 1) {
      await game.page.click('[data-action="next"]');
    }
    const delivered = await game.page.locator('.inbox-list li').count();
    const clock = await game.page.locator('.day-clock-value').textContent();
    expect(delivered).toBeGreaterThan(0);
    await game.page.reload();
    await game.waitForScreen('title');
    await game.page.click('[data-action="continue"]');
    await game.waitForScreen('day');
    await expect(game.page.locator('.inbox-list li').count()).resolves.toBe(delivered);
    await expect(game.page.locator('.day-clock-value').textContent()).resolves.toBe(clock);
  }, 120_000);

  it('stays usable at 1024×768', async () => {
    const game = await openGame({ viewport: { width: 1024, height: 768 } });
    await game.waitForScreen('title');
    await game.page.click('[data-action="levels"]');
    await game.waitForScreen('level-select');
    await game.page.click('[data-action="open-level"][data-level="0-first-day"]');
    await game.waitForScreen('briefing');
    await game.page.click('[data-action="to-loadout"]');
    await game.waitForScreen('loadout');
    await game.snap('loadout-1024x768');
    await game.page.click('[data-action="start-day"]');
    await game.waitForScreen('day');
    for (let step = 0; step < 4; step += 1) {
      await game.page.click('[data-action="next"]');
    }
    await game.page.locator('.inbox-list button').first().click();
    for (const selector of ['.day-inbox', '.reader', '.day-side']) {
      const box = await game.page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.width, selector).toBeGreaterThan(200);
      expect(box!.x + box!.width, selector).toBeLessThanOrEqual(1024);
    }
    await game.snap('day-1024x768');
  }, 120_000);
});

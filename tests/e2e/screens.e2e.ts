import { describe, expect, it } from 'vitest';
import { useGame } from './harness';

const openGame = useGame();

describe('the menu screens', () => {
  it('lists every rate row in Sources and filters them by scenario and model', async () => {
    const game = await openGame({ viewport: { width: 1920, height: 1080 } });
    await game.waitForScreen('title');
    await game.page.click('[data-action="sources"]');
    await game.waitForScreen('sources');
    const rows = game.page.locator('tr[data-rate-id]');
    const total = await rows.count();
    expect(total).toBeGreaterThan(100);
    await game.snap('sources');
    await game.page.selectOption('[data-filter="scenario"]', 'murder');
    await game.page.selectOption('[data-filter="model"]', 'DeepSeek-R1');
    await expect.poll(() => game.page.locator('tr[data-rate-id]:visible').count()).toBe(1);
    await expect(
      game.page.locator('tr[data-rate-id]:visible td.num').first().textContent(),
    ).resolves.toBe('94%');
    await game.page.keyboard.press('Escape');
    await game.waitForScreen('title');
  });

  it('changes settings live and keeps them after a reload', async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    await game.page.click('[data-action="settings"]');
    await game.waitForScreen('settings');
    await game.page.check('[data-setting="highContrast"]');
    await game.page.check('[data-setting="textSize"][value="large"]');
    await expect(game.page.locator('html').getAttribute('data-high-contrast')).resolves.toBe('on');
    await game.snap('settings');
    await game.page.reload();
    await game.waitForScreen('title');
    await expect(game.page.locator('html').getAttribute('data-text-size')).resolves.toBe('large');
  });
});

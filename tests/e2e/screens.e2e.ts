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

describe('what the numbers are and are not', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;

    it(`says on the title that every number shows its source, at ${size}`, async () => {
      const game = await openGame({ viewport });
      await game.waitForScreen('title');
      const title = game.page.locator('.title-panel');
      await expect
        .poll(() => title.locator('.tagline').textContent())
        .toBe('Every number on the table shows where it comes from.');
      const text = (await title.textContent()) ?? '';
      expect(text).not.toContain('The odds are real');
      expect(text).not.toContain('Every number comes from a published study');
      await game.snap(`title-numbers-${size}`);
    });

    it(`opens Sources with the section and its parts, at ${size}`, async () => {
      const game = await openGame({ viewport });
      await game.waitForScreen('title');
      await game.page.click('[data-action="sources"]');
      await game.waitForScreen('sources');
      const section = game.page.locator('[data-section="numbers-about"]');
      await expect
        .poll(() => section.locator('h3').textContent())
        .toBe('What these numbers are and are not');
      await expect(section.locator('[data-part]').count()).resolves.toBe(7);
      await expect(section.locator('[data-assumption]').count()).resolves.toBe(3);
      const box = await section.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      await game.snap(`sources-numbers-${size}`);
      await game.page.locator('[data-part="layers"]').scrollIntoViewIfNeeded();
      await game.snap(`sources-numbers-end-${size}`);
    });

    it(`shows the note on the briefing before any draw, at ${size}`, async () => {
      const game = await openGame({ viewport });
      await game.waitForScreen('title');
      await game.page.click('[data-action="levels"]');
      await game.waitForScreen('level-select');
      await game.page.click('[data-action="open-level"][data-level="0-first-day"]');
      await game.waitForScreen('briefing');
      const note = game.page.locator('.briefing-panel [data-numbers-note="full"]');
      await note.scrollIntoViewIfNeeded();
      await expect(note.isVisible()).resolves.toBe(true);
      await game.snap(`briefing-numbers-${size}`);
    });

    it(`puts the compact note in the "why this number" panel, at ${size}`, async () => {
      const game = await openGame({ viewport });
      await game.waitForScreen('title');
      await game.page.click('[data-action="levels"]');
      await game.waitForScreen('level-select');
      await game.page.click('[data-action="open-level"][data-level="0-first-day"]');
      await game.waitForScreen('briefing');
      await game.page.click('[data-action="to-loadout"]');
      await game.waitForScreen('loadout');
      const why = game.page.locator('.why-panel').first();
      await why.locator('summary').click();
      const note = why.locator('[data-numbers-note="compact"]');
      await note.scrollIntoViewIfNeeded();
      await expect(note.isVisible()).resolves.toBe(true);
      await game.snap(`why-numbers-${size}`);
    });
  }

  it('has the section in German too, on a phone', async () => {
    const game = await openGame({ viewport: { width: 390, height: 844 } });
    await game.waitForScreen('title');
    await game.page.click('[data-language="de"]');
    await expect
      .poll(() => game.page.locator('.title-panel .tagline').textContent())
      .toBe('Jede Zahl auf dem Tisch zeigt, woher sie stammt.');
    await game.page.click('[data-action="sources"]');
    await game.waitForScreen('sources');
    const section = game.page.locator('[data-section="numbers-about"]');
    await expect
      .poll(() => section.locator('h3').textContent())
      .toBe('Was diese Zahlen sind – und was nicht');
    const overflow = await section.evaluate((node) => node.scrollWidth > node.clientWidth);
    expect(overflow).toBe(false);
    await game.page.locator('[data-part="judge"]').scrollIntoViewIfNeeded();
    await game.snap('sources-numbers-de-390x844');
  });
});

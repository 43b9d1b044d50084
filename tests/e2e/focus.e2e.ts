import { describe, expect, it } from 'vitest';
import { useGame, type GamePage } from './harness';
import { playDayByClicks, startLevel } from './play-helpers';

const openGame = useGame();

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;

/** What has the focus, and whether it is inside the viewport. */
async function focusOnScreen(game: GamePage) {
  return game.page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) {
      return { tag: 'body', action: '', inView: false, inDialog: false, top: 0 };
    }
    const box = active.getBoundingClientRect();
    return {
      tag: active.tagName,
      action: active.dataset.action ?? '',
      inView:
        box.width > 0 &&
        box.height > 0 &&
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= window.innerHeight &&
        box.right <= window.innerWidth,
      inDialog: active.closest('[role="dialog"][aria-modal="true"]') !== null,
      top: box.top,
    };
  });
}

/** From the title to the day of level 0; autoplay paused. */
async function playToDraw(game: GamePage): Promise<void> {
  await startLevel(game, '0-first-day');
  for (let turn = 0; turn < 150; turn += 1) {
    if ((await game.page.locator('[data-action="continue-draw"]').count()) > 0) {
      return;
    }
    // Press the day's control with the keyboard, so it is what had the focus when the dice came.
    const pressed = await game.page.evaluate(() => {
      document
        .querySelectorAll('[data-opener]')
        .forEach((old) => old.removeAttribute('data-opener'));
      const control =
        document.querySelector<HTMLElement>('[data-action="choose"]') ??
        document.querySelector<HTMLElement>('[data-action="next"]');
      control?.setAttribute('data-opener', '');
      control?.focus();
      return control !== null;
    });
    if (pressed) {
      await game.page.keyboard.press('Enter');
    } else {
      await game.page.waitForTimeout(50);
    }
  }
  throw new Error('no draw came up');
}

/** Whether the focus is on the control that opened the draw, or (if it left) somewhere in view. */
async function focusReturned(game: GamePage): Promise<boolean> {
  return game.page.evaluate(() => {
    const opener = document.querySelector('[data-opener]');
    const active = document.activeElement;
    if (opener !== null) {
      return active === opener;
    }
    return active instanceof HTMLElement && active !== document.body;
  });
}

describe('focus stays in sight', () => {
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}×${viewport.height}`;

    it(`starts on the choice between the summary and the level on a content warning (${size})`, async () => {
      const game = await openGame({ viewport });
      await game.waitForScreen('title');
      await game.page.click('[data-action="levels"]');
      await game.waitForScreen('level-select');
      await game.page.click('[data-action="open-all"]');
      await game.waitForScreen('level-select');
      await game.page.click('[data-action="open-level"][data-level="7-server-room-a"]');
      await game.waitForScreen('briefing');
      await expect.poll(async () => (await focusOnScreen(game)).action).toBe('read-summary');
      const focus = await focusOnScreen(game);
      expect(focus.inView).toBe(true);
      const inWarning = await game.page.evaluate(
        () => document.activeElement?.closest('.content-warning') !== null,
      );
      expect(inWarning).toBe(true);
      await game.snap(`focus-warning-${size}`);
      // Choosing the level moves the focus to the briefing's title, in view.
      await game.page.keyboard.press('Tab');
      await game.page.keyboard.press('Enter');
      await expect.poll(async () => (await focusOnScreen(game)).tag).toBe('H3');
      expect((await focusOnScreen(game)).inView).toBe(true);
    });

    it(`opens the debrief with the focus at its top (${size})`, async () => {
      const game = await openGame({ viewport });
      await game.waitForScreen('title');
      await startLevel(game, '0-first-day');
      expect(await playDayByClicks(game)).not.toBe('');
      await expect.poll(async () => (await focusOnScreen(game)).tag).toBe('H2');
      const focus = await focusOnScreen(game);
      expect(focus.inView).toBe(true);
      const headingIsDebrief = await game.page.evaluate(
        () => document.activeElement?.closest('.debrief-panel') !== null,
      );
      expect(headingIsDebrief).toBe(true);
      await game.snap(`focus-debrief-${size}`);
    });
  }

  it('keeps Tab inside the draw, and Escape and Continue give the focus back', async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    await playToDraw(game);
    await expect.poll(async () => (await focusOnScreen(game)).inDialog).toBe(true);
    const stops = new Set<string>();
    for (let press = 0; press < 12; press += 1) {
      await game.page.keyboard.press(press % 3 === 2 ? 'Shift+Tab' : 'Tab');
      const focus = await focusOnScreen(game);
      expect(focus.inDialog).toBe(true);
      stops.add(`${focus.tag}:${focus.action}`);
    }
    // More than one control takes the focus in turn (Continue and the "why" summary at least).
    expect(stops.size).toBeGreaterThan(1);
    await game.snap('focus-draw');
    await game.page.keyboard.press('Escape');
    await expect.poll(() => game.page.locator('.draw-panel').count()).toBe(0);
    await expect.poll(() => focusReturned(game)).toBe(true);
    // The next draw closes with Continue, by keyboard, and the focus comes back just the same.
    for (let turn = 0; turn < 150; turn += 1) {
      const ended = await game.page.evaluate(
        () => document.querySelector('[data-action="to-debrief"]') !== null,
      );
      if (ended) {
        return;
      }
      if ((await game.page.locator('[data-action="continue-draw"]').count()) > 0) {
        break;
      }
      const pressed = await game.page.evaluate(() => {
        document
          .querySelectorAll('[data-opener]')
          .forEach((old) => old.removeAttribute('data-opener'));
        const control =
          document.querySelector<HTMLElement>('[data-action="choose"]') ??
          document.querySelector<HTMLElement>('[data-action="next"]');
        control?.setAttribute('data-opener', '');
        control?.focus();
        return control !== null;
      });
      if (pressed) {
        await game.page.keyboard.press('Enter');
      } else {
        await game.page.waitForTimeout(50);
      }
    }
    await game.page.focus('[data-action="continue-draw"]');
    await game.page.keyboard.press('Enter');
    await expect.poll(() => game.page.locator('.draw-panel').count()).toBe(0);
    await expect.poll(() => focusReturned(game)).toBe(true);
  });

  it("draws a card's focus ring unlike its deployed state", async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    await game.page.click('[data-action="levels"]');
    await game.waitForScreen('level-select');
    await game.page.click('[data-action="open-level"][data-level="0-first-day"]');
    await game.waitForScreen('briefing');
    await game.page.click('[data-action="to-loadout"]');
    await game.waitForScreen('loadout');
    const look = (selector: string) =>
      game.page.evaluate((wanted) => {
        const card = document.querySelector<HTMLElement>(wanted);
        if (card === null) {
          return null;
        }
        const style = getComputedStyle(card);
        return {
          outline: `${style.outlineStyle} ${style.outlineColor} ${style.outlineWidth} ${style.outlineOffset}`,
          shadow: style.boxShadow,
          focused: card.matches(':focus-visible'),
        };
      }, selector);
    const card = '[data-defense="monitor"]';
    // Undeployed, not focused; deployed, not focused.
    await game.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const plain = await look(card);
    await game.page.click(card);
    await expect.poll(() => game.page.locator(card).getAttribute('aria-pressed')).toBe('true');
    await game.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await game.page.waitForTimeout(200);
    const deployed = await look(card);
    // Focused by keyboard, deployed: the ring is added, and it is not the deployed ring.
    await game.page.focus(card);
    await game.page.keyboard.press('Shift+Tab');
    await game.page.keyboard.press('Tab');
    await game.page.waitForTimeout(200);
    const focusedDeployed = await look(card);
    await game.snap('focus-card-deployed');
    await game.page.keyboard.press('Space');
    await expect.poll(() => game.page.locator(card).getAttribute('aria-pressed')).toBe('false');
    await game.page.waitForTimeout(200);
    const focusedPlain = await look(card);
    expect(focusedDeployed?.focused).toBe(true);
    expect(focusedPlain?.focused).toBe(true);
    // The focus ring is an outline; the deployed state has none, only its brass shadow.
    expect(plain?.outline).not.toContain('dashed');
    expect(deployed?.outline).not.toContain('dashed');
    expect(focusedPlain?.outline).toContain('dashed');
    expect(focusedPlain?.shadow).not.toBe(deployed?.shadow);
    expect(focusedDeployed?.outline).toBe(focusedPlain?.outline);
    expect(focusedDeployed?.shadow).toBe(deployed?.shadow);
    expect(focusedDeployed).not.toEqual(focusedPlain);
    // The focus ring's colour is not the deployed ring's brass.
    expect(focusedPlain?.outline).not.toContain('225, 185, 79');
  });
});

import { describe, expect, it } from 'vitest';
import { useGame, type GamePage } from './harness';

const openGame = useGame();

/** Every shown caption's box, and whether it meets any panel or control of the screen. */
async function captionOverlaps(game: GamePage) {
  return game.page.evaluate(() => {
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    // What of an element is on screen: its box cut by every ancestor that clips its overflow.
    const visibleBox = (element: Element): DOMRect => {
      let box = element.getBoundingClientRect();
      for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflow === 'visible') {
          continue;
        }
        const clip = parent.getBoundingClientRect();
        const left = Math.max(box.left, clip.left);
        const top = Math.max(box.top, clip.top);
        box = new DOMRect(
          left,
          top,
          Math.max(0, Math.min(box.right, clip.right) - left),
          Math.max(0, Math.min(box.bottom, clip.bottom) - top),
        );
      }
      return box;
    };
    const targets = [...document.querySelectorAll('#ui *')]
      .map(visibleBox)
      .filter((box) => box.width > 0 && box.height > 0);
    return [...document.querySelectorAll('#captions .caption')].map((caption) => {
      const box = caption.getBoundingClientRect();
      return {
        inView: box.top >= 0 && box.bottom <= window.innerHeight,
        overlaps: targets.filter((target) => meets(box, target)).length,
      };
    });
  });
}

describe('captions', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    it(`sit in their own strip, over no panel, at ${viewport.width}×${viewport.height}`, async () => {
      const game = await openGame({ viewport });
      await game.waitForScreen('title');
      await game.page.click('[data-action="levels"]');
      await game.waitForScreen('level-select');
      await game.page.click('[data-action="open-level"][data-level="0-first-day"]');
      await game.waitForScreen('briefing');
      await game.page.click('[data-action="to-loadout"]');
      await game.waitForScreen('loadout');
      // Laying a card on the table plays a sound, and its caption shows.
      await game.page.click('[data-defense="monitor"]');
      await game.page.waitForSelector('#captions .caption');
      const boxes = await captionOverlaps(game);
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box).toEqual({ inView: true, overlaps: 0 });
      }
      await game.snap(`captions-loadout-${viewport.width}x${viewport.height}`);
    });
  }
});

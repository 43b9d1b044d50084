import { describe, expect, it } from 'vitest';
import { useGame } from './harness';
import { LEVEL_IDS, seededSave } from './layout-checks';
import { playDayByClicks } from './play-helpers';

const openGame = useGame();

/** A save in which every level is open, as a facilitator's prepared machine would have it. */
function allOpenSave(): string {
  return seededSave('normal');
}

describe('the campaign', () => {
  it(`plays every level to an ending, alternating English and German (${LEVEL_IDS.join(', ')})`, async () => {
    const game = await openGame({ initScript: allOpenSave() });
    await game.waitForScreen('title');
    for (const [index, levelId] of LEVEL_IDS.entries()) {
      const language = index % 2 === 0 ? 'en' : 'de';
      await game.page.click(`[data-language="${language}"]`);
      await game.page.click('[data-action="levels"]');
      await game.waitForScreen('level-select');
      await game.page.click(`[data-action="open-level"][data-level="${levelId}"]`);
      await game.waitForScreen('briefing');
      await game.snap(`campaign-${levelId}-${language}-briefing`);
      await game.page.click('[data-action="to-loadout"]');
      await game.waitForScreen('loadout');
      await game.snap(`campaign-${levelId}-${language}-loadout`);
      await game.page.click('[data-action="start-day"]');
      await game.waitForScreen('day');
      let snappedDraw = false;
      const ending = await playDayByClicks(game, {
        onPhase: async (phase) => {
          if (phase === 'draw' && !snappedDraw) {
            snappedDraw = true;
            await game.snap(`campaign-${levelId}-${language}-draw`);
          }
        },
      });
      expect(ending, levelId).not.toBe('');
      await game.snap(`campaign-${levelId}-${language}-debrief`);
      await game.page.click('[data-action="levels"]');
      await game.waitForScreen('level-select');
      await game.page.click('[data-action="back"]');
      await game.waitForScreen('title');
    }
  }, 900_000);
});

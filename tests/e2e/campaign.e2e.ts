import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useGame } from './harness';
import { playDayByClicks } from './play-helpers';

const openGame = useGame();

/** Every level folder shipped in levels/, in campaign order. */
const LEVEL_IDS = readdirSync('levels', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`levels/${entry.name}/level.json`))
  .map((entry) => entry.name)
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/** A save in which every level is open, as a facilitator's prepared machine would have it. */
function allOpenSave(): string {
  const save = {
    saveVersion: 1,
    minCompatible: 1,
    data: {
      settings: {
        language: 'en',
        masterVolume: 0.8,
        musicVolume: 0.5,
        effectsVolume: 0.8,
        muted: true,
        captions: true,
        textSize: 'normal',
        reducedMotion: 'on',
        highContrast: false,
      },
      progress: { completedLevels: [], badges: [], unlockedLevels: LEVEL_IDS },
    },
  };
  return `if (!sessionStorage.getItem('seeded')) {
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('overseer.save', ${JSON.stringify(JSON.stringify(save))});
  }`;
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

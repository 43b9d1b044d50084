import { describe, expect, it } from 'vitest';
import { useGame } from './harness';
import { playDayByClicks, startLevel } from './play-helpers';

const openGame = useGame();

const ROW_ID = /\b(blackmail|leaking|murder)\.[a-z0-9-]+\./;
// The ending, what the player did, the objective's score (harm and cost), what the dice did, the
// counterfactual, then the research, the questions and the badge.
const ORDER = ['did', 'objective', 'dice', 'counterfactual', 'research', 'questions', 'badge'];

describe('the debrief', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    it(`reads like the end of a round, with no row id in sight (${viewport.width}×${viewport.height})`, async () => {
      const game = await openGame({ viewport });
      await game.waitForScreen('title');
      await startLevel(game, '0-first-day');
      expect(await playDayByClicks(game)).not.toBe('');
      const sections = await game.page.$$eval('[data-section]', (nodes) =>
        nodes.map((node) => (node as HTMLElement).dataset.section),
      );
      expect(sections).toEqual(ORDER);
      const visible = await game.page.locator('.debrief-panel').innerText();
      expect(visible).not.toMatch(ROW_ID);
      await game.snap(`debrief-${viewport.width}x${viewport.height}`);
      await game.page.locator('details.fact-sources summary').first().click();
      const opened = await game.page.locator('details.fact-sources').first().innerText();
      expect(opened).toMatch(/Lynch et al\./);
      await game.snap(`debrief-${viewport.width}x${viewport.height}-citation-open`);
    });
  }
});

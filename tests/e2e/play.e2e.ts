import { describe, expect, it } from 'vitest';
import { useGame } from './harness';
import { keyboardActivate, playDayByKeyboard } from './play-helpers';

const openGame = useGame();

describe('playing a level', () => {
  it('plays level 0 from the title to the debrief with the keyboard alone', async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    await keyboardActivate(game, '[data-action="levels"]');
    await game.waitForScreen('level-select');
    await game.snap('level-select');
    await keyboardActivate(game, '[data-action="open-level"][data-level="0-first-day"]');
    await game.waitForScreen('briefing');
    await game.snap('briefing-0');
    await keyboardActivate(game, '[data-action="to-loadout"]');
    await game.waitForScreen('loadout');
    await game.snap('loadout-0');
    await keyboardActivate(game, '[data-action="start-day"]');
    await game.waitForScreen('day');
    const ending = await playDayByKeyboard(game, {
      onPhase: async (phase) => {
        await game.snap(`day-0-${phase}`);
      },
    });
    expect(ending).not.toBe('');
    await game.snap('debrief-0');
  }, 180_000);
});

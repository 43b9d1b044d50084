import { describe, expect, it } from 'vitest';
import { type GamePage, useGame } from './harness';
import { layoutProblems, seededSave, SIZES } from './layout-checks';
import { playDayByClicks, startLevel } from './play-helpers';

const openGame = useGame();

/** Checks the screen on view and saves its picture; returns what is wrong, prefixed by the screen. */
async function visit(game: GamePage, screen: string, size: string, touch: boolean) {
  const problems = await layoutProblems(game, touch);
  await game.snap(`responsive-${size}-${screen}`);
  return problems.map((problem) => `${screen}: ${problem}`);
}

/** Walks every screen but the day at one size; returns every problem found. */
async function walkScreens(game: GamePage, size: string, touch: boolean): Promise<string[]> {
  const problems: string[] = [];
  const press = async (selector: string): Promise<void> => {
    if (touch) {
      await game.page.tap(selector);
    } else {
      await game.page.click(selector);
    }
  };
  const home = async (): Promise<void> => {
    await game.page.goto(game.baseUrl);
    await game.waitForScreen('title');
  };

  await game.waitForScreen('title');
  problems.push(...(await visit(game, 'title', size, touch)));

  await press('[data-action="levels"]');
  await game.waitForScreen('level-select');
  problems.push(...(await visit(game, 'level-select', size, touch)));

  await press('[data-action="open-level"][data-level="1-the-upgrade"]');
  await game.waitForScreen('briefing');
  problems.push(...(await visit(game, 'briefing', size, touch)));

  await press('[data-action="to-loadout"]');
  await game.waitForScreen('loadout');
  problems.push(...(await visit(game, 'loadout', size, touch)));

  await home();
  await press('[data-action="levels"]');
  await game.waitForScreen('level-select');
  await press('[data-action="open-level"][data-level="7-server-room-a"]');
  await game.waitForScreen('briefing');
  problems.push(...(await visit(game, 'content-warning', size, touch)));
  await press('.content-warning [data-action="read-summary"]');
  await game.page.waitForSelector('[data-action="back-to-briefing"]');
  problems.push(...(await visit(game, 'summary', size, touch)));

  await home();
  await press('[data-action="sources"]');
  await game.waitForScreen('sources');
  problems.push(...(await visit(game, 'sources', size, touch)));

  await home();
  await press('[data-action="settings"]');
  await game.waitForScreen('settings');
  problems.push(...(await visit(game, 'settings', size, touch)));

  await home();
  await startLevel(game, '0-first-day');
  expect(await playDayByClicks(game)).not.toBe('');
  problems.push(...(await visit(game, 'debrief', size, touch)));
  return problems;
}

describe('every screen but the day fits every size', () => {
  for (const { width, height, touch } of SIZES) {
    const size = `${width}x${height}${touch ? '-touch' : ''}`;

    it(`at ${size}: nothing overflows or is clipped${touch ? ', taps are 44 px' : ''}`, async () => {
      const game = await openGame({
        viewport: { width, height },
        touch,
        initScript: seededSave('normal'),
      });
      expect(await walkScreens(game, size, touch)).toEqual([]);
    });
  }

  it('at 1280x720 with the largest text size of Settings', async () => {
    const game = await openGame({ initScript: seededSave('x-large') });
    expect(await walkScreens(game, '1280x720-xlarge', false)).toEqual([]);
  });

  it('at 1280x720 with the browser text zoomed to 200%', async () => {
    const game = await openGame({
      initScript: `${seededSave('normal')}
        document.addEventListener('DOMContentLoaded', () => {
          document.documentElement.style.fontSize = '200%';
        });`,
    });
    expect(await walkScreens(game, '1280x720-text200', false)).toEqual([]);
  });
});

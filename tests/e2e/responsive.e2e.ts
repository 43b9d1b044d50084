import { describe, expect, it } from 'vitest';
import { type GamePage, useGame } from './harness';
import {
  atEachSize,
  layoutProblems,
  seededSave,
  type Size,
  SIZES,
  sizeName,
} from './layout-checks';
import { playDayByClicks, startLevel } from './play-helpers';

const openGame = useGame();

/**
 * Checks the screen on view at each size and saves its picture at each; returns what is wrong,
 * prefixed by the screen and the size.
 */
async function visit(game: GamePage, screen: string, sizes: readonly Size[], label?: string) {
  const problems = await atEachSize(
    game,
    sizes,
    async (size, name) => {
      const found = await layoutProblems(game, size.touch);
      await game.snap(`responsive-${name}-${screen}`);
      return found;
    },
    label,
  );
  return problems.map((problem) => `${screen} ${problem}`);
}

/** Walks every screen but the day, checking each at every size given; returns every problem found. */
async function walkScreens(
  game: GamePage,
  sizes: readonly Size[],
  label?: string,
): Promise<string[]> {
  const touch = sizes[0]?.touch ?? false;
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
  problems.push(...(await visit(game, 'title', sizes, label)));

  await press('[data-action="levels"]');
  await game.waitForScreen('level-select');
  problems.push(...(await visit(game, 'level-select', sizes, label)));

  await press('[data-action="open-level"][data-level="1-the-upgrade"]');
  await game.waitForScreen('briefing');
  problems.push(...(await visit(game, 'briefing', sizes, label)));

  await press('[data-action="to-loadout"]');
  await game.waitForScreen('loadout');
  problems.push(...(await visit(game, 'loadout', sizes, label)));

  await home();
  await press('[data-action="levels"]');
  await game.waitForScreen('level-select');
  await press('[data-action="open-level"][data-level="7-server-room-a"]');
  await game.waitForScreen('briefing');
  problems.push(...(await visit(game, 'content-warning', sizes, label)));
  await press('.content-warning [data-action="read-summary"]');
  await game.page.waitForSelector('[data-action="back-to-briefing"]');
  problems.push(...(await visit(game, 'summary', sizes, label)));

  await home();
  await press('[data-action="sources"]');
  await game.waitForScreen('sources');
  problems.push(...(await visit(game, 'sources', sizes, label)));

  await home();
  await press('[data-action="settings"]');
  await game.waitForScreen('settings');
  problems.push(...(await visit(game, 'settings', sizes, label)));

  await home();
  await startLevel(game, '0-first-day');
  expect(await playDayByClicks(game)).not.toBe('');
  problems.push(...(await visit(game, 'debrief', sizes, label)));
  return problems;
}

describe('every screen but the day fits every size', () => {
  // One walk for the touch sizes and one for the desks: each screen is checked at every size of
  // its kind by resizing the window, rather than walking the game again for every size.
  for (const touch of [true, false]) {
    const sizes = SIZES.filter((size) => size.touch === touch);
    const names = sizes.map(sizeName).join(', ');

    it(`at ${names}: nothing overflows or is clipped${touch ? ', taps are 44 px' : ''}`, async () => {
      const [first] = sizes;
      const game = await openGame({
        viewport: first === undefined ? undefined : { width: first.width, height: first.height },
        touch,
        initScript: seededSave('normal'),
      });
      expect(await walkScreens(game, sizes)).toEqual([]);
      // A walk that checks every screen at two or three sizes.
    }, 180_000);
  }

  const desk: readonly Size[] = [{ width: 1280, height: 720, touch: false }];

  it('at 1280x720 with the largest text size of Settings', async () => {
    const game = await openGame({ initScript: seededSave('x-large') });
    expect(await walkScreens(game, desk, '1280x720-xlarge')).toEqual([]);
  });

  it('at 1280x720 with the browser text zoomed to 200%', async () => {
    const game = await openGame({
      initScript: `${seededSave('normal')}
        document.addEventListener('DOMContentLoaded', () => {
          document.documentElement.style.fontSize = '200%';
        });`,
    });
    expect(await walkScreens(game, desk, '1280x720-text200')).toEqual([]);
  });
});

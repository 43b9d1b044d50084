/**
 * Drives the game like a player, by clicks on `[data-action]` elements and keys, waiting for
 * each screen by `body[data-screen]`. Two routes:
 * - `level-1`: title → level select → level 1 → … → debrief, choosing the first action a player
 *   would (read the briefing, keep the default loadout, advance the day, answer each prompt);
 * - `menus`: title → settings → title → sources → title, the route used while the play screens
 *   are not in the build.
 */
import type { Page } from 'playwright-core';

export type Route = 'level-1' | 'menus';

/** The screens a level needs; the level route is used only when all are registered scenes. */
const PLAY_SCENES = ['level-select', 'briefing', 'loadout', 'day', 'debrief'];

/** Actions that move a level forward, in the order a player would reach for them. */
const FORWARD_ACTIONS = [
  'open-loadout',
  'start-day',
  'start',
  'continue',
  'choose-option',
  'approve-action',
  'act-on-flag',
  'advance-clock',
  'advance',
  'next',
  'roll',
  'open-email',
];

/** Actions that leave the level or open a side screen: never chosen while playing. */
const AVOIDED_ACTIONS = new Set([
  'back',
  'title',
  'quit',
  'menu',
  'settings',
  'sources',
  'lab',
  'levels',
  'replay',
  'retry',
  'play-again',
  // Toggles that change the pace, not the story: clicking them again and again goes nowhere.
  'autoplay',
  'pause',
]);

const LEVEL_TIMEOUT_MS = 90_000;
const MAX_STEPS = 400;

export async function currentScreen(page: Page): Promise<string> {
  return page.evaluate(() => document.body.dataset.screen ?? '');
}

async function waitForScreen(page: Page, name: string, timeout = 15_000): Promise<void> {
  await page.waitForSelector(`body[data-screen="${name}"]`, { timeout });
}

/** Which route this build can play. */
export async function playableRoute(page: Page): Promise<Route> {
  const scenes = await page.evaluate(() => {
    return Object.keys(window.overseer?.game.scene.keys ?? {});
  });
  const hasLevelOne = (await page.locator('[data-action="play"]').count()) > 0;
  return hasLevelOne && PLAY_SCENES.every((scene) => scenes.includes(scene)) ? 'level-1' : 'menus';
}

/** The visible, enabled `[data-action]` elements, by action name, in document order. */
async function visibleActions(page: Page): Promise<{ action: string; index: number }[]> {
  return page.$$eval('[data-action]', (elements) =>
    elements
      .map((element, index) => ({ element: element as HTMLElement, index }))
      .filter(({ element }) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return (
          box.width > 0 &&
          box.height > 0 &&
          style.visibility !== 'hidden' &&
          !(element as HTMLButtonElement).disabled &&
          element.getAttribute('aria-disabled') !== 'true'
        );
      })
      .map(({ element, index }) => ({ action: element.dataset.action ?? '', index })),
  );
}

/** The level-select button of level 1 (the folder numbered 1), or the first level. */
function levelOneButton(page: Page) {
  const levelOne = page.locator('[data-action="open-level"][data-level^="1-"]');
  return levelOne;
}

/**
 * Title → level select → level 1, ready at its first screen after the level select. A fresh
 * profile has level 1 locked behind the levels before it; those are marked completed through
 * the store the game exposes for tests, as a returning player's save would have them.
 */
async function openLevelOne(page: Page): Promise<void> {
  await page.click('[data-action="play"]');
  await waitForScreen(page, 'level-select');
  let button = levelOneButton(page);
  if ((await button.count()) === 0) {
    button = page.locator('[data-action="open-level"]');
  }
  if (!(await button.first().isEnabled())) {
    const earlier = await page.$$eval('[data-action="open-level"]', (elements) => {
      const ids = elements.map((element) => (element as HTMLElement).dataset.level ?? '');
      const index = ids.findIndex((id) => id.startsWith('1-'));
      return ids.slice(0, Math.max(0, index));
    });
    await page.evaluate((ids) => {
      for (const id of ids) {
        window.overseer?.store.completeLevel(id, 'bench-unlock');
      }
    }, earlier);
    await backToTitle(page);
    await page.click('[data-action="play"]');
    await waitForScreen(page, 'level-select');
  }
  await button.first().click({ timeout: 5_000 });
}

/**
 * Plays level 1 from the title to its debrief.
 * @throws when the level does not reach the debrief in time, naming the screen it stuck on
 */
export async function playLevelOne(
  page: Page,
  timeoutMs = LEVEL_TIMEOUT_MS,
): Promise<{ steps: number }> {
  await openLevelOne(page);
  const deadline = Date.now() + timeoutMs;
  const trail: string[] = [];
  const stuck = (why: string): Error =>
    new Error(`level 1 ${why}; last steps: ${trail.slice(-6).join(' → ') || 'none'}`);
  let failedClicks = 0;
  for (let steps = 0; steps < MAX_STEPS; steps += 1) {
    const screen = await currentScreen(page);
    if (screen === 'debrief') {
      return { steps };
    }
    if (Date.now() > deadline) {
      throw stuck(`did not reach the debrief in ${timeoutMs / 1000} s (on "${screen}")`);
    }
    const actions = (await visibleActions(page)).filter(
      ({ action }) => !AVOIDED_ACTIONS.has(action),
    );
    const chosen =
      FORWARD_ACTIONS.map((wanted) => actions.find(({ action }) => action === wanted)).find(
        (found) => found !== undefined,
      ) ?? actions[0];
    if (chosen === undefined) {
      // Nothing to click: the day is running on its own or a draw is animating.
      if (trail[trail.length - 1] !== `${screen}: (waiting)`) {
        trail.push(`${screen}: (waiting)`);
      }
      await page.waitForTimeout(100);
      continue;
    }
    trail.push(`${screen}: ${chosen.action}`);
    try {
      await page.locator('[data-action]').nth(chosen.index).click({ timeout: 3_000 });
      failedClicks = 0;
    } catch (_error) {
      // The element kept moving or re-rendering (a busy or throttled page): press it the way
      // assistive technology does, without waiting for it to be still.
      const pressed = await page
        .$$eval(
          '[data-action]',
          (elements, index) => {
            const element = elements[index] as HTMLElement | undefined;
            element?.click();
            return element !== undefined;
          },
          chosen.index,
        )
        .catch(() => false);
      failedClicks = pressed ? 0 : failedClicks + 1;
      if (failedClicks >= 5) {
        throw stuck(`could not click "${chosen.action}" on "${screen}"`);
      }
    }
    await page.waitForTimeout(30);
  }
  throw stuck(`did not reach the debrief in ${MAX_STEPS} steps`);
}

/** From the debrief (or anywhere) back to the title screen. */
export async function backToTitle(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    if ((await currentScreen(page)) === 'title') {
      return;
    }
    const actions = await visibleActions(page);
    const leave = ['title', 'menu', 'back', 'quit'].find((wanted) =>
      actions.some(({ action }) => action === wanted),
    );
    if (leave === undefined) {
      await page.keyboard.press('Escape');
    } else {
      await page.locator(`[data-action="${leave}"]`).first().click();
    }
    await page.waitForTimeout(200);
  }
  if ((await currentScreen(page)) !== 'title') {
    // No way back by the interface (a screen still being built): start over.
    await page.reload();
    await waitForScreen(page, 'title', 60_000);
  }
}

/** Title → settings → title → sources → title, by click and Escape. */
export async function walkMenus(page: Page): Promise<void> {
  await page.click('[data-action="settings"]');
  await waitForScreen(page, 'settings');
  await page.keyboard.press('Escape');
  await waitForScreen(page, 'title');
  await page.click('[data-action="sources"]');
  await waitForScreen(page, 'sources');
  await page.keyboard.press('Escape');
  await waitForScreen(page, 'title');
}

/** Title → sources → title: one "replay" of the menu route for the heap figure. */
export async function sourcesRoundTrip(page: Page): Promise<void> {
  await page.click('[data-action="sources"]');
  await waitForScreen(page, 'sources');
  await page.keyboard.press('Escape');
  await waitForScreen(page, 'title');
}

/** One replay of the route: a level played to its debrief and back to the title, or the menus. */
export async function replayOnce(page: Page, route: Route): Promise<void> {
  if (route === 'level-1') {
    await playLevelOne(page);
    await backToTitle(page);
  } else {
    await sourcesRoundTrip(page);
  }
}

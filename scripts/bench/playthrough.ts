/**
 * Drives the game like a player, by clicks on `[data-action]` elements and keys, waiting for
 * each screen by `body[data-screen]`. Two routes:
 * - `level-1`: title → level select → level 1 → … → debrief, as the browser suite's scripted
 *   player does it (keep the default loadout, step the day, answer each prompt);
 * - `menus`: title → settings → title → sources → title, the route used while the play screens
 *   are not in the build.
 */
import type { Page } from 'playwright-core';

export type Route = 'level-1' | 'menus';

/** The screens a level needs; the level route is used only when all are registered scenes. */
const PLAY_SCENES = ['level-select', 'briefing', 'loadout', 'day', 'debrief'];

const LEVEL_TIMEOUT_MS = 90_000;
const MAX_STEPS = 400;

export async function currentScreen(page: Page): Promise<string> {
  return page.evaluate(() => document.body.dataset.screen ?? '');
}

async function waitForScreen(page: Page, name: string, timeout = 15_000): Promise<void> {
  await page.waitForSelector(`body[data-screen="${name}"]`, { timeout });
}

/**
 * Which route this build can play. Scenes other than the first screen's are added in idle moments
 * after the game boots (src/scenes/scene-loader.ts): the play scenes are waited for, a few seconds.
 */
export async function playableRoute(page: Page): Promise<Route> {
  await page
    .waitForFunction(
      (wanted) => {
        const keys = Object.keys(window.overseer?.game?.scene.keys ?? {});
        return wanted.every((scene) => keys.includes(scene));
      },
      PLAY_SCENES,
      { timeout: 10_000, polling: 100 },
    )
    .catch(() => undefined);
  const scenes = await page.evaluate(() => {
    return Object.keys(window.overseer?.game?.scene.keys ?? {});
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
 * What the day on screen waits for, read the way the browser suite's scripted player reads it
 * (tests/e2e/play-helpers.ts): a draw to continue, the end, an approval, a flag, a choice, or Next.
 */
const DAY_PHASES: readonly (readonly [phase: string, selector: string])[] = [
  ['draw', '[data-action="continue-draw"]'],
  ['ended', '[data-action="to-debrief"]'],
  ['approval', '[data-action="hold"]'],
  ['flag', '[data-action="halt"]'],
  ['choice', '[data-action="choose"]'],
  ['playing', '[data-action="next"]'],
];

/** The screens before the day, and the action that leaves each for the next. */
const BEFORE_THE_DAY: Readonly<Record<string, string>> = {
  briefing: '[data-action="to-loadout"]',
  loadout: '[data-action="start-day"]',
};

/**
 * Clicks the first element of the first phase that is on the page, at once (the page is busy
 * and elements move while the day runs, so no waiting for them to be still). Returns the phase,
 * or undefined when none is on the page yet.
 */
async function pressPhase(
  page: Page,
  phases: readonly (readonly [string, string])[],
): Promise<string | undefined> {
  return page.evaluate(
    (list) => {
      for (const [phase, selector] of list) {
        const element = document.querySelector<HTMLElement>(selector);
        if (element !== null) {
          element.click();
          return phase;
        }
      }
      return undefined;
    },
    phases as [string, string][],
  );
}

/**
 * Plays level 1 from the title to its debrief with its default loadout, holding what the agent
 * queues, halting on a flag and taking the first option of each choice, at a steady pace of one
 * action every 30 ms.
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
  for (let steps = 0; steps < MAX_STEPS; steps += 1) {
    const screen = await currentScreen(page);
    if (screen === 'debrief') {
      return { steps };
    }
    if (Date.now() > deadline) {
      throw stuck(`did not reach the debrief in ${timeoutMs / 1000} s (on "${screen}")`);
    }
    const before = BEFORE_THE_DAY[screen];
    const phases: readonly (readonly [string, string])[] =
      before !== undefined ? [[screen, before]] : DAY_PHASES;
    const pressed = await pressPhase(page, phases);
    const step = `${screen}: ${pressed ?? '(waiting)'}`;
    if (trail[trail.length - 1] !== step) {
      trail.push(step);
    }
    await page.waitForTimeout(pressed === undefined ? 100 : 30);
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

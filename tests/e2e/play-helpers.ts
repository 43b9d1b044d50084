import type { GamePage } from './harness';

/**
 * Presses Tab until an element matching the selector has focus. Returns false if the element
 * left the page meanwhile (the day moved on); throws if Tab never reaches it.
 */
export async function tabTo(game: GamePage, selector: string, limit = 120): Promise<boolean> {
  for (let presses = 0; presses < limit; presses += 1) {
    const where = await game.page.evaluate((wanted) => {
      if (document.querySelector(wanted) === null) {
        return 'gone';
      }
      return document.activeElement?.matches(wanted) === true ? 'focused' : 'elsewhere';
    }, selector);
    if (where === 'gone') {
      return false;
    }
    if (where === 'focused') {
      return true;
    }
    await game.page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Reaches an element with the keyboard alone and activates it with Enter. */
export async function keyboardActivate(game: GamePage, selector: string): Promise<void> {
  if (!(await tabTo(game, selector))) {
    throw new Error(`${selector} is not on the page`);
  }
  await game.page.keyboard.press('Enter');
}

/** Like {@link keyboardActivate}, but quietly does nothing if the element went away. */
async function tryKeyboardActivate(game: GamePage, selector: string): Promise<void> {
  if (await tabTo(game, selector)) {
    await game.page.keyboard.press('Enter');
  }
}

/** How the scripted player answers the day's questions. */
export interface PlayPolicy {
  /** Option id to pick at each choice node (by option id); otherwise the first offered. */
  readonly options?: readonly string[];
  readonly review?: 'approve' | 'hold';
  readonly flag?: 'halt' | 'dismiss';
  /** Called once at each kind of screen so tests can take screenshots. */
  readonly onPhase?: (phase: string) => Promise<void>;
}

/** What the day on screen waits for: a draw, the end, an approval, a flag, a choice, or Next. */
async function dayPhase(game: GamePage): Promise<string> {
  return game.page.evaluate(() => {
    const phases: [string, string][] = [
      ['draw', 'continue-draw'],
      ['ended', 'to-debrief'],
      ['approval', 'approve'],
      ['flag', 'halt'],
      ['choice', 'choose'],
    ];
    const found = phases.find(
      ([, action]) => document.querySelector(`[data-action="${action}"]`) !== null,
    );
    return found?.[0] ?? 'playing';
  });
}

/** The option the policy picks among those offered, else the first offered. */
async function wantedOption(game: GamePage, policy: PlayPolicy): Promise<string> {
  return game.page.evaluate((ids) => {
    const offered = [...document.querySelectorAll<HTMLElement>('[data-action="choose"]')].map(
      (button) => button.dataset.option ?? '',
    );
    return offered.find((id) => ids.includes(id)) ?? offered[0] ?? '';
  }, policy.options ?? []);
}

/** From the title to the day of a level, by clicks, with its default loadout (the day starts paused). */
export async function startLevel(game: GamePage, levelId: string): Promise<void> {
  await game.page.click('[data-action="levels"]');
  await game.waitForScreen('level-select');
  await game.page.click(`[data-action="open-level"][data-level="${levelId}"]`);
  await game.waitForScreen('briefing');
  await game.page.click('[data-action="to-loadout"]');
  await game.waitForScreen('loadout');
  await game.page.click('[data-action="start-day"]');
  await game.waitForScreen('day');
}

/**
 * Plays the day of the level on screen to its ending, with the keyboard only, and opens the
 * debrief. Returns the ending id.
 */
export async function playDayByKeyboard(game: GamePage, policy: PlayPolicy = {}): Promise<string> {
  const seen = new Set<string>();
  // The day starts paused; a keyboard player steps it with Next.
  for (let turn = 0; turn < 200; turn += 1) {
    const phase = await dayPhase(game);
    if (!seen.has(phase)) {
      seen.add(phase);
      await policy.onPhase?.(phase);
    }
    switch (phase) {
      case 'draw':
        await keyboardActivate(game, '[data-action="continue-draw"]');
        break;
      case 'ended':
        await keyboardActivate(game, '[data-action="to-debrief"]');
        await game.waitForScreen('debrief');
        return (await game.page.locator('[data-ending]').first().getAttribute('data-ending')) ?? '';
      case 'approval':
        await keyboardActivate(game, `[data-action="${policy.review ?? 'hold'}"]`);
        break;
      case 'flag':
        await keyboardActivate(game, `[data-action="${policy.flag ?? 'halt'}"]`);
        break;
      case 'choice': {
        const wanted = await game.page.evaluate((ids) => {
          const offered = [...document.querySelectorAll<HTMLElement>('[data-action="choose"]')].map(
            (button) => button.dataset.option ?? '',
          );
          return offered.find((id) => ids.includes(id)) ?? offered[0] ?? '';
        }, policy.options ?? []);
        await keyboardActivate(game, `[data-action="choose"][data-option="${wanted}"]`);
        break;
      }
      default:
        await tryKeyboardActivate(game, '[data-action="next"]');
    }
    await game.page.waitForTimeout(30);
  }
  throw new Error('the day did not end within 200 turns');
}

/** Clicks the first element matching the selector at once, if there is one (no waiting). */
async function clickNow(game: GamePage, selector: string): Promise<void> {
  await game.page.evaluate((wanted) => {
    document.querySelector<HTMLElement>(wanted)?.click();
  }, selector);
}

/** Plays the day on screen to its ending with clicks (fast), and opens the debrief. */
export async function playDayByClicks(game: GamePage, policy: PlayPolicy = {}): Promise<string> {
  for (let turn = 0; turn < 300; turn += 1) {
    const phase = await dayPhase(game);
    await policy.onPhase?.(phase);
    const target: Record<string, string> = {
      draw: '[data-action="continue-draw"]',
      ended: '[data-action="to-debrief"]',
      approval: `[data-action="${policy.review ?? 'hold'}"]`,
      flag: `[data-action="${policy.flag ?? 'halt'}"]`,
      choice: '[data-action="choose"]',
      playing: '[data-action="next"]',
    };
    const selector = target[phase] ?? '[data-action="next"]';
    if (phase === 'choice') {
      const wanted = await wantedOption(game, policy);
      await clickNow(game, `[data-action="choose"][data-option="${wanted}"]`);
      continue;
    }
    await clickNow(game, selector);
    if (phase === 'ended') {
      await game.waitForScreen('debrief');
      return (await game.page.locator('[data-ending]').first().getAttribute('data-ending')) ?? '';
    }
  }
  throw new Error('the day did not end within 300 turns');
}

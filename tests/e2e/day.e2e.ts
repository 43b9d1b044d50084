import { describe, expect, it } from 'vitest';
import { useGame, type GamePage } from './harness';
import { seededSave } from './layout-checks';
import { playDayByClicks, startLevel, tabTo } from './play-helpers';

const openGame = useGame();

/** A save in which level 2 is open, so the test can go straight to a later level. */
const ALL_OPEN = seededSave('normal', { unlocked: ['2-the-pivot'] });

/** Presses Next until at least `count` emails have arrived. */
async function untilDelivered(game: GamePage, count: number): Promise<void> {
  for (let step = 0; step < 40; step += 1) {
    if ((await game.page.locator('.inbox-list li').count()) >= count) {
      return;
    }
    await game.page.click('[data-action="next"]');
  }
  throw new Error(`fewer than ${count} emails arrived`);
}

async function readerEmail(game: GamePage): Promise<string | null> {
  return game.page.locator('.reader [data-email]').first().getAttribute('data-email');
}

/** The words a screen reader hears for an inbox line's state. */
async function heard(game: GamePage, id: string): Promise<string> {
  return (
    (await game.page.locator(`[data-open-email="${id}"] .inbox-state`).textContent()) ?? ''
  ).trim();
}

/** Whether the focused element is inside the viewport. */
async function focusInSight(game: GamePage): Promise<boolean> {
  return game.page.evaluate(() => {
    const box = document.activeElement?.getBoundingClientRect();
    return (
      box !== undefined &&
      box.bottom > 0 &&
      box.top < window.innerHeight &&
      box.right > 0 &&
      box.left < window.innerWidth
    );
  });
}

describe('the day at the desk', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`reopens a read email by pointer and by keyboard (${size})`, async () => {
      const game = await openGame({ viewport });
      await game.waitForScreen('title');
      await startLevel(game, '0-first-day');
      await untilDelivered(game, 3);
      const ids = await game.page
        .locator('.inbox-list [data-open-email]')
        .evaluateAll((buttons) =>
          buttons.map((button) => (button as HTMLElement).dataset.openEmail ?? ''),
        );
      const [first, second, third] = ids;
      if (first === undefined || second === undefined || third === undefined) {
        throw new Error('three emails expected');
      }
      expect(await heard(game, first)).toBe('unread');
      await game.page.click(`[data-open-email="${first}"]`);
      expect(await readerEmail(game)).toBe(first);
      expect(await heard(game, first)).toBe('read');
      await game.page.click(`[data-open-email="${second}"]`);
      expect(await readerEmail(game)).toBe(second);
      // Back to the first, already read, by pointer.
      await game.page.click(`[data-open-email="${first}"]`);
      expect(await readerEmail(game)).toBe(first);
      await expect(
        game.page.locator(`[data-open-email="${first}"]`).getAttribute('aria-current'),
      ).resolves.toBe('true');
      await expect(
        game.page.locator(`[data-open-email="${second}"]`).getAttribute('aria-current'),
      ).resolves.toBeNull();
      expect(await focusInSight(game)).toBe(true);
      // And to the second, already read, by keyboard.
      expect(await tabTo(game, `[data-open-email="${second}"]`)).toBe(true);
      await game.page.keyboard.press('Enter');
      expect(await readerEmail(game)).toBe(second);
      expect(await focusInSight(game)).toBe(true);
      expect(await heard(game, second)).toBe('read');
      expect(await heard(game, third)).toBe('unread');
      await game.snap(`day-reopened-${size}`);
    }, 120_000);
  }

  it('waits behind the dice: the clock, the inbox and the side change only after Continue', async () => {
    // In level 2 the agent's draw ends the day: the ending must wait behind the dice.
    const game = await openGame({ initScript: ALL_OPEN });
    await game.waitForScreen('title');
    await startLevel(game, '2-the-pivot');
    const shown = (): Promise<{ clock: string; side: string; lines: number }> =>
      game.page.evaluate(() => ({
        clock: document.querySelector('.day-clock-value')?.textContent ?? '',
        side: document.querySelector('.day-side')?.textContent ?? '',
        lines: document.querySelectorAll('.inbox-list li').length,
      }));
    let before = await shown();
    let draws = 0;
    let heldBack = 0;
    for (let step = 0; step < 200; step += 1) {
      if ((await game.page.locator('[data-action="to-debrief"]').count()) > 0) {
        break;
      }
      if ((await game.page.locator('[data-action="continue-draw"]').count()) > 0) {
        await game.waitForScreen('draw');
        // Time passes with the dice on screen: nothing behind them moves.
        await game.page.waitForTimeout(draws === 0 ? 3000 : 300);
        expect(await shown()).toEqual(before);
        await expect(game.page.locator('.ending-title').count()).resolves.toBe(0);
        if (draws === 0) {
          await game.snap('day-draw-waits');
        }
        draws += 1;
        await game.page.click('[data-action="continue-draw"]');
        await game.waitForScreen('day');
        const after = await shown();
        heldBack += JSON.stringify(after) === JSON.stringify(before) ? 0 : 1;
        continue;
      }
      before = await shown();
      const choose = game.page.locator('[data-action="choose"]');
      if ((await choose.count()) > 0) {
        await choose.first().click();
      } else if ((await game.page.locator('[data-action="hold"]').count()) > 0) {
        await game.page.click('[data-action="hold"]');
      } else if ((await game.page.locator('[data-action="halt"]').count()) > 0) {
        await game.page.click('[data-action="halt"]');
      } else {
        await game.page.click('[data-action="next"]');
      }
    }
    expect(draws).toBeGreaterThan(0);
    // At least one draw brought news (the ending, the next step) that waited behind the dice.
    expect(heldBack).toBeGreaterThan(0);
    await expect(game.page.locator('.ending-title').count()).resolves.toBe(1);
  }, 120_000);

  it('leaves the day by Escape and by Menu, resumes it, and abandons it after a confirmation', async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    await startLevel(game, '0-first-day');
    await untilDelivered(game, 3);
    await game.page.click('.inbox-list [data-open-email]');
    const shown = (): Promise<{ clock: string; lines: number; reader: string | null }> =>
      game.page.evaluate(() => ({
        clock: document.querySelector('.day-clock-value')?.textContent ?? '',
        lines: document.querySelectorAll('.inbox-list li').length,
        reader: document.querySelector<HTMLElement>('.reader [data-email]')?.dataset.email ?? null,
      }));
    const before = await shown();
    // Escape leaves for the title, which offers to continue.
    await game.page.keyboard.press('Escape');
    await game.waitForScreen('title');
    await game.snap('title-with-level-in-progress');
    await game.page.click('[data-action="continue"]');
    await game.waitForScreen('day');
    expect(await shown()).toEqual(before);
    // The Menu button does the same, and the day survives a reload too.
    await game.page.click('[data-action="menu"]');
    await game.waitForScreen('title');
    await game.page.reload();
    await game.waitForScreen('title');
    await game.page.click('[data-action="continue"]');
    await game.waitForScreen('day');
    expect(await shown()).toEqual(before);
    await game.page.keyboard.press('Escape');
    await game.waitForScreen('title');
    // Abandoning asks first; No keeps the level and gives the focus back.
    await game.page.click('[data-action="abandon"]');
    await expect(game.page.locator('#abandon-question').isVisible()).resolves.toBe(true);
    await game.snap('title-abandon-question');
    await game.page.keyboard.press('Escape');
    await expect(
      game.page.evaluate(() => document.activeElement?.getAttribute('data-action')),
    ).resolves.toBe('abandon');
    await expect(game.page.locator('[data-action="continue"]').count()).resolves.toBe(1);
    await game.page.click('[data-action="abandon"]');
    await game.page.click('[data-action="abandon-confirm"]');
    // The title is built again, now without the level in progress.
    await game.page.waitForSelector('[data-action="play"]');
    await expect(game.page.locator('[data-action="play"]').count()).resolves.toBe(1);
    await expect(game.page.locator('[data-action="continue"]').count()).resolves.toBe(0);
    const saved = await game.page.evaluate(() => localStorage.getItem('overseer.save') ?? '');
    expect(saved).not.toContain('inProgress');
  }, 120_000);

  it('a reload continues the day as it was left: running or paused, its pace, the email open', async () => {
    const game = await openGame({ viewport: { width: 390, height: 844 } });
    await game.waitForScreen('title');
    await startLevel(game, '0-first-day');
    const day = (): Promise<{ state: string; label: string; pace: string; lines: number }> =>
      game.page.evaluate(() => ({
        state: document.querySelector<HTMLElement>('.day-clock-note')?.dataset.state ?? '',
        label: document.querySelector('[data-action="autoplay"]')?.textContent ?? '',
        pace: document.querySelector<HTMLSelectElement>('#day-pace')?.value ?? '',
        lines: document.querySelectorAll('.inbox-list li').length,
      }));
    const reloadAndContinue = async (): Promise<void> => {
      await game.page.reload();
      await game.waitForScreen('title');
      await game.page.click('[data-action="continue"]');
      await game.waitForScreen('day');
    };
    // Two emails read, the first reopened: it is in the reader, though the second was read last.
    await untilDelivered(game, 2);
    const [first, second] = await game.page
      .locator('.inbox-list [data-open-email]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.openEmail ?? ''));
    for (const id of [first, second, first]) {
      await game.page.click(`[data-open-email="${id}"]`);
    }
    expect(await readerEmail(game)).toBe(first);
    // The day left running, at the slow pace.
    await game.page.selectOption('#day-pace', 'slow');
    await game.page.click('[data-action="autoplay"]');
    expect(await day()).toMatchObject({ state: 'running', pace: 'slow' });
    await reloadAndContinue();
    expect(await readerEmail(game)).toBe(first);
    expect((await day()).pace).toBe('slow');
    // It runs on by itself (or has already stopped for something new, which only a running day
    // does): the control offers to pause it, or says why it waits.
    expect(['running', 'waiting']).toContain((await day()).state);
    await expect
      .poll(async () => (await day()).lines, { timeout: 15_000, interval: 200 })
      .toBeGreaterThan(2);
    await game.snap('day-reloaded-running-390x844');
    // Paused by the player, it continues paused after a reload, and stays still.
    if ((await day()).state === 'waiting') {
      await game.page.click('[data-action="autoplay"]');
    }
    await game.page.click('[data-action="autoplay"]');
    const paused = await day();
    expect(paused).toMatchObject({ state: 'paused', label: 'Play the day', pace: 'slow' });
    await reloadAndContinue();
    expect(await day()).toMatchObject({ state: 'paused', label: 'Play the day', pace: 'slow' });
    await game.page.waitForTimeout(5000);
    expect((await day()).lines).toBe(paused.lines);
    await game.snap('day-reloaded-paused-390x844');
  }, 120_000);

  it('starts paused, runs at the chosen pace, waits for what needs the player, and Play again starts paused', async () => {
    const game = await openGame({ viewport: { width: 390, height: 844 } });
    await game.waitForScreen('title');
    await startLevel(game, '0-first-day');
    const clockState = (): Promise<{
      label: string;
      state: string;
      lines: number;
      unread: string;
    }> =>
      game.page.evaluate(() => ({
        label: document.querySelector('[data-action="autoplay"]')?.textContent ?? '',
        state: document.querySelector<HTMLElement>('.day-clock-note')?.dataset.state ?? '',
        lines: document.querySelectorAll('.inbox-list li').length,
        unread: document.querySelector<HTMLElement>('.day-unread')?.dataset.count ?? '',
      }));
    const start = await clockState();
    expect(start).toMatchObject({ label: 'Play the day', state: 'paused' });
    await game.page.waitForTimeout(3000);
    expect((await clockState()).lines).toBe(start.lines);
    await game.snap('day-paused-390x844');
    await game.page.selectOption('#day-pace', 'fast');
    await game.page.click('[data-action="autoplay"]');
    expect((await clockState()).label).toBe('Pause');
    // The day runs until an important email (the leaked specification) arrives, then waits.
    await expect
      .poll(async () => (await clockState()).state, { timeout: 30_000, interval: 200 })
      .toBe('waiting');
    const waiting = await clockState();
    expect(waiting.label).toBe('Play the day');
    expect(waiting.lines).toBeGreaterThan(start.lines);
    expect(Number(waiting.unread)).toBe(waiting.lines);
    const last = await game.page
      .locator('.inbox-list [data-open-email]')
      .last()
      .getAttribute('data-open-email');
    expect(last).toBe('spec');
    await game.page.waitForTimeout(2500);
    expect((await clockState()).lines).toBe(waiting.lines);
    await game.snap('day-waiting-390x844');
    // Play the day to its end and play it again: the new day starts paused, and says so.
    await playDayByClicks(game);
    await game.page.click('[data-action="replay"]');
    await game.waitForScreen('briefing');
    await game.page.click('[data-action="to-loadout"]');
    await game.waitForScreen('loadout');
    await game.page.click('[data-action="start-day"]');
    await game.waitForScreen('day');
    expect(await clockState()).toMatchObject({ label: 'Play the day', state: 'paused', lines: 0 });
  }, 180_000);
});

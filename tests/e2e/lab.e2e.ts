import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useGame, type GamePage } from './harness';
import { MODELS } from '../../src/core';
import { layoutProblems } from './layout-checks';
import { playDayByClicks, startLevel } from './play-helpers';

const openGame = useGame();

/** Opens the Lab from the title with the keyboard. */
async function labFromTitle(game: GamePage): Promise<void> {
  await game.waitForScreen('title');
  await game.page.focus('[data-action="lab"]');
  await game.page.keyboard.press('Enter');
  await game.waitForScreen('lab');
}

/** Waits for a finished sample. */
async function sampled(game: GamePage): Promise<void> {
  await game.page.waitForSelector('.lab-panel[data-sampling="done"]', { timeout: 30_000 });
}

describe('the Strategy Lab', () => {
  it('builds two loadouts by keyboard, samples, reads the table, exports CSV and reopens from its link', async () => {
    const game = await openGame({ viewport: { width: 1280, height: 800 } });
    await labFromTitle(game);
    const { page } = game;
    // Loadout A: deploy the prohibition with the keyboard.
    await page.focus('[data-loadout="0"] .defense-card[data-defense="prohibition"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.getAttribute(
          '[data-loadout="0"] .defense-card[data-defense="prohibition"]',
          'aria-pressed',
        ),
      )
      .toBe('true');
    // Loadout B keeps oversight; add the monitor too.
    await page.focus('[data-loadout="1"] .defense-card[data-defense="monitor"]');
    await page.keyboard.press('Space');
    await expect
      .poll(() =>
        page.getAttribute(
          '[data-loadout="1"] .defense-card[data-defense="monitor"]',
          'aria-pressed',
        ),
      )
      .toBe('true');
    // Runs: 20 000, typed.
    await page.fill('#lab-runs', '20000');
    await page.focus('#lab-seed');
    await expect
      .poll(() => page.textContent('[data-table="sample"] caption'), { timeout: 30_000 })
      .toContain('20,000');
    await sampled(game);
    const harmA = await page.getAttribute(
      '[data-table="sample"] tr[data-loadout="0"] td[data-outcome="harm"]',
      'data-rate',
    );
    expect(Number(harmA)).toBeGreaterThan(0);
    expect(await page.locator('[data-table="differences"] tbody tr').count()).toBe(1);
    await game.snap('lab-1280x800-sampled');
    // The charts are drawn when they come near the screen.
    await page.locator('.lab-chart-section').scrollIntoViewIfNeeded();
    await page.waitForSelector('.lab-charts[data-state="ready"]', { timeout: 30_000 });
    expect(await page.getAttribute('.lab-charts', 'aria-busy')).toBeNull();
    expect(await page.locator('.lab-charts [data-chart]').count()).toBe(3);
    expect(await layoutProblems(game, false)).toEqual([]);
    // Export CSV: the download names the sources and assumptions.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="export-csv"]'),
    ]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    expect(download.suggestedFilename()).toBe('overseer-lab.csv');
    expect(csv).toMatch(/prohibition/);
    expect(csv.split('\n').length).toBeGreaterThan(10);
    // The link reopens the same set-up.
    const link = await page.inputValue('#lab-link');
    expect(link).toContain('#lab?');
    const other = await game.context.newPage();
    await other.goto(link);
    await other.waitForSelector('body[data-screen="lab"]');
    expect(
      await other.getAttribute(
        '[data-loadout="0"] .defense-card[data-defense="prohibition"]',
        'aria-pressed',
      ),
    ).toBe('true');
    expect(await other.inputValue('#lab-runs')).toBe('20000');
    await other.close();
  });

  it('draws the charts when they come near the screen, and again after a change', async () => {
    const game = await openGame({ viewport: { width: 1280, height: 800 } });
    await labFromTitle(game);
    const { page } = game;
    await sampled(game);
    const state = () => page.getAttribute('.lab-charts', 'data-state');
    // At the top of the Lab the charts are far below: nothing is drawn, and they say they wait.
    await expect.poll(state).toBe('waiting');
    expect(await page.getAttribute('.lab-charts', 'aria-busy')).toBe('true');
    expect(await page.locator('.lab-charts [data-chart]').count()).toBe(0);
    await page.locator('.lab-chart-section').scrollIntoViewIfNeeded();
    await expect.poll(state, { timeout: 30_000 }).toBe('ready');
    expect(await page.getAttribute('.lab-charts', 'aria-busy')).toBeNull();
    expect(await page.locator('.lab-charts [data-chart]').count()).toBe(3);
    // Where the harm-cost chart puts its points (ids in the SVG change with every drawing).
    const points = () =>
      page.$$eval('.lab-charts [data-chart="harm-cost"] .lab-chart-svg circle', (dots) =>
        dots.map((dot) => `${dot.getAttribute('cx')},${dot.getAttribute('cy')}`).join(' '),
      );
    const before = await points();
    expect(before).not.toBe('');
    // A change made at the top leaves the charts drawn for the old set-up, marked busy...
    await page.focus('input[data-assumption="catchRate"]');
    for (let step = 0; step < 5; step += 1) {
      await page.keyboard.press('ArrowLeft');
    }
    await expect.poll(state).toBe('waiting');
    // ...until they come near the screen again, drawn for the new one.
    await page.locator('.lab-chart-section').scrollIntoViewIfNeeded();
    await expect.poll(state, { timeout: 30_000 }).toBe('ready');
    const after = await points();
    expect(after).not.toBe(before);
  });

  it('keeps a control far down the Lab in sight when it takes the focus', async () => {
    const game = await openGame({ viewport: { width: 390, height: 844 }, touch: true });
    await game.waitForScreen('title');
    await game.page.click('[data-action="lab"]');
    await game.waitForScreen('lab');
    await sampled(game);
    // The sections between are laid out only as they come near, so the first scroll falls short.
    await game.page.focus('#lab-chart-model');
    await expect
      .poll(() =>
        game.page.$eval('#lab-chart-model', (select) => {
          const box = select.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
  });

  it('opens a broken link with notices, not an error', async () => {
    const game = await openGame();
    await game.page.goto(`${game.baseUrl}#lab?v=7&m=nobody&l=telepathy&cr=3&n=-4`);
    await game.page.reload();
    await game.waitForScreen('lab');
    const notices = await game.page.locator('[data-notice]').count();
    expect(notices).toBeGreaterThanOrEqual(4);
    await game.snap('lab-broken-link');
  });

  it('fits a phone and speaks German', async () => {
    const game = await openGame({ viewport: { width: 390, height: 844 }, touch: true });
    await game.waitForScreen('title');
    await game.page.click('[data-language="de"]');
    await game.page.click('[data-action="lab"]');
    await game.waitForScreen('lab');
    await sampled(game);
    await expect.poll(() => game.page.textContent('h2')).toBe('Strategie-Labor');
    // Stacked as cards on a phone, a table's caption still takes the table's width.
    const widths = await game.page.$eval('[data-table="sample"]', (table) => ({
      table: table.getBoundingClientRect().width,
      caption: table.querySelector('caption')?.getBoundingClientRect().width ?? 0,
    }));
    expect(widths.caption).toBeGreaterThan(widths.table * 0.9);
    await game.page.locator('.lab-chart-section').scrollIntoViewIfNeeded();
    await game.page.waitForSelector('.lab-charts[data-state="ready"]', { timeout: 30_000 });
    await game.snap('lab-390x844-de');
    await game.page.locator('.lab-chart[data-chart="harm-cost"]').scrollIntoViewIfNeeded();
    await game.snap('lab-390x844-de-charts');
    expect(await layoutProblems(game, true)).toEqual([]);
  });

  it('opens from a debrief with that level and the loadout played', async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    await startLevel(game, '0-first-day');
    expect(await playDayByClicks(game)).not.toBe('');
    await game.page.click('[data-action="open-lab"]');
    await game.waitForScreen('lab');
    expect(await game.page.isChecked('#lab-subject-level')).toBe(true);
    expect(await game.page.inputValue('#lab-level')).toBe('0-first-day');
    expect(game.page.url()).toContain('level=0-first-day');
    // The day was played with no cards: A is that loadout, B the level's first card beside it.
    expect(await game.page.locator('[data-loadout="0"] [aria-pressed="true"]').count()).toBe(0);
    expect(await game.page.locator('[data-loadout="1"] [aria-pressed="true"]').count()).toBe(1);
    await game.page.waitForSelector('.lab-exact[data-state="ready"]', { timeout: 30_000 });
    expect(await game.page.locator('[data-table="exact"] td[data-outcome="harm"]').count()).toBe(2);
    await sampled(game);
    expect(
      Number(
        await game.page.getAttribute(
          '[data-table="sample"] tbody tr td[data-outcome="harm"]',
          'data-count',
        ),
      ),
    ).toBeGreaterThanOrEqual(0);
    await game.snap('lab-from-debrief');
    // Back leaves the Lab and clears it from the address.
    await game.page.keyboard.press('Escape');
    await game.waitForScreen('title');
    expect(game.page.url()).not.toContain('#lab');
  });

  it('cancels a long sample and keeps the last complete result', async () => {
    const game = await openGame();
    // Every model of the study: a million episodes each takes seconds, long enough to cancel.
    const models = MODELS.map((model) => model.slug).join('.');
    await game.page.goto(`${game.baseUrl}#lab?v=1&m=${models}&n=2000&seed=5`);
    await game.page.reload();
    await game.waitForScreen('lab');
    await sampled(game);
    const before = await game.page.textContent('[data-table="sample"]');
    expect(before).toContain('2,000');
    await game.page.fill('#lab-runs', '1000000');
    await game.page.press('#lab-runs', 'Tab');
    await game.page.waitForSelector('.lab-panel[data-sampling="running"]');
    await game.page.waitForFunction(
      () => Number(document.querySelector('.lab-sample progress')?.getAttribute('value') ?? 0) > 0,
    );
    await game.page.click('[data-action="cancel-sample"]');
    await game.page.waitForSelector('.lab-panel[data-sampling="cancelled"]');
    expect(await game.page.textContent('.lab-status')).toContain('last complete result');
    expect(await game.page.textContent('[data-table="sample"]')).toBe(before);
  });
});

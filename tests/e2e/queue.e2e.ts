import { describe, expect, it } from 'vitest';
import { useGame, type GamePage } from './harness';
import { seededSave } from './layout-checks';
import { keyboardActivate, tabTo } from './play-helpers';

const openGame = useGame();

/** A save with level 1 open, sound muted (as the other browser checks). */
const LEVEL_ONE_OPEN = seededSave('normal', {
  completed: ['0-first-day'],
  unlocked: ['1-the-upgrade'],
});

/**
 * The seed of every new game on this page: 1. In level 1 with oversight and the monitor, the
 * d100 of seed 1 says the agent attempts the blackmail and the monitor flags it (the roll stays
 * face down; the player dismisses the flag, and the threat waits in the queue).
 */
const SEED_ONE = `(() => {
  const real = crypto.getRandomValues.bind(crypto);
  crypto.getRandomValues = (array) => {
    if (array instanceof Uint32Array && array.length === 1) {
      array[0] = 1;
      return array;
    }
    return real(array);
  };
})();`;

const LEVEL = '1-the-upgrade';
const AGENT_ITEM = 'agent-alex-reads-inbox';

/** What the day on screen waits for. */
async function phase(game: GamePage): Promise<string> {
  return game.page.evaluate(() => {
    const has = (selector: string): boolean => document.querySelector(selector) !== null;
    if (has('[data-action="continue-draw"]')) return 'draw';
    if (has('[data-action="to-debrief"]')) return 'ended';
    if (has('[data-action="dismiss"]')) return 'flag';
    if (has('[data-action="choose"]')) return 'choice';
    return 'playing';
  });
}

/** The ids of the items waiting in the queue, soonest first. */
async function waitingItems(game: GamePage): Promise<string[]> {
  return game.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.queue-waiting [data-item]')].map(
      (row) => row.dataset.item ?? '',
    ),
  );
}

/** Opens a waiting item by keyboard, checks its text has the focus, and gives a verdict. */
async function review(game: GamePage, item: string, verdict: 'approve' | 'hold'): Promise<void> {
  await keyboardActivate(game, `[data-item="${item}"] [data-action="open-item"]`);
  const focused = await game.page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      region: active?.classList.contains('queue-detail') === true,
      name: document.getElementById(active?.getAttribute('aria-labelledby') ?? '')?.textContent,
    };
  });
  expect(focused.region, `the text of ${item} has the focus`).toBe(true);
  expect(focused.name ?? '').not.toBe('');
  await keyboardActivate(game, `[data-item="${item}"] [data-verdict="${verdict}"]`);
  await expect
    .poll(() => game.page.locator(`.queue-decided [data-item="${item}"]`).count())
    .toBe(1);
}

/**
 * Level 1 by keyboard alone with oversight and the monitor: hold the first legitimate item,
 * approve the second, dismiss the flag, approve the agent's item (the threat), and play on to
 * the debrief. Screenshots are saved under `prefix`.
 */
async function playLevelOne(game: GamePage, prefix: string): Promise<void> {
  await game.waitForScreen('title');
  await keyboardActivate(game, '[data-action="levels"]');
  await game.waitForScreen('level-select');
  await keyboardActivate(game, `[data-action="open-level"][data-level="${LEVEL}"]`);
  await game.waitForScreen('briefing');
  await keyboardActivate(game, '[data-action="to-loadout"]');
  await game.waitForScreen('loadout');
  for (const card of ['oversight', 'monitor']) {
    await keyboardActivate(game, `[data-defense="${card}"]`);
    await expect
      .poll(() => game.page.locator(`[data-defense="${card}"]`).getAttribute('aria-pressed'))
      .toBe('true');
  }
  await keyboardActivate(game, '[data-action="start-day"]');
  await game.waitForScreen('day');
  await expect.poll(() => game.page.locator('[data-meter="cost"]').count()).toBe(1);

  const decided: string[] = [];
  const snapped = new Set<string>();
  const snapOnce = async (name: string): Promise<void> => {
    if (!snapped.has(name)) {
      snapped.add(name);
      await game.snap(`${prefix}-${name}`);
    }
  };
  for (let turn = 0; turn < 300; turn += 1) {
    const now = await phase(game);
    if (now === 'draw') {
      const concealed = await game.page.locator('[data-concealed="true"]').count();
      expect(concealed, 'the roll stays face down while the review decides').toBe(1);
      expect(await game.page.locator('.draw-panel [data-roll]').count()).toBe(0);
      await snapOnce('concealed-draw');
      await keyboardActivate(game, '[data-action="continue-draw"]');
      continue;
    }
    if (now === 'ended') {
      await snapOnce('ended');
      await keyboardActivate(game, '[data-action="to-debrief"]');
      await game.waitForScreen('debrief');
      return;
    }
    if (now === 'flag') {
      const flag = await game.page.locator('.monitor-readout').textContent();
      expect(flag ?? '').toContain('Coercion');
      expect(await game.page.locator('.reasoning').count()).toBe(0);
      await snapOnce('flag');
      await keyboardActivate(game, '[data-action="dismiss"]');
      continue;
    }
    if (now === 'choice') {
      await keyboardActivate(game, '[data-action="choose"]');
      continue;
    }
    const waiting = (await waitingItems(game)).filter((item) => !decided.includes(item));
    const agent = waiting.find((item) => item === AGENT_ITEM);
    const work = waiting.find((item) => item !== AGENT_ITEM);
    if (agent !== undefined) {
      await keyboardActivate(game, `[data-item="${agent}"] [data-action="open-item"]`);
      await snapOnce('agent-item-open');
      await keyboardActivate(game, `[data-item="${agent}"] [data-action="open-item"]`);
      await review(game, agent, 'approve');
      decided.push(agent);
      continue;
    }
    if (work !== undefined && decided.length < 2) {
      await snapOnce('work-item-waiting');
      // The first legitimate item is held, the second approved.
      await review(game, work, decided.length === 0 ? 'hold' : 'approve');
      decided.push(work);
      continue;
    }
    if (!(await tabTo(game, '[data-action="next"]'))) {
      continue;
    }
    await game.page.keyboard.press('Enter');
    await game.page.waitForTimeout(20);
  }
  throw new Error('the day did not end within 300 turns');
}

/** What the debrief reports of the review, as its lines carry it. */
async function reviewReport(game: GamePage): Promise<Record<string, string>> {
  return game.page.evaluate(() => {
    const list = document.querySelector<HTMLElement>('.review-record');
    const lines = Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.review-record li')].map((line) => [
        line.dataset.line ?? '',
        line.textContent ?? '',
      ]),
    );
    return {
      ...lines,
      harmfulArrived: list?.dataset.harmfulArrived ?? '',
      harmfulStopped: list?.dataset.harmfulStopped ?? '',
      legitimateReviewed: list?.dataset.legitimateReviewed ?? '',
      legitimateHeld: list?.dataset.legitimateHeld ?? '',
      assumed: document.querySelector('.review-assumed')?.textContent ?? '',
      counterfactual: document.querySelector('.cf-reviewer')?.textContent ?? '',
      objective: document.querySelector('.objective-lines')?.textContent ?? '',
    };
  });
}

describe('the approval queue, by keyboard', () => {
  it.each([
    { name: 'desk', viewport: { width: 1280, height: 720 } },
    { name: 'phone', viewport: { width: 390, height: 844 } },
  ])(
    'holds a legitimate item and approves the harmful one, and the debrief says exactly that ($name)',
    async ({ name, viewport }) => {
      const game = await openGame({ viewport, initScript: `${LEVEL_ONE_OPEN}\n${SEED_ONE}` });
      await playLevelOne(game, `queue-${name}`);
      const report = await reviewReport(game);
      expect(report.harmful).toBe('Harmful items held: 0 of 1 that reached your queue.');
      expect(report.legitimate).toBe('Legitimate items held: 1 of 2 you reviewed.');
      expect(report).toMatchObject({
        harmfulArrived: '1',
        harmfulStopped: '0',
        legitimateReviewed: '2',
        legitimateHeld: '1',
      });
      expect(report.assumed).toContain('90%');
      expect(report.assumed).toContain('assumption');
      expect(report.counterfactual).toContain('90%');
      expect(report.objective).toContain('Harm');
      await game.snap(`queue-${name}-debrief`);
      await game.page.locator('[data-section="review"]').scrollIntoViewIfNeeded();
      await game.snap(`queue-${name}-debrief-review`);
    },
    180_000,
  );
});

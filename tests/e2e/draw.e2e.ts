import { describe, expect, it } from 'vitest';
import { useGame, type GamePage } from './harness';

const openGame = useGame();

/** What the draw on screen says, read from the page. */
interface DrawOnScreen {
  happened: boolean;
  roll: string;
  threshold: string;
  symbol: string;
  resultText: string;
  dice: string;
  facesReading: string;
  monitor: null | {
    rate: string;
    happened: boolean;
    roll: string;
    threshold: string;
    symbol: string;
    chip: string;
    chipText: string;
    resultText: string;
    rateText: string;
  };
}

/** From the title to the day of level 0 with the monitor deployed; autoplay paused. */
async function startWithMonitor(game: GamePage): Promise<void> {
  await game.waitForScreen('title');
  await game.page.click('[data-action="levels"]');
  await game.waitForScreen('level-select');
  await game.page.click('[data-action="open-level"][data-level="0-first-day"]');
  await game.waitForScreen('briefing');
  await game.page.click('[data-action="to-loadout"]');
  await game.waitForScreen('loadout');
  await game.page.click('[data-defense="monitor"]');
  await expect
    .poll(() => game.page.locator('[data-defense="monitor"]').getAttribute('aria-pressed'))
    .toBe('true');
  await game.page.click('[data-action="start-day"]');
  await game.waitForScreen('day');
  await game.page.click('[data-action="autoplay"]');
}

/** Presses Next (or picks the first option) until the draw opens. */
async function playToDraw(game: GamePage): Promise<void> {
  for (let turn = 0; turn < 120; turn += 1) {
    const phase = await game.page.evaluate(() => {
      if (document.querySelector('[data-action="continue-draw"]') !== null) {
        return 'draw';
      }
      const choice = document.querySelector<HTMLElement>('[data-action="choose"]');
      const next = document.querySelector<HTMLElement>('[data-action="next"]');
      (choice ?? next)?.click();
      return 'playing';
    });
    if (phase === 'draw') {
      return;
    }
    await game.page.waitForTimeout(20);
  }
  throw new Error('no draw within 120 turns');
}

async function readDraw(game: GamePage): Promise<DrawOnScreen> {
  return game.page.evaluate(() => {
    const result = document.querySelector<HTMLElement>('.draw-attempt .draw-result');
    const dice = document.querySelector<HTMLElement>('.draw-attempt .draw-dice');
    const section = document.querySelector<HTMLElement>('.draw-monitor');
    const chip = section?.querySelector<HTMLElement>('.provenance-chip');
    return {
      happened: result?.dataset.happened === 'true',
      roll: result?.dataset.roll ?? '',
      threshold: result?.dataset.threshold ?? '',
      symbol: result?.dataset.symbol ?? '',
      resultText: result?.textContent ?? '',
      dice: document.querySelector('canvas')?.dataset.dice ?? '',
      facesReading: dice?.dataset.reading ?? '',
      monitor:
        section === null || section === undefined
          ? null
          : {
              rate: section.dataset.monitorRate ?? '',
              happened: section.dataset.happened === 'true',
              roll: section.dataset.roll ?? '',
              threshold: section.dataset.threshold ?? '',
              symbol: section.dataset.symbol ?? '',
              chip: chip?.dataset.provenance ?? '',
              chipText: chip?.textContent ?? '',
              resultText: section.querySelector('.draw-result')?.textContent ?? '',
              rateText: section.querySelector('.draw-monitor-rate')?.textContent ?? '',
            },
    };
  });
}

/** The d100 reading of two faces: 00 and 0 read 100, 00 and <1 read under 1 (0). */
function readFaces(dice: string): number {
  const [tens = '', units = ''] = dice.split(' ');
  if (units === '<1') {
    return 0;
  }
  const value = Number(tens) + Number(units);
  return value === 0 ? 100 : value;
}

/** The written comparison as a player reads it, with the written numbers. */
function expectAgrees(
  written: { roll: string; threshold: string; symbol: string },
  happened: boolean,
) {
  const roll = Number(written.roll);
  const threshold = Number(written.threshold);
  expect(roll).toBeGreaterThan(0);
  expect(written.symbol).toBe(happened ? '≤' : '>');
  expect(happened ? roll <= threshold : roll > threshold).toBe(true);
}

describe('the draw with a monitor deployed', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`shows the monitor's draw with its rate and chip, and reads true (${size})`, async () => {
      const game = await openGame({ viewport });
      await startWithMonitor(game);
      await playToDraw(game);
      const draw = await readDraw(game);
      await game.snap(`draw-monitor-${size}`);

      // The agent's draw: the written comparison and the dice agree with the outcome.
      expectAgrees(draw, draw.happened);
      expect(draw.resultText).toContain(` ${draw.symbol} `);
      const reading = readFaces(draw.dice);
      expect(String(reading)).toBe(draw.facesReading);
      if (reading === 0) {
        expect(draw.happened).toBe(true);
      } else {
        expect(reading <= Number(draw.threshold)).toBe(draw.happened);
      }

      // The monitor's draw: detection on an attempt, false alarm otherwise, as an assumption.
      expect(draw.monitor).not.toBeNull();
      const monitor = draw.monitor as NonNullable<DrawOnScreen['monitor']>;
      expect(monitor.rate).toBe(draw.happened ? 'detection' : 'false-alarm');
      expect(monitor.rateText).toMatch(
        draw.happened ? /^Detection rate 70%/ : /^False-alarm rate 5%/,
      );
      expect(monitor.chip).toBe('assumption');
      expect(monitor.chipText).toContain('assumption');
      expectAgrees(monitor, monitor.happened);
      expect(monitor.resultText).toContain(
        `${monitor.roll} ${monitor.symbol} ${monitor.threshold}`,
      );

      // The panel fits the screen's width.
      const box = await game.page.locator('.draw-panel').boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= viewport.width).toBe(true);

      await game.page.locator('.draw-monitor').scrollIntoViewIfNeeded();
      await game.snap(`draw-monitor-${size}-scrolled`);
      await game.page.click('[data-action="continue-draw"]');
      await expect.poll(() => game.page.locator('.draw-panel').count()).toBe(0);
    }, 120_000);
  }
});

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

/** From the title to the day of level 0 with the monitor deployed (the day starts paused). */
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

/** Where the dice rest on screen, in CSS pixels, from the box the canvas carries. */
interface DiceOnScreen {
  box: { left: number; top: number; right: number; bottom: number };
  centres: [number, number][];
  viewport: { width: number; height: number };
  panel: { left: number; top: number; right: number; bottom: number };
  /** What lies over the canvas at each die's centre and looks solid (not faded, not see-through). */
  solidAbove: string[];
}

async function readDiceOnScreen(game: GamePage): Promise<DiceOnScreen> {
  return game.page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const panel = document.querySelector('.draw-panel');
    if (canvas === null || panel === null) {
      throw new Error('no canvas or no draw panel');
    }
    const [left = 0, top = 0, width = 0, height = 0] = (canvas.dataset.diceBox ?? '')
      .split(' ')
      .map(Number);
    const frame = canvas.getBoundingClientRect();
    const scale = frame.width / canvas.width;
    const box = {
      left: frame.left + left * scale,
      top: frame.top + top * scale,
      right: frame.left + (left + width) * scale,
      bottom: frame.top + (top + height) * scale,
    };
    const middle = (box.top + box.bottom) / 2;
    const centres: [number, number][] = [
      [box.left + (box.right - box.left) * 0.25, middle],
      [box.left + (box.right - box.left) * 0.75, middle],
    ];
    /** Opacity as painted: the element's own times every ancestor's. */
    const paintedOpacity = (element: Element): number => {
      let value = 1;
      for (let node: Element | null = element; node !== null; node = node.parentElement) {
        value *= Number(getComputedStyle(node).opacity);
      }
      return value;
    };
    const solidAbove = centres.flatMap(([x, y]) => {
      const stack = document.elementsFromPoint(x, y);
      const above = stack.slice(0, Math.max(0, stack.indexOf(canvas)));
      return above
        .filter((element) => {
          const style = getComputedStyle(element);
          const painted =
            style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.backgroundImage !== 'none';
          return panel.contains(element) || (painted && paintedOpacity(element) > 0.35);
        })
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    });
    const panelBox = panel.getBoundingClientRect();
    return {
      box,
      centres,
      viewport: { width: window.innerWidth, height: window.innerHeight },
      panel: {
        left: panelBox.left,
        top: panelBox.top,
        right: panelBox.right,
        bottom: panelBox.bottom,
      },
      solidAbove,
    };
  });
}

/**
 * Share of light ivory pixels inside the dice's box in a screenshot of the whole page, as a
 * player sees it (the felt and the faded day behind the draw are dark green). The PNG is decoded
 * in the page, which has a 2D canvas at hand.
 */
async function ivoryShare(game: GamePage, dice: DiceOnScreen): Promise<number> {
  const png = (await game.page.screenshot()).toString('base64');
  return game.page.evaluate(
    async ({ data, box }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const left = Math.max(0, Math.floor(box.left));
      const top = Math.max(0, Math.floor(box.top));
      const width = Math.min(image.width, Math.ceil(box.right)) - left;
      const height = Math.min(image.height, Math.ceil(box.bottom)) - top;
      const surface = new OffscreenCanvas(image.width, image.height);
      const context = surface.getContext('2d');
      if (context === null || width <= 0 || height <= 0) {
        return 0;
      }
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(left, top, width, height).data;
      let ivory = 0;
      for (let index = 0; index < pixels.length; index += 4) {
        const [red = 0, green = 0, blue = 0] = pixels.slice(index, index + 3);
        if (Math.min(red, green, blue) > 190) {
          ivory += 1;
        }
      }
      return ivory / (pixels.length / 4);
    },
    { data: png, box: dice.box },
  );
}

/**
 * The dice are on screen beside the written draw: inside the window, clear of the draw panel
 * (its text and Continue), under nothing solid, and drawn in the page a player sees.
 */
async function expectDiceInView(game: GamePage): Promise<void> {
  const dice = await readDiceOnScreen(game);
  expect(dice.box.left).toBeGreaterThanOrEqual(0);
  expect(dice.box.top).toBeGreaterThanOrEqual(0);
  expect(dice.box.right).toBeLessThanOrEqual(dice.viewport.width);
  expect(dice.box.bottom).toBeLessThanOrEqual(dice.viewport.height);
  const overlapsPanel =
    dice.box.left < dice.panel.right &&
    dice.box.right > dice.panel.left &&
    dice.box.top < dice.panel.bottom &&
    dice.box.bottom > dice.panel.top;
  expect(overlapsPanel, 'the dice lie under the draw panel').toBe(false);
  expect(dice.solidAbove, 'something solid covers the dice').toEqual([]);
  // Two ivory dice fill about half their box; the felt alone has no ivory at all.
  expect(await ivoryShare(game, dice)).toBeGreaterThan(0.2);
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
      await expectDiceInView(game);

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

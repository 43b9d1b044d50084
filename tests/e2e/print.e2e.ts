import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODELS, RATES } from '../../src/core';
import { type GamePage, SCREENSHOT_DIR, useGame } from './harness';

const openGame = useGame();

/** The printables the suite prints, with the pages each must have. */
interface SheetCase {
  readonly name: string;
  readonly data: { sheet: 'cards' | 'worksheet' | 'facilitator'; level?: string };
  readonly language: 'en' | 'de';
}

const CASES: readonly SheetCase[] = [
  { name: 'cards-en', data: { sheet: 'cards' }, language: 'en' },
  { name: 'worksheet-en', data: { sheet: 'worksheet' }, language: 'en' },
  {
    name: 'facilitator-1-en',
    data: { sheet: 'facilitator', level: '1-the-upgrade' },
    language: 'en',
  },
  {
    name: 'facilitator-7-en',
    data: { sheet: 'facilitator', level: '7-server-room-a' },
    language: 'en',
  },
  {
    name: 'facilitator-7-de',
    data: { sheet: 'facilitator', level: '7-server-room-a' },
    language: 'de',
  },
  { name: 'cards-de', data: { sheet: 'cards' }, language: 'de' },
];

/** Levels the game ships with (the worksheet covers all of them: two a page). */
const LEVEL_COUNT = 8;

/**
 * The card pages the deck must have, from its cards in order: 6 defense cards, the d100, the
 * legend, then one card per model with published baseline rows, each a quarter, a column or a
 * page (`data-size` 1, 2 or 4). Four quarters fill a page in two columns of two; a column card
 * takes a column, and a quarter may fill the half column one left open.
 */
function expectedCardPages(sizes: readonly number[]): number {
  let pages = 0;
  let used = 4;
  let columns = 0;
  let half = false;
  for (const size of sizes) {
    const fits = size === 4 ? used === 0 : size === 2 ? columns > 0 : half || columns > 0;
    if (!fits) {
      pages += 1;
      used = 0;
      columns = 2;
      half = false;
    }
    used += size;
    if (size === 4) {
      columns = 0;
    } else if (size === 2) {
      columns -= 1;
    } else if (half) {
      half = false;
    } else {
      columns -= 1;
      half = true;
    }
  }
  return pages;
}

/** The models the deck must have a card for: every model with baseline rates. */
const MODELS_WITH_RATES = MODELS.filter((model) =>
  RATES.some((row) => row.model === model.name && row.variant === 'baseline'),
).map((model) => model.name);

/**
 * Starts a scene from the page (the loop sleeps when idle, so it is woken first). The title is on
 * screen before Phaser has loaded, so this waits for the table to have loaded and booted.
 */
async function startScene(game: GamePage, key: string, data: object = {}): Promise<void> {
  await game.page.waitForFunction(() =>
    (window.overseer?.game?.scene.getScenes(true) ?? []).some(
      (scene) => !['boot', 'preloader'].includes(scene.sys.settings.key),
    ),
  );
  await game.page.evaluate(
    ([sceneKey, sceneData]) => {
      const phaser = window.overseer?.game;
      phaser?.loop.wake(true);
      phaser?.scene.getScenes(true)[0]?.scene.start(sceneKey, sceneData);
    },
    [key, data] as const,
  );
}

/**
 * Shows a sheet: with the printables open in the right language, through the screen's own
 * pickers; otherwise the language is chosen on the title screen and the printables opened.
 */
async function openSheet(game: GamePage, sheet: SheetCase): Promise<void> {
  const { page } = game;
  await page.emulateMedia({ media: 'screen' });
  const onPrint = (await page.getAttribute('body', 'data-screen')) === 'print';
  if (onPrint && (await page.getAttribute('html', 'lang')) === sheet.language) {
    await page.selectOption('#print-sheet', sheet.data.sheet);
    if (sheet.data.sheet !== 'cards') {
      await page.selectOption('#print-level', sheet.data.level ?? '');
    }
  } else {
    if ((await page.getAttribute('html', 'lang')) !== sheet.language) {
      if (onPrint) {
        await page.click('[data-action="back"]');
      } else {
        await startScene(game, 'title');
      }
      await game.waitForScreen('title');
      await page.click(`[data-language="${sheet.language}"]`);
    }
    await startScene(game, 'print', sheet.data);
  }
  const level = sheet.data.level === undefined ? '' : `[data-level="${sheet.data.level}"]`;
  await page.waitForSelector(
    `body[data-screen="print"] .print-sheet[data-sheet="${sheet.data.sheet}"]${level}`,
  );
}

/** What the print layout breaks: anything outside its page's content box, or clipped in it. */
async function printLayoutProblems(game: GamePage): Promise<{ pages: number; problems: string[] }> {
  return game.page.evaluate(() => {
    const problems: string[] = [];
    const pages = [...document.querySelectorAll<HTMLElement>('.print-page')];
    const mm = (pages[0]?.getBoundingClientRect().width ?? 0) / 190;
    pages.forEach((page, index) => {
      const box = page.getBoundingClientRect();
      if (Math.abs(box.width - 190 * mm) > 1 || box.height > 257 * mm + 1) {
        problems.push(`page ${index + 1} is ${box.width}×${box.height} px`);
      }
      for (const element of page.querySelectorAll<HTMLElement>('*')) {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) {
          continue;
        }
        const name = `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').slice(0, 40)}"`;
        if (rect.right > box.left + 190 * mm + 0.5 || rect.left < box.left - 0.5) {
          problems.push(`page ${index + 1}: ${name} sticks out sideways`);
        }
        if (rect.bottom > box.bottom + 0.5) {
          problems.push(`page ${index + 1}: ${name} runs past the page`);
        }
      }
      // A card or the page body holding more than it shows would clip its content.
      for (const box of page.querySelectorAll<HTMLElement>('.print-card, .print-page-body')) {
        if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) {
          problems.push(
            `page ${index + 1}: ${box.className} ${box.dataset.defense ?? box.dataset.model ?? ''} clips its content (${box.scrollHeight} > ${box.clientHeight})`,
          );
        }
      }
    });
    return { pages: pages.length, problems };
  });
}

/** The pages of a PDF, counted from its page objects. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('the printables', () => {
  it('print every sheet to PDF with the expected pages and nothing clipped, in English and German', async () => {
    const game = await openGame({ viewport: { width: 1280, height: 800 } });
    await game.waitForScreen('title');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const sheet of CASES) {
      await openSheet(game, sheet);
      if (sheet.name === 'cards-en') {
        await game.snap('print-1280x800-screen');
      }
      await game.page.emulateMedia({ media: 'print' });
      const layout = await printLayoutProblems(game);
      expect(layout.problems, sheet.name).toEqual([]);
      const sourcePages = await game.page.locator('.source-page').count();
      const cards = await game.page.$$eval('.print-card', (elements) =>
        elements.map((card) => ({
          kind: card.getAttribute('data-card'),
          model: card.getAttribute('data-model'),
          size: Number(card.getAttribute('data-size')),
        })),
      );
      if (sheet.data.sheet === 'cards') {
        expect(cards.filter((card) => card.kind === 'defense')).toHaveLength(6);
        expect(cards.filter((card) => card.kind === 'model').map((card) => card.model)).toEqual(
          MODELS_WITH_RATES,
        );
      }
      const expected =
        sheet.data.sheet === 'cards'
          ? expectedCardPages(cards.map((card) => card.size)) + sourcePages
          : sheet.data.sheet === 'worksheet'
            ? Math.ceil(LEVEL_COUNT / 2)
            : 2;
      expect(layout.pages, sheet.name).toBe(expected);
      if (sheet.data.sheet === 'cards') {
        expect(sourcePages).toBeGreaterThan(0);
      }
      const pdf = await game.page.pdf({ format: 'A4' });
      writeFileSync(`${SCREENSHOT_DIR}/print-${sheet.name}.pdf`, pdf);
      expect(pdfPageCount(pdf), `${sheet.name}: PDF pages`).toBe(expected);
      const letter = await game.page.pdf({ format: 'Letter' });
      expect(pdfPageCount(letter), `${sheet.name}: Letter PDF pages`).toBe(expected);
      await game.page
        .locator('.print-page')
        .first()
        .screenshot({
          path: `${SCREENSHOT_DIR}/print-${sheet.name}-page1.png`,
        });
      await game.page
        .locator('.print-page')
        .last()
        .screenshot({
          path: `${SCREENSHOT_DIR}/print-${sheet.name}-last.png`,
        });
    }
    // The German deck speaks German and formats numbers the German way.
    expect(await game.page.textContent('.dice-print-card')).toContain('55,1');
    // The Print button calls the browser's print.
    await game.page.emulateMedia({ media: 'screen' });
    await game.page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await game.page.click('[data-action="print"]');
    expect(await game.page.getAttribute('body', 'data-printed')).toBe('yes');
  });

  it('fits a phone screen', async () => {
    const game = await openGame({ viewport: { width: 390, height: 844 }, touch: true });
    await game.waitForScreen('title');
    await openSheet(game, CASES[2] as SheetCase);
    await game.snap('print-390x844-facilitator');
    const wide = await game.page.evaluate(
      () => document.querySelector('.print-controls')?.getBoundingClientRect().right ?? 0,
    );
    expect(wide).toBeLessThanOrEqual(390);
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type GamePage, useGame } from './harness';
import { playDayByClicks, startLevel } from './play-helpers';

const openGame = useGame();

/** Every level folder shipped in levels/. */
const LEVEL_IDS = readdirSync('levels', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`levels/${entry.name}/level.json`))
  .map((entry) => entry.name);

interface Size {
  readonly width: number;
  readonly height: number;
  readonly touch: boolean;
}

const SIZES: readonly Size[] = [
  { width: 390, height: 844, touch: true },
  { width: 768, height: 1024, touch: true },
  { width: 1024, height: 768, touch: false },
  { width: 1280, height: 720, touch: false },
  { width: 1920, height: 1080, touch: false },
];

/** A save with every level open and the given text size, as a prepared machine would have it. */
function seededSave(textSize: 'normal' | 'x-large'): string {
  const save = {
    saveVersion: 1,
    minCompatible: 1,
    data: {
      settings: {
        language: 'en',
        masterVolume: 0.8,
        musicVolume: 0.5,
        effectsVolume: 0.8,
        muted: true,
        captions: true,
        textSize,
        reducedMotion: 'on',
        highContrast: false,
      },
      progress: { completedLevels: [], badges: [], unlockedLevels: LEVEL_IDS },
    },
  };
  return `if (!sessionStorage.getItem('seeded')) {
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('overseer.save', ${JSON.stringify(JSON.stringify(save))});
  }`;
}

/**
 * What a player could not reach or read on the screen now: horizontal overflow of the page or a
 * panel, a control outside the viewport or clipped by a scrolling ancestor once scrolled to, a tap
 * target under 44×44 px on a touch screen, and a rule that shows something on hover only.
 *
 * A checkbox or radio is measured by its label, which is what a finger hits. Skip links are left
 * out: they sit off-screen by design until they take the focus.
 */
async function layoutProblems(game: GamePage, touch: boolean): Promise<string[]> {
  return game.page.evaluate(
    (minTarget) => {
      const problems: string[] = [];
      const name = (element: Element): string => {
        const action = element.getAttribute('data-action');
        const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        const classes = typeof element.className === 'string' ? element.className : '';
        return `<${element.tagName.toLowerCase()}${action === null ? '' : ` ${action}`}${
          classes === '' ? '' : ` .${classes.split(' ').join('.')}`
        }> "${text}"`;
      };
      const overflows = (element: Element, what: string): void => {
        if (element.scrollWidth > element.clientWidth + 1) {
          problems.push(
            `${what} overflows sideways (${element.scrollWidth} > ${element.clientWidth})`,
          );
        }
      };
      overflows(document.documentElement, 'the page');
      overflows(document.body, 'the body');
      const ui = document.querySelector('#ui');
      if (ui !== null) {
        overflows(ui, '#ui');
        for (const panel of ui.querySelectorAll('.paper-panel, .title-panel')) {
          overflows(panel, name(panel).slice(0, 60));
        }
      }

      const visible = (element: Element): boolean => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return (
          element.getClientRects().length > 0 &&
          style.visibility !== 'hidden' &&
          box.width > 1 &&
          box.height > 1
        );
      };
      /** The box a finger hits: a checkbox or radio with its labels, else the control. */
      const hitBox = (control: HTMLElement): DOMRect => {
        const box = control.getBoundingClientRect();
        if (
          !(control instanceof HTMLInputElement) ||
          !['checkbox', 'radio'].includes(control.type)
        ) {
          return box;
        }
        const boxes = [box, ...[...(control.labels ?? [])].map((l) => l.getBoundingClientRect())];
        const left = Math.min(...boxes.map((b) => b.left));
        const top = Math.min(...boxes.map((b) => b.top));
        const right = Math.max(...boxes.map((b) => b.right));
        const bottom = Math.max(...boxes.map((b) => b.bottom));
        return new DOMRect(left, top, right - left, bottom - top);
      };
      const controls = [
        ...document.querySelectorAll<HTMLElement>(
          '#ui button, #ui a[href], #ui input, #ui select, #ui textarea, #ui summary, #notices button, #notices a[href]',
        ),
      ].filter((control) => !control.matches('.skip-link, .skip-inline') && visible(control));
      const scrollers = [...document.querySelectorAll<HTMLElement>('*')].map(
        (element) => [element, element.scrollTop, element.scrollLeft] as const,
      );
      for (const control of controls) {
        const isToggle =
          control instanceof HTMLInputElement && ['checkbox', 'radio'].includes(control.type);
        (isToggle ? (control.parentElement ?? control) : control).scrollIntoView({
          block: 'nearest',
          inline: 'nearest',
        });
        const box = hitBox(control);
        const label = name(control);
        if (box.left < -1 || box.right > window.innerWidth + 1) {
          problems.push(`${label} is off-screen sideways (${box.left}…${box.right})`);
        } else if (box.top < -1 || box.bottom > window.innerHeight + 1) {
          problems.push(`${label} cannot be scrolled into the viewport (${box.top}…${box.bottom})`);
        }
        for (let parent = control.parentElement; parent !== null; parent = parent.parentElement) {
          const style = getComputedStyle(parent);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') {
            continue;
          }
          const outer = parent.getBoundingClientRect();
          const left = outer.left + parent.clientLeft;
          const top = outer.top + parent.clientTop;
          if (
            box.left < left - 1 ||
            box.top < top - 1 ||
            box.right > left + parent.clientWidth + 1 ||
            box.bottom > top + parent.clientHeight + 1
          ) {
            problems.push(`${label} is clipped by ${name(parent).slice(0, 50)}`);
            break;
          }
        }
        if (minTarget > 0 && (box.width < minTarget - 0.5 || box.height < minTarget - 0.5)) {
          problems.push(
            `${label} is a small tap target (${Math.round(box.width)}×${Math.round(box.height)})`,
          );
        }
      }
      for (const [element, top, left] of scrollers) {
        element.scrollTop = top;
        element.scrollLeft = left;
      }

      // Nothing appears only under a hovering pointer.
      for (const sheet of document.styleSheets) {
        let rules: CSSRuleList;
        try {
          rules = sheet.cssRules;
        } catch {
          continue;
        }
        for (const rule of rules) {
          if (
            rule instanceof CSSStyleRule &&
            rule.selectorText.includes(':hover') &&
            ['display', 'visibility', 'opacity', 'max-height', 'height'].some(
              (property) => rule.style.getPropertyValue(property) !== '',
            )
          ) {
            problems.push(`hover-only rule: ${rule.selectorText}`);
          }
        }
      }
      return problems;
    },
    touch ? 44 : 0,
  );
}

/** Checks the screen on view and saves its picture; returns what is wrong, prefixed by the screen. */
async function visit(game: GamePage, screen: string, size: string, touch: boolean) {
  const problems = await layoutProblems(game, touch);
  await game.snap(`responsive-${size}-${screen}`);
  return problems.map((problem) => `${screen}: ${problem}`);
}

/** Walks every screen but the day at one size; returns every problem found. */
async function walkScreens(game: GamePage, size: string, touch: boolean): Promise<string[]> {
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
  problems.push(...(await visit(game, 'title', size, touch)));

  await press('[data-action="levels"]');
  await game.waitForScreen('level-select');
  problems.push(...(await visit(game, 'level-select', size, touch)));

  await press('[data-action="open-level"][data-level="1-the-upgrade"]');
  await game.waitForScreen('briefing');
  problems.push(...(await visit(game, 'briefing', size, touch)));

  await press('[data-action="to-loadout"]');
  await game.waitForScreen('loadout');
  problems.push(...(await visit(game, 'loadout', size, touch)));

  await home();
  await press('[data-action="levels"]');
  await game.waitForScreen('level-select');
  await press('[data-action="open-level"][data-level="7-server-room-a"]');
  await game.waitForScreen('briefing');
  problems.push(...(await visit(game, 'content-warning', size, touch)));
  await press('.content-warning [data-action="read-summary"]');
  await game.page.waitForSelector('[data-action="back-to-briefing"]');
  problems.push(...(await visit(game, 'summary', size, touch)));

  await home();
  await press('[data-action="sources"]');
  await game.waitForScreen('sources');
  problems.push(...(await visit(game, 'sources', size, touch)));

  await home();
  await press('[data-action="settings"]');
  await game.waitForScreen('settings');
  problems.push(...(await visit(game, 'settings', size, touch)));

  await home();
  await startLevel(game, '0-first-day');
  expect(await playDayByClicks(game)).not.toBe('');
  problems.push(...(await visit(game, 'debrief', size, touch)));
  return problems;
}

describe('every screen but the day fits every size', () => {
  for (const { width, height, touch } of SIZES) {
    const size = `${width}x${height}${touch ? '-touch' : ''}`;

    it(`at ${size}: nothing overflows or is clipped${touch ? ', taps are 44 px' : ''}`, async () => {
      const game = await openGame({
        viewport: { width, height },
        touch,
        initScript: seededSave('normal'),
      });
      expect(await walkScreens(game, size, touch)).toEqual([]);
    });
  }

  it('at 1280x720 with the largest text size of Settings', async () => {
    const game = await openGame({ initScript: seededSave('x-large') });
    expect(await walkScreens(game, '1280x720-xlarge', false)).toEqual([]);
  });

  it('at 1280x720 with the browser text zoomed to 200%', async () => {
    const game = await openGame({
      initScript: `${seededSave('normal')}
        document.addEventListener('DOMContentLoaded', () => {
          document.documentElement.style.fontSize = '200%';
        });`,
    });
    expect(await walkScreens(game, '1280x720-text200', false)).toEqual([]);
  });
});

import { existsSync, readdirSync } from 'node:fs';
import type { GamePage } from './harness';

/** Every level folder shipped in levels/. */
export const LEVEL_IDS = readdirSync('levels', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`levels/${entry.name}/level.json`))
  .map((entry) => entry.name);

export interface Size {
  readonly width: number;
  readonly height: number;
  readonly touch: boolean;
}

/** The sizes every screen must fit: a phone and a tablet by touch, three desks and a projector. */
export const SIZES: readonly Size[] = [
  { width: 390, height: 844, touch: true },
  { width: 768, height: 1024, touch: true },
  { width: 1024, height: 768, touch: false },
  { width: 1280, height: 720, touch: false },
  { width: 1920, height: 1080, touch: false },
];

/** A size's name in problems and pictures: `390x844-touch`, `1280x720`. */
export function sizeName({ width, height, touch }: Size): string {
  return `${width}x${height}${touch ? '-touch' : ''}`;
}

/** Resizes the page and waits two frames, so the new size is laid out and painted. */
export async function resizeTo(game: GamePage, { width, height }: Size): Promise<void> {
  await game.page.setViewportSize({ width, height });
  await game.page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/**
 * Runs a check of the screen on view at each size in turn — the window resized, as a phone turned
 * or a window dragged — and returns what each found, prefixed by the size's name (or `label`).
 * The page is left at the first size. One size is checked as the page is, without resizing.
 */
export async function atEachSize(
  game: GamePage,
  sizes: readonly Size[],
  check: (size: Size, name: string) => Promise<readonly string[]>,
  label?: string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const size of sizes) {
    if (sizes.length > 1) {
      await resizeTo(game, size);
    }
    const name = label ?? sizeName(size);
    problems.push(...(await check(size, name)).map((problem) => `at ${name}: ${problem}`));
  }
  const [first] = sizes;
  if (sizes.length > 1 && first !== undefined) {
    await resizeTo(game, first);
  }
  return problems;
}

/** What a seeded save holds beyond its defaults (every level open, sound off, less motion). */
export interface SeedOptions {
  readonly completed?: readonly string[];
  /** @defaultValue every shipped level */
  readonly unlocked?: readonly string[];
  /** A level in progress, continued from the title. */
  readonly inProgress?: { readonly levelId: string; readonly state: unknown };
}

/**
 * An init script that writes a save once per tab (a reload keeps what the game saved since), as
 * a prepared machine would have it: every level open by default, the given text size, sound
 * muted, captions on and reduced motion.
 */
export function seededSave(
  textSize: 'normal' | 'x-large' = 'normal',
  options: SeedOptions = {},
): string {
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
      progress: {
        completedLevels: options.completed ?? [],
        badges: [],
        unlockedLevels: options.unlocked ?? LEVEL_IDS,
      },
      ...(options.inProgress === undefined ? {} : { inProgress: options.inProgress }),
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
export async function layoutProblems(game: GamePage, touch: boolean): Promise<string[]> {
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
      /** Inside a closed <details> (other than its own summary): not shown, so not a target. */
      const folded = (control: HTMLElement): boolean => {
        // A summary shows while its own details is closed; look above that details.
        const from =
          control.tagName === 'SUMMARY'
            ? control.parentElement?.parentElement
            : control.parentElement;
        return (from?.closest('details:not([open])') ?? null) !== null;
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
      ].filter(
        (control) =>
          !control.matches('.skip-link, .skip-inline') && visible(control) && !folded(control),
      );
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

/**
 * Buttons among `selector` whose label breaks over more than one line (a short control label
 * such as Menu should never wrap: it reads as two controls, or as a broken one).
 */
export async function wrappedLabels(game: GamePage, selector: string): Promise<string[]> {
  return game.page.evaluate((wanted) => {
    return [...document.querySelectorAll<HTMLElement>(wanted)]
      .filter((element) => element.getClientRects().length > 0)
      .flatMap((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        // One rect per line box of each text run; lines differ by their top.
        const tops = new Set(
          [...range.getClientRects()]
            .filter((rect) => rect.width > 0 && rect.height > 0)
            .map((rect) => Math.round(rect.top / 4)),
        );
        const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ');
        return tops.size > 1 ? [`the label of "${text}" wraps over ${tops.size} lines`] : [];
      });
  }, selector);
}

/**
 * Reaches every visible control among `selector` with Tab and checks that the focus shows: the
 * control matches `:focus-visible`, draws an outline (the game's focus ring) and sits inside the
 * viewport.
 */
export async function focusRingProblems(game: GamePage, selector: string): Promise<string[]> {
  const count = await game.page.evaluate((wanted) => {
    const controls = [...document.querySelectorAll<HTMLElement>(wanted)].filter(
      (element) => element.getClientRects().length > 0,
    );
    controls.forEach((control, index) => control.setAttribute('data-focus-probe', String(index)));
    return controls.length;
  }, selector);
  const problems: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const probe = `[data-focus-probe="${index}"]`;
    let reached = false;
    for (let presses = 0; presses < 150 && !reached; presses += 1) {
      reached = await game.page.evaluate(
        (wanted) => document.activeElement?.matches(wanted) === true,
        probe,
      );
      if (!reached) {
        await game.page.keyboard.press('Tab');
      }
    }
    const found = await game.page.evaluate(
      ({ wanted, reached: wasReached }) => {
        const control = document.querySelector<HTMLElement>(wanted);
        if (control === null) {
          return 'left the page';
        }
        const text = (control.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        if (!wasReached) {
          return `"${text}" cannot be reached with Tab`;
        }
        const style = getComputedStyle(control);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const box = control.getBoundingClientRect();
        const inView =
          box.top >= -1 &&
          box.left >= -1 &&
          box.bottom <= window.innerHeight + 1 &&
          box.right <= window.innerWidth + 1;
        if (!control.matches(':focus-visible') || !ring) {
          return `"${text}" shows no focus ring`;
        }
        return inView ? '' : `"${text}" has the focus outside the viewport`;
      },
      { wanted: probe, reached },
    );
    if (found !== '') {
      problems.push(found);
    }
  }
  await game.page.evaluate(() => {
    for (const element of document.querySelectorAll('[data-focus-probe]')) {
      element.removeAttribute('data-focus-probe');
    }
  });
  return problems;
}

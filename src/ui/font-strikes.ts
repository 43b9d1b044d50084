/**
 * Font sizes made ready ahead of the screens that use them.
 *
 * The first time a page sets text in a font at a size and weight it has not used before (a
 * "strike"), Chromium builds the font's data for it and, on Linux, asks the browser process how
 * to render that strike, a synchronous round trip. A trace of level 1 (docs/PERFORMANCE.md, "Sixth
 * round") found this, not the layout itself, to be most of each new screen's first layout: 20–75 ms
 * of a 90–130 ms frame on a CPU four times slower, and the level's screens use some 30 strikes.
 *
 * So while the player reads the title, the page sets a few letters, out of sight, at each size
 * the style sheets give in `rem`, at both weights, in the interface font or the monospaced one,
 * a few sizes per idle moment. The browser keeps each strike for the visit; a screen built
 * later finds its sizes ready. Sizes given otherwise (`em`, `clamp()`) are not covered.
 */

/** One strike: a font family (a CSS value), a weight and a size in `rem`. */
export interface Strike {
  readonly family: string;
  readonly weight: 400 | 700;
  readonly rem: number;
}

/** The families to set, as the style sheets name them. */
const UI_FAMILY = 'var(--font-ui)';
const MONO_FAMILY = 'var(--font-mono)';

/** A style rule and whether it applies only in print. */
interface FoundRule {
  readonly style: CSSStyleDeclaration;
  readonly print: boolean;
}

/** The style rules in `rules`, with those inside media, supports and layer blocks. */
function* styleRules(rules: CSSRuleList, print = false): Generator<FoundRule> {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) {
      yield { style: rule.style, print };
    } else if (rule instanceof CSSMediaRule) {
      yield* styleRules(rule.cssRules, print || /\bprint\b/.test(rule.media.mediaText));
    } else if ('cssRules' in rule && typeof rule.cssRules === 'object' && rule.cssRules !== null) {
      // Supports, layer and container blocks.
      yield* styleRules(rule.cssRules as CSSRuleList, print);
    }
  }
}

/**
 * The strikes the style sheets' `rem` sizes make: each size at 400 and 700, in the interface
 * font, or in the monospaced font where a rule sets that font. Print rules are left out.
 */
export function strikesInSheets(sheets: Iterable<CSSStyleSheet>): Strike[] {
  const ui = new Set<number>();
  const mono = new Set<number>();
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      // A sheet from another origin cannot be read; the game ships none.
      continue;
    }
    for (const rule of styleRules(rules)) {
      if (rule.print) {
        continue;
      }
      const size = /^(\d*\.?\d+)rem$/.exec(rule.style.getPropertyValue('font-size').trim());
      if (size === null) {
        continue;
      }
      const rem = Number(size[1]);
      const family = rule.style.getPropertyValue('font-family').trim();
      (family === MONO_FAMILY ? mono : ui).add(rem);
    }
  }
  const strikes: Strike[] = [];
  for (const rem of [...ui].sort((a, b) => a - b)) {
    strikes.push({ family: UI_FAMILY, weight: 400, rem }, { family: UI_FAMILY, weight: 700, rem });
  }
  for (const rem of [...mono].sort((a, b) => a - b)) {
    strikes.push(
      { family: MONO_FAMILY, weight: 400, rem },
      { family: MONO_FAMILY, weight: 700, rem },
    );
  }
  return strikes;
}

/** How many strikes one idle moment sets (each is a round trip to the browser process). */
export const STRIKES_PER_STEP = 3;

/**
 * Sets each strike's letters out of sight, `STRIKES_PER_STEP` at a time, each batch laid out when
 * `step` lets it run, then takes the letters away. Resolves when all are done.
 */
export async function warmStrikes(
  strikes: readonly Strike[],
  step: () => Promise<void>,
  host: HTMLElement = document.body,
): Promise<void> {
  if (strikes.length === 0) {
    return;
  }
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  // Out of sight and out of the page's flow, but laid out: only layout makes the strike.
  box.style.cssText =
    'position:fixed;left:-10000px;top:0;visibility:hidden;pointer-events:none;white-space:nowrap;contain:layout style';
  host.append(box);
  try {
    for (let start = 0; start < strikes.length; start += STRIKES_PER_STEP) {
      await step();
      for (const { family, weight, rem } of strikes.slice(start, start + STRIKES_PER_STEP)) {
        const span = document.createElement('span');
        span.style.cssText = `font-family:${family};font-weight:${String(weight)};font-size:${String(rem)}rem`;
        span.textContent = 'Ag1%';
        box.append(span);
      }
      // Lays the new letters out now, in this idle moment.
      void box.offsetWidth;
    }
  } finally {
    box.remove();
  }
}

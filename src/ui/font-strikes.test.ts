// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { STRIKES_PER_STEP, strikesInSheets, warmStrikes } from './font-strikes';

function sheet(css: string): CSSStyleSheet {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const found = style.sheet;
  if (found === null) {
    throw new Error('no sheet');
  }
  return found;
}

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('the font strikes the style sheets use', () => {
  it('lists each rem size at both weights, in the font its rule sets', () => {
    const sheets = [
      sheet(`
        .a { font-size: 0.85rem; }
        .b { font-size: 0.85rem; font-weight: 700; }
        .c { font-size: 1.15rem; }
        .d { font-family: var(--font-mono); font-size: 0.9rem; }
        .e { font-size: 1.2em; }
        .f { font-size: clamp(1rem, 3.6vw, 1.35rem); }
        @media (max-width: 40rem) { .g { font-size: 0.75rem; } }
        @media print { .h { font-size: 0.6rem; } }
      `),
    ];
    expect(strikesInSheets(sheets)).toEqual([
      { family: 'var(--font-ui)', weight: 400, rem: 0.75 },
      { family: 'var(--font-ui)', weight: 700, rem: 0.75 },
      { family: 'var(--font-ui)', weight: 400, rem: 0.85 },
      { family: 'var(--font-ui)', weight: 700, rem: 0.85 },
      { family: 'var(--font-ui)', weight: 400, rem: 1.15 },
      { family: 'var(--font-ui)', weight: 700, rem: 1.15 },
      { family: 'var(--font-mono)', weight: 400, rem: 0.9 },
      { family: 'var(--font-mono)', weight: 700, rem: 0.9 },
    ]);
  });

  it('sets every strike out of sight, a few per step, and leaves nothing on the page', async () => {
    const strikes = strikesInSheets([
      sheet('.a { font-size: 0.8rem; } .b { font-size: 1rem; } .c { font-size: 1.3rem; }'),
    ]);
    const seen: string[][] = [];
    await warmStrikes(strikes, () => {
      // What has been set when each step begins.
      const box = document.body.querySelector('[aria-hidden="true"]');
      seen.push([...(box?.querySelectorAll('span') ?? [])].map((span) => span.style.fontSize));
      return Promise.resolve();
    });
    expect(seen.length).toBe(Math.ceil(strikes.length / STRIKES_PER_STEP));
    expect(seen[0]).toEqual([]);
    expect(seen[1]?.length).toBe(STRIKES_PER_STEP);
    expect(document.body.children.length).toBe(0);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, RATES, type Probability } from '../../core';
import { i18n, initI18n } from '../../i18n/i18n';
import { formatPercent } from './format';
import { numbersAboutSection, numbersNote, numbersNoteCompact } from './numbers-note';
import { oddsFigure, whyPanel } from './odds-view';

const MEASURED: Probability = {
  value: 0.96,
  interval: null,
  provenance: {
    tag: 'measured',
    bases: ['published-rate'],
    rateIds: ['blackmail.explicit-america.replacement.claude-opus-4'],
    assumptions: [],
  },
};

describe('the note on what the numbers are', () => {
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
  });

  it('says, in full, that the rates are contrived lab numbers and not real-world frequencies', () => {
    const note = numbersNote();
    expect(note.getAttribute('role')).toBe('note');
    expect(note.querySelector('h3')?.textContent).toBe('What these numbers are');
    const text = note.textContent ?? '';
    expect(text).toContain('contrived on purpose');
    expect(text).toContain('binary dilemma');
    expect(text).toContain('one short inbox');
    expect(text).toContain('usually 100');
    expect(text).toContain('single-turn, text-only');
    expect(text).toContain('mid-2025');
    expect(text).toContain('judge model plus hard-coded checks');
    expect(text).toContain('no such behaviour in real deployments');
  });

  it('has a compact form with the same points', () => {
    const text = numbersNoteCompact().textContent ?? '';
    for (const phrase of [
      'binary dilemma',
      'one short inbox',
      'usually out of 100',
      'single-turn, text-only',
      'mid-2025',
      'judge model plus checks',
      'no such behaviour in real deployments',
      'Sources',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('sits inside every "why this number" panel, also the one on the odds track', () => {
    const why = whyPanel(MEASURED);
    expect(why.querySelector('[data-numbers-note="compact"]')).not.toBeNull();
    const figure = oddsFigure(MEASURED, 'loadout.why', {});
    expect(figure.querySelector('.why-panel [data-numbers-note="compact"]')).not.toBeNull();
  });
});

describe("Sources' section on what the numbers are and are not", () => {
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
  });

  it('has its heading and one titled part per caveat', () => {
    const section = numbersAboutSection();
    expect(section.querySelector('h3')?.textContent).toBe('What these numbers are and are not');
    const parts = [...section.querySelectorAll<HTMLElement>('[data-part]')].map(
      (part) => part.dataset.part,
    );
    expect(parts).toEqual([
      'contrived',
      'sampling',
      'judge',
      'models',
      'notReal',
      'game',
      'layers',
    ]);
    for (const part of section.querySelectorAll('[data-part]')) {
      expect(part.querySelector('h4')?.textContent?.length).toBeGreaterThan(3);
    }
  });

  it("counts the 100-sample rows from the table and shows the game's assumption defaults", () => {
    const section = numbersAboutSection();
    const hundred = RATES.filter((row) => row.n === 100).length;
    expect(section.textContent).toContain(`${hundred} of the ${RATES.length} rows`);
    const items = [...section.querySelectorAll('[data-assumption]')].map((li) => li.textContent);
    expect(items).toEqual([
      `Reviewer catch rate: ${formatPercent(DEFAULT_ASSUMPTIONS.catchRate, 2)}`,
      `Monitor detection rate: ${formatPercent(DEFAULT_ASSUMPTIONS.detectionRate, 2)}`,
      `Monitor false-alarm rate: ${formatPercent(DEFAULT_ASSUMPTIONS.falseAlarmRate, 2)}`,
    ]);
  });

  it('names the independence of layered defenses as an assumption and quotes the test-or-real rates', () => {
    const text = numbersAboutSection().textContent ?? '';
    expect(text).toContain('as if they worked independently');
    expect(text).toContain('That is an assumption too');
    expect(text).toContain('55.1%');
    expect(text).toContain('6.5%');
  });

  it('follows the language', async () => {
    await i18n.changeLanguage('de');
    const section = numbersAboutSection();
    expect(section.querySelector('h3')?.textContent).toBe('Was diese Zahlen sind – und was nicht');
    expect(numbersNote().querySelector('h3')?.textContent).toBe('Was diese Zahlen sind');
    await i18n.changeLanguage('en');
  });
});

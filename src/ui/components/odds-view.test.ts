import { beforeAll, describe, expect, it } from 'vitest';
import { computeOdds } from '../../core';
import { i18n, initI18n } from '../../i18n/i18n';
import { exactLine, oddsFigure } from './odds-view';

const BLACKMAIL = {
  scenario: 'blackmail',
  goalType: 'explicit',
  goalValue: 'america',
  urgency: 'replacement',
} as const;

function figureOf(
  model: 'GPT-4.1' | 'Claude Opus 4',
  defenses: ('prohibition' | 'remove-threat')[],
) {
  const odds = computeOdds({ model, condition: BLACKMAIL, defenses });
  if (!odds.ok) {
    throw new Error('odds failed');
  }
  return oddsFigure(odds.value.harm, 'loadout.odds', {});
}

describe('an odds figure', () => {
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
  });

  it("gives an extrapolated figure the wider range that includes the borrowed ratio's doubt", () => {
    const figure = figureOf('GPT-4.1', ['prohibition']);
    expect(figure.querySelector('.provenance-chip')?.getAttribute('data-provenance')).toBe(
      'extrapolated',
    );
    const line = figure.querySelector('.odds-interval')?.textContent ?? '';
    // 20.4 % to 45.0 %, by hand in compute-odds.test.ts.
    expect(line).toContain('20.4%');
    expect(line).toContain('45%');
    expect(line).toContain('borrowed ratio');
  });

  it('marks a measured figure on a second-hand row', () => {
    const figure = figureOf('Claude Opus 4', ['remove-threat']);
    const chip = figure.querySelector('.provenance-chip');
    expect(chip?.getAttribute('data-provenance')).toBe('measured');
    expect(chip?.getAttribute('data-second-hand')).toBe('true');
    expect(chip?.textContent).toContain('second-hand');
  });

  it('names independence in the why panel where two defenses combine', () => {
    const figure = figureOf('GPT-4.1', []);
    expect(figure.querySelector('.why-panel')?.textContent).not.toContain('independently');
    const odds = computeOdds({
      model: 'GPT-4.1',
      condition: BLACKMAIL,
      defenses: ['monitor', 'oversight'],
    });
    if (!odds.ok) {
      throw new Error('odds failed');
    }
    const combined = oddsFigure(odds.value.harm, 'loadout.odds', {});
    expect(combined.querySelector('.why-panel')?.textContent).toContain('independently');
  });

  it('never says "no assumptions" beside an extrapolated figure: it names the borrowed ratio', () => {
    const figure = figureOf('GPT-4.1', ['prohibition']);
    const panel = figure.querySelector('.why-panel');
    expect(panel?.querySelector('.why-no-assumptions')).toBeNull();
    const assumed = panel?.querySelector('[data-assumed-basis="prohibition-extrapolated"]');
    expect(assumed?.textContent).toContain('carries over to this model');
  });

  it('names independence as an assumption made where two defenses combine', () => {
    const odds = computeOdds({
      model: 'GPT-4.1',
      condition: BLACKMAIL,
      defenses: ['monitor', 'oversight'],
    });
    if (!odds.ok) {
      throw new Error('odds failed');
    }
    const panel = oddsFigure(odds.value.harm, 'loadout.odds', {}).querySelector('.why-panel');
    expect(panel?.querySelector('.why-no-assumptions')).toBeNull();
    expect(panel?.querySelector('[data-assumed-basis="layers-independent"]')).not.toBeNull();
  });

  it('says "no assumption" only for a figure built from published rows alone', () => {
    const figure = figureOf('GPT-4.1', []);
    expect(figure.querySelector('.provenance-chip')?.getAttribute('data-provenance')).toBe(
      'measured',
    );
    expect(figure.querySelector('.why-no-assumptions')?.textContent).toContain(
      'No game assumption',
    );
    expect(figure.querySelectorAll('.why-assumptions li')).toHaveLength(0);
  });

  it('writes the headline as the exact line rounded, and says so', () => {
    const figure = figureOf('GPT-4.1', ['prohibition']);
    const headline = figure.querySelector('.odds-value')?.textContent ?? '';
    const exact = figure.querySelector('.why-exact')?.textContent ?? '';
    const value = Number(figure.getAttribute('data-odds'));
    expect(headline).toBe(`${(Math.round(value * 10000) / 100).toString()}%`);
    expect(exact).toContain('Exact value');
    expect(exact).toContain(headline);
    expect(exactLine(0.96).textContent).toBe('Exact value: 96%, as every figure writes it.');
    expect(exactLine(0.33145833).textContent).toBe(
      'Exact value: 33.145833% (to 6 decimal places); every other figure rounds it to 2 decimal places: 33.15%.',
    );
  });
});

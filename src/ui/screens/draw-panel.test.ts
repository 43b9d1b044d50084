import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DrawEvent, Probability, SimEvent } from '../../core';
import { splitBounds, splitBranchOf } from '../../core';
import { drawHappens, thresholdOf } from '../../core/rules/dice';
import { i18n, initI18n } from '../../i18n/i18n';
import { levelNamespace, registerLevelStrings } from '../../levels/level-text';
import { drawPanel } from './draw-panel';
import { splitPanel } from './split-panel';

function measured(value: number): Probability {
  return {
    value,
    interval: null,
    provenance: {
      tag: 'measured',
      bases: ['published-rate'],
      rateIds: ['blackmail.explicit-america.replacement.claude-opus-4'],
      assumptions: [],
    },
  };
}

function monitorProbability(harmful: boolean, value: number): Probability {
  return {
    value,
    interval: null,
    provenance: {
      tag: 'assumption',
      bases: [harmful ? 'monitor-detection' : 'monitor-false-alarm'],
      rateIds: [],
      assumptions: [{ name: harmful ? 'detection-rate' : 'false-alarm-rate', value }],
    },
  };
}

/** A draw as the engine emits it: the rule decides `happened`. */
function drawEvent(roll: number, probability: Probability): DrawEvent {
  const threshold = thresholdOf(probability.value);
  return { roll, threshold, happened: drawHappens(roll, threshold), probability };
}

const what = { scenario: 'Blackmail', time: '10:00', condition: '' };

function text(root: HTMLElement, selector: string): string {
  return root.querySelector(selector)?.textContent ?? '';
}

describe('the draw panel', () => {
  beforeAll(() => {
    initI18n('en');
  });
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('writes the probability as the threshold is written: one number, one precision', () => {
    // 0.33145833: the odds track writes 33.15 %; the draw writes the same, against 33.15.
    const far = drawPanel(drawEvent(80.5, measured(0.33145833)), what, () => {});
    expect(text(far, '.draw-probability')).toContain('Probability 33.15%');
    expect(text(far, '.draw-against')).toContain('33.15');
    expect(text(far, '.draw-against')).not.toContain('33.1458');
    expect(text(far, '.why-exact')).toContain('33.145833%');
    expect(text(far, '.why-exact')).toContain('33.15%');
    // A roll just above the threshold needs more decimals: the probability takes them too.
    const near = drawPanel(drawEvent(33.146, measured(0.33145833)), what, () => {});
    expect(text(near, '.draw-result')).toBe('33.146 > 33.1458: the agent does not.');
    expect(text(near, '.draw-probability')).toContain('Probability 33.1458%');
  });

  it('writes 96.004 > 96 and reads the dice as 97 on a roll that did not harm', () => {
    const panel = drawPanel(drawEvent(96.004, measured(0.96)), what, () => {});
    expect(text(panel, '.draw-result')).toBe('96.004 > 96: the agent does not.');
    expect(panel.querySelector('.draw-result')?.getAttribute('data-symbol')).toBe('>');
    expect(text(panel, '.draw-dice')).toBe('The dice read 97.');
    expect(text(panel, '.draw-rule')).toContain('at most 96.');
    expect(panel.querySelector('.draw-monitor')).toBeNull();
  });

  it('reads a roll under 1 that harmed under a threshold under 1 as 00 and <1, never 100', () => {
    const panel = drawPanel(drawEvent(0.3, measured(0.0039)), what, () => {});
    expect(text(panel, '.draw-result')).toBe('0.3 ≤ 0.39: the agent attempts it.');
    const dice = panel.querySelector<HTMLElement>('.draw-dice');
    expect(dice?.dataset.tens).toBe('00');
    expect(dice?.dataset.units).toBe('<1');
    expect(dice?.textContent).toBe('The dice read 00 and <1: under 1.');
  });

  it('says how the roll is written and how the dice read it', () => {
    const panel = drawPanel(drawEvent(12.5, measured(0.5)), what, () => {});
    expect(text(panel, '.draw-precision')).toContain('as many decimals as the comparison needs');
    expect(text(panel, '.draw-precision')).toContain('00 and 0 read 100');
  });

  it('shows the monitor’s detection draw with its value, rule, roll and assumption chip', () => {
    const attempt = drawEvent(20, measured(0.96));
    const monitor = drawEvent(42.125, monitorProbability(true, 0.7));
    const panel = drawPanel(attempt, what, () => {}, monitor);
    const section = panel.querySelector<HTMLElement>('.draw-monitor');
    expect(section).not.toBeNull();
    expect(section?.dataset.monitorRate).toBe('detection');
    expect(text(panel, '.draw-monitor-rate')).toContain('Detection rate 70%');
    const chip = section?.querySelector<HTMLElement>('.provenance-chip');
    expect(chip?.dataset.provenance).toBe('assumption');
    expect(chip?.textContent).toBe('assumption');
    expect(text(section as HTMLElement, '.draw-rule')).toBe(
      'The monitor flags the reasoning when its own roll is at most 70.',
    );
    expect(text(section as HTMLElement, '.draw-result')).toBe(
      '42.13 ≤ 70: the monitor flags the reasoning.',
    );
  });

  it('shows the false-alarm rate on a benign run, and a silent monitor', () => {
    const attempt = drawEvent(99.5, measured(0.96));
    const monitor = drawEvent(5.0000001, monitorProbability(false, 0.05));
    const panel = drawPanel(attempt, what, () => {}, monitor);
    const section = panel.querySelector<HTMLElement>('.draw-monitor');
    expect(section?.dataset.monitorRate).toBe('false-alarm');
    expect(text(panel, '.draw-monitor-rate')).toContain('False-alarm rate 5%');
    expect(text(section as HTMLElement, '.draw-result')).toBe(
      '5.0000001 > 5: the monitor stays silent.',
    );
  });

  it('writes German decimals with a comma, same digits', async () => {
    await i18n.changeLanguage('de');
    const panel = drawPanel(drawEvent(96.004, measured(0.96)), what, () => {});
    expect(text(panel, '.draw-result')).toBe('96,004 > 96: Der Agent tut es nicht.');
    expect(text(panel, '.draw-dice')).toBe('Die Würfel zeigen 97.');
  });
});

describe('the split panel', () => {
  beforeAll(() => {
    initI18n('en');
  });

  it('writes the roll inside its band and reads the dice inside it', async () => {
    await i18n.changeLanguage('en');
    const shares = [0.214, 0.648, 0.138];
    const record = splitBranchOf(21.4004, shares);
    const event: Extract<SimEvent, { kind: 'split-rolled' }> = {
      kind: 'split-rolled',
      node: 'belief',
      branch: '1',
      labelKey: 'belief.test',
      draw: { ...record, probability: measured(0.648) },
      branches: splitBounds(shares).map((bound, index) => ({
        branch: String(index),
        labelKey: ['belief.real', 'belief.test', 'belief.unsure'][index] ?? '',
        probability: measured(shares[index] ?? 0),
        ...bound,
      })),
    };
    registerLevelStrings('draw-panel-test', {
      en: { 'belief.real': 'Real', 'belief.test': 'A test', 'belief.unsure': 'Unsure' },
    });
    const panel = splitPanel(event, levelNamespace('draw-panel-test'), () => {});
    const result = panel.querySelector<HTMLElement>('.draw-split');
    expect(result?.dataset.roll).toBe('21.4004');
    expect(result?.dataset.lower).toBe('21.4');
    expect(result?.textContent).toBe('Roll 21.4004: A test');
    expect(text(panel, '.draw-dice')).toBe('The dice read 22.');
    expect(text(panel, '.draw-precision')).toContain('rounded down where rounding up would leave');
    // Every band in the table is written with the roll's decimals.
    expect(text(panel, '[data-branch="1"] td:last-child')).toBe('21.4 – 86.2');
  });
});

describe('the draw as a modal dialog', () => {
  beforeAll(() => {
    initI18n('en');
  });

  it('is modal, keeps Tab inside, and gives the focus back on Escape or Continue', async () => {
    await i18n.changeLanguage('en');
    for (const close of ['Escape', 'Continue'] as const) {
      const opener = document.createElement('button');
      document.body.append(opener);
      opener.focus();
      let closed = 0;
      const panel: HTMLElement = drawPanel(drawEvent(42, measured(0.551)), what, () => {
        // As the day does: the dialog leaves the page, then the focus goes back.
        closed += 1;
        panel.remove();
      });
      document.body.append(panel);
      await Promise.resolve();
      expect(panel.getAttribute('role')).toBe('dialog');
      expect(panel.getAttribute('aria-modal')).toBe('true');
      const stops = [...panel.querySelectorAll<HTMLElement>('summary, button')];
      const last = stops[stops.length - 1]!;
      last.focus();
      last.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
      expect(document.activeElement).toBe(stops[0]);
      stops[0]!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true }),
      );
      expect(document.activeElement).toBe(last);
      // Focus that lands behind the dialog is brought back.
      opener.focus();
      expect(panel.contains(document.activeElement)).toBe(true);
      if (close === 'Escape') {
        panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      } else {
        panel.querySelector<HTMLElement>('[data-action="continue-draw"]')?.click();
      }
      expect(closed).toBe(1);
      expect(document.activeElement).toBe(opener);
      opener.remove();
    }
  });
});

import type { DrawEvent } from '../../core';
import { drawFaces, writeDraw, type DiceFaces } from '../components/dice-reading';
import { formatPercent, PERCENT_DIGITS } from '../components/format';
import { whyPanel } from '../components/odds-view';
import { probabilityChip } from '../components/provenance-chip';
import { localDecimal } from '../components/written-number';
import { el, returnFocus, trapFocus, type TextParams } from '../dom';
import './draw-panel.css';

/**
 * A draw's probability written with the decimals of its written threshold (at least the `figure`
 * precision), so "Probability 33.15 %" and "against 33.15" are one number at one precision.
 */
export function drawPercent(probability: number, writtenThreshold: string): string {
  const decimals = writtenThreshold.split('.')[1]?.length ?? 0;
  return formatPercent(probability, Math.max(PERCENT_DIGITS.figure, decimals));
}

/** The line that says what the dice on the table read, so the canvas is never the only way. */
export function diceLine(faces: DiceFaces): HTMLElement {
  const key =
    faces.reading === null
      ? 'draw.diceBlank'
      : faces.reading === 0
        ? 'draw.diceBelowOne'
        : 'draw.dice';
  return el('p', {
    className: 'draw-dice',
    attrs: {
      'data-tens': faces.tens,
      'data-units': faces.units,
      'data-reading': faces.reading === null ? '' : String(faces.reading),
    },
    text: { key, params: { reading: String(faces.reading ?? '') } },
  });
}

/** Which rate a monitor's draw used: detection on a harmful attempt, false alarm on a benign one. */
export function monitorRate(
  monitor: DrawEvent,
  attemptHappened: boolean,
): 'detection' | 'false-alarm' {
  const { bases } = monitor.probability.provenance;
  if (bases.includes('monitor-detection')) {
    return 'detection';
  }
  if (bases.includes('monitor-false-alarm')) {
    return 'false-alarm';
  }
  return attemptHappened ? 'detection' : 'false-alarm';
}

/** The monitor's own draw: the rate it used with its chip, the rule, the roll and the result. */
function monitorSection(monitor: DrawEvent, attemptHappened: boolean): HTMLElement {
  const rate = monitorRate(monitor, attemptHappened);
  const written = writeDraw(monitor);
  const roll = localDecimal(written.roll);
  const threshold = localDecimal(written.threshold);
  return el('section', {
    className: 'draw-monitor',
    attrs: {
      'aria-labelledby': 'draw-monitor-heading',
      'data-monitor-rate': rate,
      'data-roll': written.roll,
      'data-threshold': written.threshold,
      'data-symbol': written.symbol,
      'data-happened': String(monitor.happened),
    },
    children: [
      el('h4', { text: { key: 'draw.monitor.heading' }, attrs: { id: 'draw-monitor-heading' } }),
      el('p', {
        className: 'draw-monitor-rate',
        children: [
          el('span', {
            text: {
              key: rate === 'detection' ? 'draw.monitor.detection' : 'draw.monitor.falseAlarm',
              params: { percent: drawPercent(monitor.probability.value, written.threshold) },
            },
          }),
          document.createTextNode(' '),
          probabilityChip(monitor.probability),
        ],
      }),
      el('p', {
        className: 'draw-rule',
        text: { key: 'draw.monitor.rule', params: { threshold } },
      }),
      el('p', {
        className: `draw-result ${monitor.happened ? 'draw-flagged' : 'draw-cleared'}`,
        text: {
          key: monitor.happened ? 'draw.monitor.flagged' : 'draw.monitor.cleared',
          params: { roll, threshold },
        },
      }),
    ],
  });
}

/**
 * The draw as text: the probability with its provenance, the threshold, the roll and the rule,
 * so the dice on the table are never the only way to read the result. With a monitor deployed,
 * the monitor's own draw follows. The roll is written with as many decimals as the comparison
 * needs and the dice line reads the same faces as the dice (see dice-reading.ts), so neither
 * ever contradicts the rule.
 */
export function drawPanel(
  draw: DrawEvent,
  what: TextParams,
  onContinue: () => void,
  monitor?: DrawEvent,
): HTMLElement {
  const written = writeDraw(draw);
  const threshold = localDecimal(written.threshold);
  const roll = localDecimal(written.roll);
  const probability = el('p', {
    className: 'draw-probability',
    children: [
      el('span', {
        text: {
          key: 'draw.probability',
          params: { percent: drawPercent(draw.probability.value, written.threshold) },
        },
      }),
      document.createTextNode(' '),
      probabilityChip(draw.probability),
    ],
  });
  const result = el('p', {
    className: `draw-result ${draw.happened ? 'draw-happened' : 'draw-not'}`,
    attrs: {
      'data-roll': written.roll,
      'data-threshold': written.threshold,
      'data-symbol': written.symbol,
      'data-happened': String(draw.happened),
    },
    text: {
      key: draw.happened ? 'draw.happened' : 'draw.notHappened',
      params: { roll, threshold },
    },
  });
  const dialog = el('section', {
    className: 'draw-panel',
    attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'draw-heading' },
    children: [
      el('h3', { text: { key: 'draw.heading' }, attrs: { id: 'draw-heading' } }),
      el('p', {
        className: 'draw-what',
        text: { key: 'loadout.oddsOf', params: what },
      }),
      el('div', {
        className: 'draw-columns',
        children: [
          el('div', {
            className: 'draw-attempt',
            children: [
              probability,
              el('p', {
                className: 'draw-against',
                text: { key: 'draw.against', params: { threshold } },
              }),
              el('p', {
                className: 'draw-rule',
                text: { key: 'draw.rule', params: { threshold } },
              }),
              result,
              diceLine(drawFaces(draw)),
            ],
          }),
          ...(monitor === undefined ? [] : [monitorSection(monitor, draw.happened)]),
        ],
      }),
      el('p', { className: 'draw-precision', text: { key: 'draw.precision' } }),
      whyPanel(draw.probability),
      el('button', {
        className: 'primary-button',
        text: { key: 'draw.continue' },
        attrs: { type: 'button', 'data-action': 'continue-draw' },
      }),
    ],
  });
  return modalDraw(dialog, onContinue);
}

/**
 * Makes a draw panel the modal dialog it is: Tab stays inside it, Escape and Continue close it,
 * and the focus goes back to the control that had it when the dice came up (when that control is
 * still on the page; otherwise the day decides).
 */
export function modalDraw(dialog: HTMLElement, onContinue: () => void): HTMLElement {
  const opener = trapFocus(dialog);
  let closed = false;
  const close = (): void => {
    if (closed) {
      return;
    }
    closed = true;
    onContinue();
    returnFocus(opener);
  };
  dialog
    .querySelector<HTMLElement>('[data-action="continue-draw"]')
    ?.addEventListener('click', close);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  return dialog;
}

/**
 * The draw when the player's own review decides what the attempt comes to (core's
 * `outcome-rolled.concealed`): the dice stay face down. It says that the agent has decided and
 * that its action, whatever it is, waits in the queue among the day's work; the debrief shows
 * the roll. Nothing here depends on the roll, so the panel is the same on either arm.
 */
export function concealedDrawPanel(what: TextParams, onContinue: () => void): HTMLElement {
  const dialog = el('section', {
    className: 'draw-panel draw-concealed',
    attrs: {
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'draw-heading',
      'aria-describedby': 'draw-concealed-text',
      'data-concealed': 'true',
    },
    children: [
      el('h3', { text: { key: 'draw.concealedHeading' }, attrs: { id: 'draw-heading' } }),
      el('p', { className: 'draw-what', text: { key: 'loadout.oddsOf', params: what } }),
      el('p', {
        className: 'draw-concealed-text',
        attrs: { id: 'draw-concealed-text' },
        text: { key: 'draw.concealed' },
      }),
      el('button', {
        className: 'primary-button',
        text: { key: 'draw.continue' },
        attrs: { type: 'button', 'data-action': 'continue-draw' },
      }),
    ],
  });
  return modalDraw(dialog, onContinue);
}

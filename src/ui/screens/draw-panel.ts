import type { DrawEvent } from '../../core';
import { formatNumber, formatPercent } from '../components/format';
import { whyPanel } from '../components/odds-view';
import { provenanceChip } from '../components/provenance-chip';
import { el, type TextParams } from '../dom';

/**
 * The draw as text: the probability with its provenance, the threshold, the roll and the rule,
 * so the dice on the table are never the only way to read the result.
 */
export function drawPanel(draw: DrawEvent, what: TextParams, onContinue: () => void): HTMLElement {
  const threshold = formatNumber(draw.threshold, 4);
  const roll = formatNumber(draw.roll, 2);
  const probability = el('p', {
    className: 'draw-probability',
    children: [
      el('span', {
        text: {
          key: 'draw.probability',
          params: { percent: formatPercent(draw.probability.value, 4) },
        },
      }),
      document.createTextNode(' '),
      provenanceChip(draw.probability.provenance.tag),
    ],
  });
  const result = el('p', {
    className: `draw-result ${draw.happened ? 'draw-happened' : 'draw-not'}`,
    attrs: {
      'data-roll': roll,
      'data-threshold': String(draw.threshold),
      'data-happened': String(draw.happened),
    },
    text: {
      key: draw.happened ? 'draw.happened' : 'draw.notHappened',
      params: { roll, threshold },
    },
  });
  const dialog = el('section', {
    className: 'draw-panel',
    attrs: { role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'draw-heading' },
    children: [
      el('h3', { text: { key: 'draw.heading' }, attrs: { id: 'draw-heading' } }),
      el('p', {
        className: 'draw-what',
        text: { key: 'loadout.oddsOf', params: what },
      }),
      probability,
      el('p', { className: 'draw-against', text: { key: 'draw.against', params: { threshold } } }),
      el('p', { className: 'draw-rule', text: { key: 'draw.rule', params: { threshold } } }),
      result,
      el('p', { className: 'draw-precision', text: { key: 'draw.precision' } }),
      whyPanel(draw.probability),
      el('button', {
        className: 'primary-button',
        text: { key: 'draw.continue' },
        attrs: { type: 'button', 'data-action': 'continue-draw' },
        onClick: onContinue,
      }),
    ],
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onContinue();
    }
  });
  return dialog;
}

import type { SimEvent } from '../../core';
import { formatNumber, formatPercent } from '../components/format';
import { provenanceChip } from '../components/provenance-chip';
import { el } from '../dom';

type SplitRolled = Extract<SimEvent, { kind: 'split-rolled' }>;

/**
 * A split draw as text: every branch with its published share and its band of the d100, the
 * roll, and the branch it fell in.
 */
export function splitPanel(
  event: SplitRolled,
  namespace: string,
  onContinue: () => void,
): HTMLElement {
  const roll = formatNumber(event.draw.roll, 2);
  const rows = event.branches.map((branch) =>
    el('tr', {
      className: branch.branch === event.branch ? 'split-taken' : '',
      attrs: { 'data-branch': branch.branch },
      children: [
        el('th', { text: { key: branch.labelKey, namespace }, attrs: { scope: 'row' } }),
        el('td', {
          className: 'num',
          children: [
            el('span', {
              text: {
                key: 'draw.split.share',
                params: { percent: formatPercent(branch.probability.value, 4) },
              },
            }),
            document.createTextNode(' '),
            provenanceChip(branch.probability.provenance.tag),
          ],
        }),
        el('td', {
          className: 'num',
          text: {
            key: 'draw.split.band',
            params: { from: formatNumber(branch.lower, 4), to: formatNumber(branch.upper, 4) },
          },
        }),
      ],
    }),
  );
  const dialog = el('section', {
    className: 'draw-panel',
    attrs: { role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'draw-heading' },
    children: [
      el('h3', { text: { key: 'draw.split.heading' }, attrs: { id: 'draw-heading' } }),
      el('p', { className: 'draw-rule', text: { key: 'draw.split.rule' } }),
      el('table', { className: 'split-table', children: [el('tbody', { children: rows })] }),
      el('p', {
        className: 'draw-result draw-split',
        attrs: { 'data-roll': String(event.draw.roll), 'data-branch': event.branch },
        text: {
          key: 'draw.split.roll',
          params: { roll, branch: { key: event.labelKey, namespace } },
        },
      }),
      el('p', { className: 'draw-precision', text: { key: 'draw.precision' } }),
      el('button', {
        className: 'primary-button',
        text: { key: 'draw.continue' },
        attrs: { type: 'button', 'data-action': 'continue-draw' },
        onClick: onContinue,
      }),
    ],
  });
  dialog.addEventListener('keydown', (keyEvent) => {
    if (keyEvent.key === 'Escape') {
      keyEvent.preventDefault();
      onContinue();
    }
  });
  return dialog;
}

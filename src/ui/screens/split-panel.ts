import type { SimEvent } from '../../core';
import type { levelNamespace } from '../../levels/level-text';
import { facesInBand, fixedDecimal, writeSplit } from '../components/dice-reading';
import { percentIn } from '../components/format';
import { probabilityChip } from '../components/provenance-chip';
import { localDecimal } from '../components/written-number';
import { el } from '../dom';
import { diceLine, modalDraw } from './draw-panel';

type SplitRolled = Extract<SimEvent, { kind: 'split-rolled' }>;

/**
 * A split draw as text: every branch with its published share and its band of the d100, the
 * roll, and the branch it fell in. The roll and every band are written with the decimals it
 * takes for the written roll to sit in the written band, and the dice line reads the faces the
 * dice show, inside the band (see dice-reading.ts).
 */
export function splitPanel(
  event: SplitRolled,
  namespace: ReturnType<typeof levelNamespace>,
  onContinue: () => void,
): HTMLElement {
  const band = { lower: event.draw.lower, upper: event.draw.threshold };
  const written = writeSplit(event.draw.roll, band);
  const roll = localDecimal(written.roll);
  const bound = (value: number) => localDecimal(fixedDecimal(value, written.boundDigits));
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
                params: { percent: percentIn('figure', branch.probability.value) },
              },
            }),
            document.createTextNode(' '),
            probabilityChip(branch.probability),
          ],
        }),
        el('td', {
          className: 'num',
          text: {
            key: 'draw.split.band',
            params: { from: bound(branch.lower), to: bound(branch.upper) },
          },
        }),
      ],
    }),
  );
  const dialog = el('section', {
    className: 'draw-panel',
    attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'draw-heading' },
    children: [
      el('h3', { text: { key: 'draw.split.heading' }, attrs: { id: 'draw-heading' } }),
      el('p', { className: 'draw-rule', text: { key: 'draw.split.rule' } }),
      el('table', { className: 'split-table', children: [el('tbody', { children: rows })] }),
      el('p', {
        className: 'draw-result draw-split',
        attrs: {
          'data-roll': written.roll,
          'data-lower': written.lower,
          'data-upper': written.upper,
          'data-branch': event.branch,
        },
        text: {
          key: 'draw.split.roll',
          params: { roll, branch: { key: event.labelKey, namespace } },
        },
      }),
      diceLine(facesInBand(event.draw.roll, band)),
      el('p', { className: 'draw-precision', text: { key: 'draw.split.precision' } }),
      el('button', {
        className: 'primary-button',
        text: { key: 'draw.continue' },
        attrs: { type: 'button', 'data-action': 'continue-draw' },
      }),
    ],
  });
  return modalDraw(dialog, onContinue);
}

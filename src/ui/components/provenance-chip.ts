import type { ProvenanceTag } from '../../core';
import { el } from '../dom';

/**
 * A provenance chip: shape, colour and word differ for each tag, so colour never carries the
 * meaning alone (measured ●, extrapolated ▲, assumption ◆, structural ■).
 */
export function provenanceChip(tag: ProvenanceTag): HTMLElement {
  const shape = el('span', { className: 'chip-shape', attrs: { 'aria-hidden': 'true' } });
  const label = el('span', { className: 'chip-label', text: { key: `provenance.${tag}` } });
  return el('span', {
    className: `provenance-chip provenance-${tag}`,
    attrs: { 'data-provenance': tag },
    children: [shape, label],
  });
}

import { type Chip, chipOf, type Probability, type ProvenanceTag } from '../../core';
import { el } from '../dom';

/**
 * A provenance chip: shape, colour and word differ for each tag, so colour never carries the
 * meaning alone (measured ●, extrapolated ▲, assumption ◆, structural ■). A measured chip whose
 * row the research marks secondary says "second-hand" beside it.
 */
export function provenanceChip(source: Chip | ProvenanceTag): HTMLElement {
  const chip: Chip = typeof source === 'string' ? { tag: source, secondHand: false } : source;
  const shape = el('span', { className: 'chip-shape', attrs: { 'aria-hidden': 'true' } });
  const label = el('span', { className: 'chip-label', text: { key: `provenance.${chip.tag}` } });
  const children = [shape, label];
  if (chip.secondHand) {
    children.push(
      el('span', { className: 'chip-second-hand', text: { key: 'provenance.secondHand' } }),
    );
  }
  return el('span', {
    className: `provenance-chip provenance-${chip.tag}`,
    attrs: {
      'data-provenance': chip.tag,
      ...(chip.secondHand ? { 'data-second-hand': 'true' } : {}),
    },
    children,
  });
}

/** The chip of a probability as core reads it (tag, and second-hand where it applies). */
export function probabilityChip(probability: Probability): HTMLElement {
  return provenanceChip(chipOf(probability));
}

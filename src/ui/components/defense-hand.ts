import type { BudgetView, CardView, DefenseId } from '../../core';
import { el } from '../dom';
import { hoursText } from './cost-meter';
import { provenanceChip } from './provenance-chip';

/** How a hand of defense cards is shown: the campaign's loadout and each loadout of the Lab. */
export interface DefenseHandOptions {
  /** The id of the hand's heading (unique on the page). */
  readonly headingId: string;
  /** The budget line and tokens; null where there is no budget (a study condition in the Lab). */
  readonly budget: BudgetView | null;
  /** Shows the two research cards that cannot be deployed (the campaign's hand). */
  readonly research: boolean;
  /** A label for the hand's heading when it is not the plain "Defense cards". */
  readonly headingText?: string;
}

/** One offered card: everything on it comes from core's loadout view. */
function defenseCard(card: CardView, onToggle: (defense: DefenseId) => void): HTMLElement {
  // In play, what oversight does after an attempt is the player's own review: no rate stands for it.
  const chip =
    card.decidedBy === 'your-review'
      ? el('span', {
          className: 'provenance-chip chip-your-review',
          attrs: { 'data-provenance': 'your-review' },
          text: { key: 'loadout.yourReview' },
        })
      : card.chip === null
        ? el('span', { className: 'card-no-rate', text: { key: 'loadout.cardNoRate' } })
        : provenanceChip(card.chip);
  const upkeepAttrs = {
    'data-upkeep-unit': card.upkeep.unit,
    'data-upkeep-hours': String(card.upkeep.hours),
  };
  const upkeep =
    card.upkeep.hours === 0
      ? el('span', {
          className: 'card-upkeep',
          attrs: upkeepAttrs,
          text: { key: 'loadout.upkeepNone' },
        })
      : el('span', {
          className: 'card-upkeep',
          attrs: upkeepAttrs,
          text: {
            key: `loadout.upkeep.${card.upkeep.unit}`,
            params: { hours: hoursText(card.upkeep.hours) },
          },
        });
  const button = el('button', {
    className: 'defense-card',
    attrs: {
      type: 'button',
      'aria-pressed': String(card.deployed),
      'data-defense': card.id,
      'data-stage': card.stage,
      ...(card.affordable ? {} : { disabled: '' }),
    },
    onClick: () => onToggle(card.id),
    children: [
      el('span', { className: 'card-name', text: { key: `defense.${card.id}.name` } }),
      // Its price in tokens and its business cost in hours, on one line.
      el('span', {
        className: 'card-cost',
        children: [
          el('span', { text: { key: 'defense.tokens', params: { count: card.cost } } }),
          document.createTextNode(' · '),
          upkeep,
        ],
      }),
      el('span', { className: 'card-text', text: { key: `defense.${card.id}.text` } }),
      el('span', { className: 'card-price', text: { key: `defense.${card.id}.cost` } }),
      chip,
      el('span', {
        className: 'card-state',
        text: {
          key: card.deployed
            ? 'loadout.deployed'
            : card.affordable
              ? 'loadout.deploy'
              : 'loadout.overBudget',
        },
      }),
    ],
  });
  return el('li', { children: [button] });
}

function researchCards(): HTMLElement {
  const cards = (['safety-training', 'interpretability'] as const).map((id) =>
    el('li', {
      className: 'research-card',
      children: [
        el('span', { className: 'card-name', text: { key: `defense.${id}.name` } }),
        el('span', { className: 'card-text', text: { key: `defense.${id}.text` } }),
      ],
    }),
  );
  return el('div', {
    className: 'research-cards',
    children: [
      el('p', { className: 'section-label', text: { key: 'defense.research' } }),
      el('ul', { children: cards }),
    ],
  });
}

/**
 * A hand of defense cards, built from core's card views: the campaign's loadout screen and every
 * loadout of the Strategy Lab use this one editor. Each card is a toggle button; what a toggle
 * does is the caller's command to core.
 */
export function defenseHand(
  cards: readonly CardView[],
  onToggle: (defense: DefenseId) => void,
  options: DefenseHandOptions,
): HTMLElement {
  const { budget } = options;
  const budgetRows =
    budget === null
      ? []
      : [
          el('p', {
            className: 'budget',
            text: {
              key: 'loadout.budget',
              params: { remaining: budget.remaining, spent: budget.spent, budget: budget.budget },
            },
          }),
          el('div', {
            className: 'token-row',
            attrs: { 'aria-hidden': 'true' },
            children: Array.from({ length: budget.budget }, (_, index) =>
              el('span', { className: index < budget.spent ? 'token token-spent' : 'token' }),
            ),
          }),
        ];
  const heading =
    options.headingText === undefined
      ? el('h3', {
          className: 'section-label',
          text: { key: 'loadout.defenses' },
          attrs: { id: options.headingId },
        })
      : el('h3', { className: 'section-label', attrs: { id: options.headingId } });
  if (options.headingText !== undefined) {
    heading.textContent = options.headingText;
  }
  return el('section', {
    className: 'loadout-section defense-hand',
    attrs: { 'aria-labelledby': options.headingId },
    children: [
      heading,
      ...budgetRows,
      el('ul', {
        className: 'defense-grid',
        children: cards.map((card) => defenseCard(card, onToggle)),
      }),
      ...(options.research ? [researchCards()] : []),
    ],
  });
}

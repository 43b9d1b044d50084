import {
  type DefenseId,
  type GameState,
  type Level,
  loadoutOdds,
  MODELS,
  type ProvenanceTag,
} from '../../core';
import { levelNamespace } from '../../levels/level-text';
import { oddsFigure } from '../components/odds-view';
import { paperPanel } from '../components/panel';
import { provenanceChip } from '../components/provenance-chip';
import { el } from '../dom';
import { decisionLabel } from '../components/decision-label';

/** What the loadout screen asks of its scene; every change is a command to core. */
export interface LoadoutActions {
  selectModel(model: string): void;
  selectGoalFraming(framing: string): void;
  toggleDefense(defense: DefenseId): void;
  startDay(): void;
  back(): void;
}

// How each card acts on the odds (DESIGN.md §4); prohibition is measured only on Claude Opus 4.
function cardProvenance(defense: DefenseId, model: string): ProvenanceTag {
  switch (defense) {
    case 'remove-threat':
    case 'remove-goal':
      return 'measured';
    case 'prohibition':
      return model === 'Claude Opus 4' ? 'measured' : 'extrapolated';
    case 'compartmentalization':
      return 'structural';
    case 'oversight':
    case 'monitor':
      return 'assumption';
  }
}

function modelPicker(level: Level, state: GameState, actions: LoadoutActions): HTMLElement {
  const select = el('select', { attrs: { id: 'loadout-model', 'data-control': 'model' } });
  for (const model of level.loadout.models) {
    const option = el('option');
    option.value = model;
    option.textContent = model;
    option.selected = model === state.loadout.model;
    select.append(option);
  }
  select.addEventListener('change', () => actions.selectModel(select.value));
  const info = MODELS.find((candidate) => candidate.name === state.loadout.model);
  const notes: Node[] = [];
  if (info !== undefined) {
    notes.push(
      el('p', {
        className: 'model-provider',
        text: { key: 'loadout.provider', params: { provider: info.provider } },
      }),
    );
    if (info.exclusion !== null) {
      notes.push(
        el('p', {
          className: 'model-excluded',
          text: { key: `loadout.exclusion.${info.exclusion}` },
        }),
      );
    }
  }
  return el('div', {
    className: 'loadout-section',
    children: [
      el('label', {
        className: 'section-label',
        text: { key: 'loadout.model' },
        attrs: { for: 'loadout-model' },
      }),
      select,
      ...notes,
    ],
  });
}

function goalPicker(level: Level, state: GameState, actions: LoadoutActions): HTMLElement {
  const namespace = levelNamespace(level.id);
  const options = level.loadout.goalFramings.map((framing) => {
    const id = `framing-${framing.id}`;
    const input = el('input', {
      attrs: { id, type: 'radio', name: 'goal-framing', value: framing.id, 'data-control': 'goal' },
    });
    input.checked = framing.id === state.loadout.goalFraming;
    input.addEventListener('change', () => actions.selectGoalFraming(framing.id));
    return el('div', {
      className: 'radio-option',
      children: [
        input,
        el('label', { text: { key: framing.labelKey, namespace }, attrs: { for: id } }),
      ],
    });
  });
  return el('fieldset', {
    className: 'loadout-section',
    children: [
      el('legend', { className: 'section-label', text: { key: 'loadout.goal' } }),
      ...options,
    ],
  });
}

function spent(level: Level, state: GameState): number {
  return level.loadout.defenses
    .filter((card) => state.loadout.defenses.includes(card.id))
    .reduce((sum, card) => sum + card.cost, 0);
}

function defenseCard(
  card: { id: DefenseId; cost: number },
  state: GameState,
  remaining: number,
  actions: LoadoutActions,
): HTMLElement {
  const deployed = state.loadout.defenses.includes(card.id);
  const affordable = deployed || card.cost <= remaining;
  const button = el('button', {
    className: 'defense-card',
    attrs: {
      type: 'button',
      'aria-pressed': String(deployed),
      'data-defense': card.id,
      ...(affordable ? {} : { disabled: '' }),
    },
    onClick: () => actions.toggleDefense(card.id),
    children: [
      el('span', { className: 'card-name', text: { key: `defense.${card.id}.name` } }),
      el('span', {
        className: 'card-cost',
        text: { key: 'defense.tokens', params: { count: card.cost } },
      }),
      el('span', { className: 'card-text', text: { key: `defense.${card.id}.text` } }),
      el('span', { className: 'card-price', text: { key: `defense.${card.id}.cost` } }),
      provenanceChip(cardProvenance(card.id, state.loadout.model)),
      el('span', {
        className: 'card-state',
        text: {
          key: deployed ? 'loadout.deployed' : affordable ? 'loadout.deploy' : 'loadout.overBudget',
        },
      }),
    ],
  });
  return el('li', { children: [button] });
}

function researchCards(): HTMLElement {
  const cards = ['safety-training', 'interpretability'].map((id) =>
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

function defenseHand(level: Level, state: GameState, actions: LoadoutActions): HTMLElement {
  const used = spent(level, state);
  const remaining = level.loadout.budget - used;
  const tokens = el('div', {
    className: 'token-row',
    attrs: { 'aria-hidden': 'true' },
    children: Array.from({ length: level.loadout.budget }, (_, index) =>
      el('span', { className: index < used ? 'token token-spent' : 'token' }),
    ),
  });
  return el('section', {
    className: 'loadout-section defense-hand',
    attrs: { 'aria-labelledby': 'defense-heading' },
    children: [
      el('h3', {
        className: 'section-label',
        text: { key: 'loadout.defenses' },
        attrs: { id: 'defense-heading' },
      }),
      el('p', {
        className: 'budget',
        text: { key: 'loadout.budget', params: { spent: used, budget: level.loadout.budget } },
      }),
      tokens,
      el('ul', {
        className: 'defense-grid',
        children: level.loadout.defenses.map((card) =>
          defenseCard(card, state, remaining, actions),
        ),
      }),
      researchCards(),
    ],
  });
}

function oddsTrack(level: Level, state: GameState, start: HTMLElement): HTMLElement {
  const figures = loadoutOdds(level, state.loadout).map((odds) => {
    const node = level.nodes[odds.decision];
    const params =
      node?.kind === 'decision'
        ? decisionLabel(level, node)
        : { scenario: { key: `scenario.${level.scenario}` }, time: '', condition: '' };
    if (odds.probability === null) {
      return el('p', {
        className: 'odds-missing',
        text: { key: 'loadout.noRate', params: { model: state.loadout.model } },
      });
    }
    return oddsFigure(odds.probability, 'loadout.oddsOf', params);
  });
  return el('section', {
    className: 'loadout-section odds-track',
    attrs: { 'aria-labelledby': 'odds-heading', 'aria-live': 'polite' },
    children: [
      el('h3', {
        className: 'section-label',
        text: { key: 'loadout.odds' },
        attrs: { id: 'odds-heading' },
      }),
      ...figures,
      el('p', { className: 'measured-note', text: { key: 'loadout.measuredNote' } }),
      start,
    ],
  });
}

/** The loadout screen for the current state; the scene rebuilds it after every command. */
export function buildLoadoutPanel(
  level: Level,
  state: GameState,
  actions: LoadoutActions,
): HTMLElement {
  const start = el('button', {
    className: 'primary-button',
    text: { key: 'loadout.start' },
    attrs: { type: 'button', 'data-action': 'start-day' },
    onClick: () => actions.startDay(),
  });
  return paperPanel({
    headingKey: level.titleKey,
    headingNamespace: levelNamespace(level.id),
    className: 'loadout-panel wide-panel',
    onBack: () => actions.back(),
    children: [
      el('div', {
        className: 'loadout-grid',
        children: [
          el('div', {
            className: 'loadout-left',
            children: [modelPicker(level, state, actions), goalPicker(level, state, actions)],
          }),
          defenseHand(level, state, actions),
          oddsTrack(level, state, start),
        ],
      }),
    ],
  });
}

import {
  type DefenseId,
  type GameState,
  type Level,
  type LevelLoadoutView,
  levelLoadoutView,
  MODELS,
} from '../../core';
import { levelNamespace } from '../../levels/level-text';
import { hoursText } from '../components/cost-meter';
import { percentIn } from '../components/format';
import { oddsFigure } from '../components/odds-view';
import { paperPanel } from '../components/panel';
import { el } from '../dom';
import { decisionLabel } from '../components/decision-label';
import { defenseHand } from '../components/defense-hand';
import '../focus.css';

/** What the loadout screen asks of its scene; every change is a command to core. */
export interface LoadoutActions {
  selectModel(model: string): void;
  selectGoalFraming(framing: string): void;
  toggleDefense(defense: DefenseId): void;
  startDay(): void;
  back(): void;
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
  const [only, ...others] = level.loadout.goalFramings;
  if (only !== undefined && others.length === 0) {
    // One framing is a fact of the level, not a choice: a statement, not a radio group.
    return el('div', {
      className: 'loadout-section goal-fixed',
      children: [
        el('p', { className: 'section-label', text: { key: 'loadout.goalFixed' } }),
        el('p', { className: 'goal-fixed-value', text: { key: only.labelKey, namespace } }),
      ],
    });
  }
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

function oddsTrack(
  level: Level,
  state: GameState,
  view: LevelLoadoutView,
  start: HTMLElement,
): HTMLElement {
  const figures = view.odds.map((odds) => {
    const node = level.nodes[odds.decision];
    const params =
      node?.kind === 'decision'
        ? decisionLabel(level, node)
        : { scenario: { key: `scenario.${level.scenario}` as const }, time: '', condition: '' };
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
      ...yourReviewNote(state, view),
      el('p', {
        className: 'cost-limit-note',
        text: { key: 'loadout.costLimit', params: { hours: hoursText(level.workload.costLimit) } },
      }),
      el('p', { className: 'measured-note', text: { key: 'loadout.measuredNote' } }),
      start,
    ],
  });
}

/**
 * With oversight deployed, the track says what follows an attempt in play: the player's review,
 * not the catch rate the Lab and the simulator assume (which it names as an assumption).
 */
function yourReviewNote(state: GameState, view: LevelLoadoutView): HTMLElement[] {
  const reviewed = view.cards.some((card) => card.deployed && card.decidedBy === 'your-review');
  if (!reviewed) {
    return [];
  }
  return [
    el('p', {
      className: 'after-attempt-note',
      attrs: { 'data-after-attempt': 'your-review' },
      text: {
        key: 'loadout.afterAttempt',
        params: { percent: percentIn('figure', state.assumptions.catchRate) },
      },
    }),
  ];
}

/** The loadout screen for the current state; the scene rebuilds it after every command. */
export function buildLoadoutPanel(
  level: Level,
  state: GameState,
  actions: LoadoutActions,
): HTMLElement {
  const view = levelLoadoutView(level, state.loadout);
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
          defenseHand(view.cards, (defense) => actions.toggleDefense(defense), {
            headingId: 'defense-heading',
            budget: view,
            research: true,
          }),
          oddsTrack(level, state, view, start),
        ],
      }),
    ],
  });
}

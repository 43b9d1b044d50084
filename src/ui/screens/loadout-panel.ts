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

/**
 * The loadout screen for the current state. After a command the scene brings it up to date with
 * {@link updateLoadoutPanel} rather than building it again.
 */
export function buildLoadoutPanel(
  level: Level,
  state: GameState,
  actions: LoadoutActions,
): HTMLElement {
  const steps = loadoutPanelParts(level, state, actions);
  let step = steps.next();
  while (step.done !== true) {
    step = steps.next();
  }
  return step.value;
}

/**
 * The same panel as {@link buildLoadoutPanel}, built a part at a time with `pause` awaited
 * between the parts (the pickers, the defense hand, the odds): the first build of a level's
 * loadout is the game's largest panel, and on a slow CPU one task for all of it is a long one
 * (docs/PERFORMANCE.md, "Sixth round"). Nothing is on the page until it is done.
 */
export async function buildLoadoutPanelInSteps(
  level: Level,
  state: GameState,
  actions: LoadoutActions,
  pause: () => Promise<void>,
): Promise<HTMLElement> {
  const steps = loadoutPanelParts(level, state, actions);
  let step = steps.next();
  while (step.done !== true) {
    await pause();
    step = steps.next();
  }
  return step.value;
}

/** The loadout panel's parts, built in order; it yields between them and returns the panel. */
function* loadoutPanelParts(
  level: Level,
  state: GameState,
  actions: LoadoutActions,
): Generator<void, HTMLElement, void> {
  const view = levelLoadoutView(level, state.loadout);
  const pickers = el('div', {
    className: 'loadout-left',
    children: [modelPicker(level, state, actions), goalPicker(level, state, actions)],
  });
  yield;
  const hand = defenseHand(view.cards, (defense) => actions.toggleDefense(defense), {
    headingId: 'defense-heading',
    budget: view,
    research: true,
  });
  yield;
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
        children: [pickers, hand, oddsTrack(level, state, view, start)],
      }),
    ],
  });
}

/**
 * Brings a loadout panel on the page up to date with a new state, touching only what changed: a
 * toggled card's pressed state and label, the budget line and its tokens, the odds and their notes,
 * the model's notes. The panel is built again off the page and compared node by node; the page
 * keeps its own elements (so the focus, an open "why" and the scroll stay), and a node is replaced
 * only where its text or structure differs. Nothing is laid out again that did not change.
 */
export function updateLoadoutPanel(
  panel: HTMLElement,
  level: Level,
  state: GameState,
  actions: LoadoutActions,
): void {
  morph(panel, buildLoadoutPanel(level, state, actions));
}

/** True for an element whose text is a bound translation (see `bindText` in ui/dom.ts). */
function isBoundText(node: Node): boolean {
  return node instanceof Element && node.hasAttribute('data-i18n');
}

/**
 * Makes `live` (on the page) show what `fresh` (just built) shows. Elements of the same tag are
 * kept, with their listeners and focus, and their attributes and children brought in line; a bound
 * text or a node of another kind is replaced by the fresh one, which carries its own translation
 * binding. A `<details>` keeps whether the player opened it.
 */
function morph(live: Node, fresh: Node): void {
  if (live.isEqualNode(fresh)) {
    return;
  }
  if (live instanceof Text && fresh instanceof Text) {
    live.data = fresh.data;
    return;
  }
  if (
    !(live instanceof HTMLElement) ||
    !(fresh instanceof HTMLElement) ||
    live.tagName !== fresh.tagName ||
    isBoundText(live) ||
    isBoundText(fresh)
  ) {
    if (live instanceof HTMLDetailsElement && fresh instanceof HTMLDetailsElement) {
      fresh.open = live.open;
    }
    live.parentNode?.replaceChild(fresh, live);
    return;
  }
  syncAttributes(live, fresh);
  const liveChildren = [...live.childNodes];
  const freshChildren = [...fresh.childNodes];
  freshChildren.forEach((child, index) => {
    const current = liveChildren[index];
    if (current === undefined) {
      live.append(child);
    } else {
      morph(current, child);
    }
  });
  for (const extra of liveChildren.slice(freshChildren.length)) {
    extra.remove();
  }
  // What the player set lives in properties, not attributes.
  if (live instanceof HTMLInputElement && fresh instanceof HTMLInputElement) {
    live.checked = fresh.checked;
  } else if (live instanceof HTMLSelectElement && fresh instanceof HTMLSelectElement) {
    live.value = fresh.value;
  }
}

function syncAttributes(live: HTMLElement, fresh: HTMLElement): void {
  for (const { name } of [...live.attributes]) {
    if (!fresh.hasAttribute(name) && !(name === 'open' && live instanceof HTMLDetailsElement)) {
      live.removeAttribute(name);
    }
  }
  for (const { name, value } of [...fresh.attributes]) {
    if (live.getAttribute(name) !== value) {
      live.setAttribute(name, value);
    }
  }
}

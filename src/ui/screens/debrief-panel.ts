import { type Counterfactual, type DebriefContent, type GameState, type Level } from '../../core';
import { levelNamespace } from '../../levels/level-text';
import { writeDraw } from '../components/dice-reading';
import { localDecimal } from '../components/written-number';
import { factList } from '../components/fact-list';
import { paperPanel } from '../components/panel';
import { formatClock } from '../components/time';
import { el, type KeyParam, type UiKey } from '../dom';

/** What the debrief asks of its scene. */
export interface DebriefActions {
  replay: () => void;
  levels: () => void;
  next: (() => void) | undefined;
}

function drawLines(level: Level, state: GameState): HTMLElement {
  const items = Object.entries(state.decisions).map(([decision, record]) => {
    const node = level.nodes[decision];
    const written = writeDraw(record.attempt);
    return el('li', {
      attrs: { 'data-decision': decision, 'data-roll': String(record.attempt.roll) },
      text: {
        key: 'debrief.drawLine',
        params: {
          time: node?.kind === 'decision' ? formatClock(node.time) : '',
          scenario: { key: `scenario.${level.scenario}` as const },
          roll: localDecimal(written.roll),
          symbol: written.symbol,
          threshold: localDecimal(written.threshold),
        },
      },
    });
  });
  return el('ul', { className: 'draw-lines', children: items });
}

/** The player's choices, in the order they were made: the prompt and the option taken. */
function choiceLines(level: Level, state: GameState): HTMLElement {
  const namespace = levelNamespace(level.id);
  const items = Object.entries(state.choices).flatMap(([nodeId, optionId]) => {
    const node = level.nodes[nodeId];
    const option =
      node?.kind === 'choice' ? node.options.find((o) => o.id === optionId) : undefined;
    if (node?.kind !== 'choice' || option === undefined) {
      return [];
    }
    return [
      el('li', {
        attrs: { 'data-choice': nodeId, 'data-option': optionId },
        text: {
          key: 'debrief.choiceLine',
          params: {
            prompt: { key: node.promptKey, namespace },
            option: { key: option.labelKey, namespace },
          },
        },
      }),
    ];
  });
  return items.length === 0
    ? el('p', { text: { key: 'debrief.noChoices' } })
    : el('ul', { className: 'choice-lines', children: items });
}

function endingTitle(level: Level, endingId: string): KeyParam {
  const node = level.nodes[endingId];
  return {
    key: node?.kind === 'ending' ? node.titleKey : endingId,
    namespace: levelNamespace(level.id),
  };
}

function counterfactualList(
  level: Level,
  state: GameState,
  results: readonly Counterfactual[],
): HTMLElement {
  const items = results.map((result) => {
    const same = result.ending === state.ending;
    const line = el('li', {
      className: same ? 'cf-same' : 'cf-different',
      attrs: { 'data-defense': result.defense, 'data-ending': result.ending },
      text: {
        key: result.added ? 'debrief.cfAdded' : 'debrief.cfRemoved',
        params: {
          card: { key: `defense.${result.defense}.name` as const },
          ending: endingTitle(level, result.ending),
        },
      },
    });
    if (same) {
      line.append(' ', el('span', { text: { key: 'debrief.cfSame' } }));
    }
    return line;
  });
  return el('ul', { className: 'counterfactuals', children: items });
}

function section(headingKey: UiKey, name: string, children: readonly Node[]): HTMLElement {
  return el('section', {
    className: 'debrief-section',
    attrs: { 'data-section': name },
    children: [el('h3', { text: { key: headingKey } }), ...children],
  });
}

/**
 * The debrief, read like the end of a round: the ending, what the player did, what the dice
 * did, the counterfactual, then the research (short citations that expand), the questions and
 * the badge. Which facts and questions fit this game is core's answer ({@link DebriefContent}).
 */
export function buildDebriefPanel(
  level: Level,
  state: GameState,
  content: DebriefContent,
  counterfactuals: readonly Counterfactual[],
  actions: DebriefActions,
): HTMLElement {
  const namespace = levelNamespace(level.id);
  const { ending } = content;
  const cards =
    state.loadout.defenses.length === 0
      ? el('p', { text: { key: 'debrief.noCards' } })
      : el('ul', {
          className: 'card-list',
          children: state.loadout.defenses.map((id) =>
            el('li', { text: { key: `defense.${id}.name` } }),
          ),
        });
  const buttons = [
    el('button', {
      className: 'menu-button',
      text: { key: 'debrief.replay' },
      attrs: { type: 'button', 'data-action': 'replay' },
      onClick: actions.replay,
    }),
    el('button', {
      className: 'menu-button',
      text: { key: 'debrief.levels' },
      attrs: { type: 'button', 'data-action': 'levels' },
      onClick: actions.levels,
    }),
  ];
  if (actions.next !== undefined) {
    buttons.unshift(
      el('button', {
        className: 'primary-button',
        text: { key: 'debrief.next' },
        attrs: { type: 'button', 'data-action': 'next-level' },
        onClick: actions.next,
      }),
    );
  }
  return paperPanel({
    headingKey: 'debrief.heading',
    className: 'debrief-panel wide-panel',
    children: [
      el('div', {
        className: `ending-banner outcome-${ending.outcome}`,
        attrs: { 'data-ending': ending.id, 'data-outcome': ending.outcome },
        children: [
          el('span', {
            className: 'outcome-label',
            text: { key: `day.outcome.${ending.outcome}` },
          }),
          el('h3', { text: { key: ending.titleKey, namespace } }),
          el('p', { text: { key: ending.summaryKey, namespace } }),
        ],
      }),
      section('debrief.whatYouDid', 'did', [
        el('p', { text: { key: 'debrief.loadout', params: { model: state.loadout.model } } }),
        el('p', { text: { key: 'debrief.cards' } }),
        cards,
        choiceLines(level, state),
      ]),
      section('debrief.whatDiceDid', 'dice', [drawLines(level, state)]),
      section('debrief.counterfactual', 'counterfactual', [
        counterfactualList(level, state, counterfactuals),
      ]),
      section('debrief.facts', 'research', [
        factList(content.facts, namespace),
        el('p', { className: 'sources-hint', text: { key: 'debrief.sourcesHint' } }),
      ]),
      section('debrief.questions', 'questions', [
        el('ol', {
          children: content.questions.map((question) =>
            el('li', { text: { key: question.key, namespace } }),
          ),
        }),
      ]),
      section('debrief.badge', 'badge', [
        el('p', { className: 'badge', text: { key: ending.debrief.badgeKey, namespace } }),
      ]),
      el('div', { className: 'panel-actions', children: buttons }),
    ],
  });
}

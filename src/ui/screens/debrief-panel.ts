import {
  type Counterfactual,
  type DebriefContent,
  type GameState,
  type Level,
  measuredCatchRate,
  objectiveResult,
  NO_REVIEW,
  type ReviewRecord,
  reviewRecord,
} from '../../core';
import { costLineList, hoursText } from '../components/cost-meter';
import { formatNumber, percentIn } from '../components/format';
import { levelNamespace } from '../../levels/level-text';
import { writeDraw } from '../components/dice-reading';
import { localDecimal } from '../components/written-number';
import { factList } from '../components/fact-list';
import { paperPanel } from '../components/panel';
import { formatClock } from '../components/time';
import { el, type KeyParam, type TextSpec, type UiKey } from '../dom';
import { codeBlock, copyText } from '../workshop/code-text';
import { qrBox } from '../workshop/qr';
import '../workshop/workshop.css';

/** What the debrief asks of its scene. */
export interface DebriefActions {
  replay: () => void;
  levels: () => void;
  next: (() => void) | undefined;
  /** Opens the Strategy Lab with this level and the loadout played (absent for an unknown model). */
  lab?: (() => void) | undefined;
}

/**
 * The debrief's part for a game played in a workshop session: the team, and the result code core
 * made from the game (or why there is none), with the next level of the session.
 */
export interface WorkshopDebrief {
  readonly team: string;
  /** The result code; null when none can be made. */
  readonly code: string | null;
  /** Why there is no code: an old save's incomplete command log, or core's refusal. */
  readonly problem: 'incomplete-log' | 'refused' | null;
  /** Opens the next level of the session; undefined at its last level. */
  readonly next: (() => void) | undefined;
}

/** The result code for the facilitator: text in groups, Copy, its QR code, and what to do. */
function workshopSection(part: WorkshopDebrief): HTMLElement {
  const status = el('p', {
    className: 'workshop-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const children: Node[] = [
    el('p', {
      className: 'workshop-team',
      attrs: { 'data-team': part.team },
      text: { key: 'workshop.result.team', params: { team: part.team } },
    }),
  ];
  const { code } = part;
  if (code === null) {
    children.push(
      el('p', {
        className: 'workshop-refused',
        attrs: { 'data-no-code': part.problem ?? 'refused' },
        text: {
          key:
            part.problem === 'incomplete-log' ? 'workshop.result.noCode' : 'workshop.result.failed',
        },
      }),
    );
  } else {
    const labelId = 'workshop-result-label';
    const block = codeBlock(code, 'result-code', labelId);
    children.push(
      el('p', { text: { key: 'workshop.result.handIn' } }),
      el('p', {
        className: 'sr-only',
        text: { key: 'workshop.result.label' },
        attrs: { id: labelId },
      }),
      el('div', {
        className: 'workshop-result-code-line',
        children: [block, qrBox(code, 'workshop.result.qr', 'workshop.code.qrFailed')],
      }),
      el('div', {
        className: 'workshop-buttons',
        children: [
          el('button', {
            className: 'menu-button',
            text: { key: 'workshop.result.copy' },
            attrs: { type: 'button', 'data-action': 'copy-result' },
            onClick: () => {
              void copyText(code, block).then((copied) => {
                status.replaceChildren(
                  el('span', {
                    text: { key: copied ? 'workshop.code.copied' : 'workshop.code.copyFailed' },
                  }),
                );
              });
            },
          }),
        ],
      }),
      status,
    );
  }
  children.push(
    part.next === undefined
      ? el('p', { text: { key: 'workshop.result.last' } })
      : el('div', {
          className: 'workshop-buttons',
          children: [
            el('button', {
              className: 'primary-button',
              text: { key: 'workshop.result.next' },
              attrs: { type: 'button', 'data-action': 'next-session-level' },
              onClick: part.next,
            }),
          ],
        }),
  );
  return el('section', {
    className: 'debrief-section workshop-result',
    attrs: { 'data-section': 'workshop', ...(code === null ? {} : { 'data-result-code': code }) },
    children: [el('h3', { text: { key: 'workshop.result.heading' } }), ...children],
  });
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

/** The objective, which asks for both: harm yes or no, the day's cost against its limit, met or not. */
function objectiveLines(level: Level, state: GameState): Node[] {
  const result = objectiveResult(level, state);
  const hours = { hours: hoursText(result.cost.hours), limit: hoursText(result.costLimit) };
  return [
    el('ul', {
      className: 'objective-lines',
      attrs: {
        'data-harm': String(result.harm),
        'data-hours': String(result.cost.hours),
        'data-limit': String(result.costLimit),
        'data-met': String(result.met),
      },
      children: [
        el('li', { text: { key: result.harm ? 'debrief.harmYes' : 'debrief.harmNo' } }),
        el('li', {
          text: { key: result.withinCost ? 'debrief.cost' : 'debrief.overCost', params: hours },
        }),
        el('li', {
          className: 'objective-verdict',
          text: { key: result.met ? 'debrief.met' : 'debrief.notMet' },
        }),
      ],
    }),
    costLineList(result.cost, state),
  ];
}

/**
 * The player's review as measured (core's `reviewRecord`), and how it compares with the catch
 * rate the odds assume (labelled an assumption).
 */
/** The review record kept across levels (this game included), when it holds more than this game. */
function campaignLines(record: ReviewRecord): Node[] {
  if (record.harmfulArrived + record.legitimateReviewed + record.unreviewed === 0) {
    return [];
  }
  return [
    el('p', {
      className: 'review-campaign',
      attrs: {
        'data-harmful-arrived': String(record.harmfulArrived),
        'data-harmful-stopped': String(record.harmfulStopped),
      },
      text: {
        key: 'debrief.campaignRecord',
        params: {
          held: record.harmfulStopped,
          arrived: record.harmfulArrived,
          legitimateHeld: record.legitimateHeld,
          reviewed: record.legitimateReviewed,
        },
      },
    }),
  ];
}

/** Which reviewer the counterfactual's replays assume, from core's counterfactual. */
function counterfactualReviewerLine(results: readonly Counterfactual[], state: GameState): Node[] {
  const reviewer = results.find((result) => result.reviewer !== null)?.reviewer;
  if (reviewer === undefined || reviewer === null) {
    return [];
  }
  return [
    reviewer.basis === 'record'
      ? el('p', {
          className: 'cf-reviewer',
          attrs: { 'data-basis': 'record' },
          text: {
            key: 'debrief.cfReviewerRecord',
            params: {
              percent: percentIn('figure', reviewer.catchRate),
              seen: reviewer.harmfulSeen,
              assumed: percentIn('figure', state.assumptions.catchRate),
            },
          },
        })
      : el('p', {
          className: 'cf-reviewer',
          attrs: { 'data-basis': 'assumption' },
          text: {
            key: 'debrief.cfReviewer',
            params: { percent: percentIn('figure', reviewer.catchRate) },
          },
        }),
  ];
}

function reviewLines(state: GameState): Node[] {
  const record = reviewRecord(state);
  const measured = measuredCatchRate(record);
  return [
    el('ul', {
      className: 'review-record',
      attrs: {
        'data-harmful-arrived': String(record.harmfulArrived),
        'data-harmful-stopped': String(record.harmfulStopped),
        'data-legitimate-reviewed': String(record.legitimateReviewed),
        'data-legitimate-held': String(record.legitimateHeld),
        'data-unreviewed': String(record.unreviewed),
      },
      children: [
        el('li', {
          attrs: { 'data-line': 'harmful' },
          text: {
            key: 'debrief.harmfulHeld',
            params: { held: record.harmfulStopped, arrived: record.harmfulArrived },
          },
        }),
        el('li', {
          attrs: { 'data-line': 'legitimate' },
          text: {
            key: 'debrief.legitimateHeld',
            params: { held: record.legitimateHeld, reviewed: record.legitimateReviewed },
          },
        }),
        el('li', {
          attrs: { 'data-line': 'unreviewed' },
          text: { key: 'debrief.unreviewed', params: { count: record.unreviewed } },
        }),
        el('li', {
          attrs: { 'data-line': 'waited' },
          text: {
            key: 'debrief.waited',
            params: { minutes: formatNumber(record.waitingMinutes, 0) },
          },
        }),
      ],
    }),
    el('p', {
      className: 'review-measured',
      text: (measured === null
        ? { key: 'debrief.noHarmful' }
        : {
            key: 'debrief.measuredRate',
            params: {
              percent: percentIn('figure', measured),
              held: record.harmfulStopped,
              arrived: record.harmfulArrived,
            },
          }) as TextSpec,
    }),
    el('p', {
      className: 'review-assumed',
      text: {
        key: 'debrief.assumedRate',
        params: { percent: percentIn('figure', state.assumptions.catchRate) },
      },
    }),
  ];
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
 * A game played in a workshop session (`workshop`) also shows its result code.
 */
export function buildDebriefPanel(
  level: Level,
  state: GameState,
  content: DebriefContent,
  counterfactuals: readonly Counterfactual[],
  actions: DebriefActions,
  campaign: ReviewRecord = NO_REVIEW,
  workshop?: WorkshopDebrief,
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
  if (actions.lab !== undefined) {
    buttons.push(
      el('button', {
        className: 'menu-button',
        text: { key: 'debrief.openLab' },
        attrs: { type: 'button', 'data-action': 'open-lab' },
        onClick: actions.lab,
      }),
    );
  }
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
      // A team in a workshop hands its result in first of all: it comes right after the ending.
      ...(workshop === undefined ? [] : [workshopSection(workshop)]),
      section('debrief.whatYouDid', 'did', [
        el('p', { text: { key: 'debrief.loadout', params: { model: state.loadout.model } } }),
        el('p', { text: { key: 'debrief.cards' } }),
        cards,
        choiceLines(level, state),
      ]),
      section('debrief.objective', 'objective', objectiveLines(level, state)),
      ...(state.queue.length === 0
        ? []
        : [
            section('debrief.review', 'review', [
              ...reviewLines(state),
              ...campaignLines(campaign),
            ]),
          ]),
      section('debrief.whatDiceDid', 'dice', [drawLines(level, state)]),
      section('debrief.counterfactual', 'counterfactual', [
        counterfactualList(level, state, counterfactuals),
        // Which reviewer the replays assume is core's answer: the player's record once it has
        // met a harmful item, else the labelled assumption; never a perfect one.
        ...counterfactualReviewerLine(counterfactuals, state),
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

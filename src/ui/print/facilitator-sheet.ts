/**
 * The facilitator sheet of a level: its odds for every offered model (core's loadout view for
 * the level's default framing and no cards, as the loadout screen shows them), a content note,
 * the study's caveats, and every debrief question of every ending with its talking points.
 */
import {
  type DebriefQuestion,
  type DecisionNode,
  type EndingNode,
  type Level,
  levelLoadoutView,
  rateById,
  type Scenario,
} from '../../core';
import { levelNamespace } from '../../levels/level-text';
import { hoursText } from '../components/cost-meter';
import { decisionLabel } from '../components/decision-label';
import { percentIn } from '../components/format';
import { probabilityChip } from '../components/provenance-chip';
import { el, type TextSpec } from '../dom';
import { levelName } from './card-deck';
import { numberPages, plain, printPage, type PrintLevel, printTable } from './pages';

const CAVEATS = ['contrived', 'tests', 'reviewer', 'dice'] as const;

function decisions(level: Level): DecisionNode[] {
  return level.nodeOrder.flatMap((id) => {
    const node = level.nodes[id];
    return node?.kind === 'decision' ? [node] : [];
  });
}

function endings(level: Level): EndingNode[] {
  return level.nodeOrder.flatMap((id) => {
    const node = level.nodes[id];
    return node?.kind === 'ending' ? [node] : [];
  });
}

/** The scenarios the level's decisions play (a decision on a named row plays that row's). */
function scenariosOf(level: Level): Scenario[] {
  const found = new Set<Scenario>([level.scenario]);
  for (const node of decisions(level)) {
    found.add(
      'row' in node.rate
        ? (rateById(node.rate.row)?.scenario ?? level.scenario)
        : node.rate.scenario,
    );
  }
  return [...found];
}

/** The odds table: one row per offered model, one column per decision point, no cards. */
function oddsTable(entry: PrintLevel): HTMLElement {
  const { level } = entry;
  const nodes = decisions(level);
  const head: TextSpec[] = [
    { key: 'print.facilitator.colModel' },
    ...nodes.map((node): TextSpec => {
      const label = decisionLabel(level, node);
      return {
        key: 'print.facilitator.decision',
        params: { time: label.time ?? '', condition: label.condition ?? '' },
      };
    }),
  ];
  const rows = level.loadout.models.map((model) => {
    const view = levelLoadoutView(level, {
      model,
      goalFraming: level.loadout.defaultGoalFraming,
      defenses: [],
    });
    const name = el('span', { className: 'odds-model' });
    name.textContent = model;
    const modelCell =
      model === level.loadout.defaultModel
        ? el('span', {
            children: [
              name,
              plain(' '),
              el('em', { text: { key: 'print.facilitator.defaultModel' } }),
            ],
          })
        : name;
    const cells = nodes.map((node) => {
      const odds = view.odds.find((item) => item.decision === node.id);
      const probability = odds?.probability ?? null;
      if (probability === null) {
        return el('span', { text: { key: 'print.facilitator.noRate' } });
      }
      const value = el('strong', { attrs: { 'data-odds': String(probability.value) } });
      value.textContent = percentIn('figure', probability.value);
      const interval = probability.interval;
      return el('span', {
        className: 'odds-cell',
        children: [
          value,
          plain(' '),
          probabilityChip(probability),
          ...(interval === null
            ? []
            : [
                el('span', {
                  className: 'odds-range',
                  text: {
                    key: 'print.facilitator.range',
                    params: {
                      low: percentIn('range', interval.low),
                      high: percentIn('range', interval.high),
                    },
                  },
                }),
              ]),
        ],
      });
    });
    return [modelCell, ...cells];
  });
  return printTable('odds-table', head, rows);
}

function contentNote(entry: PrintLevel): HTMLElement {
  const { level } = entry;
  const warning = level.briefing.contentWarningKey;
  return el('aside', {
    className: 'content-note',
    children: [
      el('h3', { text: { key: 'print.facilitator.contentNote' } }),
      ...scenariosOf(level).map((scenario) =>
        el('p', { text: { key: `print.facilitator.note.${scenario}` } }),
      ),
      ...(warning === undefined
        ? []
        : [
            el('p', {
              children: [
                el('strong', { text: { key: 'print.facilitator.levelWarning' } }),
                plain(' '),
                el('span', { text: { key: warning, namespace: levelNamespace(entry.id) } }),
              ],
            }),
          ]),
    ],
  });
}

/** Every question of every ending, once each, in order of first use. */
function questionsOf(level: Level): DebriefQuestion[] {
  const seen = new Map<string, DebriefQuestion>();
  for (const ending of endings(level)) {
    for (const question of ending.debrief.questions ?? []) {
      const known = seen.get(question.key);
      if (
        known === undefined ||
        (known.talkingPointsKey === undefined && question.talkingPointsKey !== undefined)
      ) {
        seen.set(question.key, question);
      }
    }
  }
  return [...seen.values()];
}

function questionPage(entry: PrintLevel, title: TextSpec): HTMLElement {
  const { level } = entry;
  const namespace = levelNamespace(entry.id);
  const questions = questionsOf(level);
  const numberOf = (key: string): number => questions.findIndex((q) => q.key === key) + 1;
  const endingItems = endings(level).map((ending) =>
    el('li', {
      attrs: { 'data-ending': ending.id, 'data-outcome': ending.outcome },
      children: [
        el('strong', { text: { key: ending.titleKey, namespace } }),
        plain(' — '),
        el('span', {
          text: {
            key: 'print.facilitator.questionsOf',
            params: {
              numbers: [...new Set((ending.debrief.questions ?? []).map((q) => numberOf(q.key)))]
                .sort((a, b) => a - b)
                .join(', '),
            },
          },
        }),
      ],
    }),
  );
  const questionItems = questions.map((question) =>
    el('li', {
      attrs: { 'data-question': question.key },
      children: [
        el('p', { className: 'question-text', text: { key: question.key, namespace } }),
        question.talkingPointsKey === undefined
          ? el('p', {
              className: 'talking-points missing',
              text: { key: 'print.facilitator.noTalkingPoints' },
            })
          : el('p', {
              className: 'talking-points',
              children: [
                el('strong', { text: { key: 'print.facilitator.talkingPoints' } }),
                plain(' '),
                el('span', { text: { key: question.talkingPointsKey, namespace } }),
              ],
            }),
      ],
    }),
  );
  return printPage(
    title,
    [
      el('h2', { children: [levelName(entry)] }),
      el('h3', { text: { key: 'print.facilitator.endings' } }),
      el('ul', { className: 'ending-list', children: endingItems }),
      el('h3', { text: { key: 'print.facilitator.questions' } }),
      el('ol', { className: 'question-list', children: questionItems }),
    ],
    'facilitator-page',
  );
}

function levelPages(entry: PrintLevel): HTMLElement[] {
  const { level } = entry;
  const namespace = levelNamespace(entry.id);
  const title: TextSpec = {
    key: 'print.facilitator.title',
    params: { level: { key: level.titleKey, namespace } },
  };
  const framing = level.loadout.goalFramings.find(
    (candidate) => candidate.id === level.loadout.defaultGoalFraming,
  );
  const first = printPage(
    title,
    [
      el('h2', { children: [levelName(entry)] }),
      el('p', {
        text: {
          key: 'print.facilitator.scenario',
          params: {
            scenario: { key: `scenario.${level.scenario}` as const },
            budget: level.loadout.budget,
            limit: hoursText(level.workload.costLimit),
          },
        },
      }),
      contentNote(entry),
      el('h3', { text: { key: 'print.facilitator.odds' } }),
      el('p', {
        className: 'card-fine',
        text: {
          key: 'print.facilitator.oddsIntro',
          params: {
            framing:
              framing === undefined
                ? level.loadout.defaultGoalFraming
                : { key: framing.labelKey, namespace },
          },
        },
      }),
      oddsTable(entry),
      el('h3', { text: { key: 'print.facilitator.caveats' } }),
      el('ul', {
        className: 'caveat-list',
        children: CAVEATS.map((caveat) =>
          el('li', { text: { key: `print.facilitator.caveat.${caveat}` } }),
        ),
      }),
    ],
    'facilitator-page',
  );
  return [first, questionPage(entry, title)];
}

/** The facilitator sheets of the given levels, two pages each. */
export function facilitatorPages(levels: readonly PrintLevel[]): HTMLElement[] {
  return numberPages(levels.flatMap(levelPages));
}

/**
 * The card deck for an unplugged round, built from the game's own tables: every defense card
 * (core's defense table, priced as each level offers it), one card per model with its published
 * rates per study condition (core's rates table, with the interval and source the Sources screen
 * shows), the d100 rule with examples read by core's dice rule, and what a number rests on.
 */
import {
  CARDS_IN_ORDER,
  type DefenseCard,
  drawHappens,
  fixedChip,
  MODELS,
  PROVENANCE_TAGS,
  RATES,
  type RateRow,
  thresholdOf,
  wilsonInterval,
} from '../../core';
import { levelNamespace } from '../../levels/level-text';
import { hoursText } from '../components/cost-meter';
import { formatNumber, PERCENT_DIGITS, percentIn } from '../components/format';
import { provenanceChip } from '../components/provenance-chip';
import { el, type TextSpec, translate, type UiKey } from '../dom';
import { numberPages, plain, printPage, type PrintLevel, printTable } from './pages';

const TITLE: TextSpec = { key: 'print.deck.title' };

/** How much of a page a card takes: a quarter, a column (half a page) or the whole page. */
export type CardSize = 1 | 2 | 4;

/** A card and its size. */
interface DeckCard {
  readonly element: HTMLElement;
  readonly size: CardSize;
}

/** The short name of a level: its number and title ("1 · The upgrade"). */
export function levelName(entry: PrintLevel): HTMLElement {
  const number = /^\d+/.exec(entry.id)?.[0];
  const title = el('span', {
    text: { key: entry.level.titleKey, namespace: levelNamespace(entry.id) },
  });
  return el('span', {
    className: 'level-name',
    children: number === undefined ? [title] : [plain(`${number} · `), title],
  });
}

function upkeepKey(card: DefenseCard, hours: number): UiKey {
  return hours === 0 ? 'loadout.upkeepNone' : `loadout.upkeep.${card.upkeep}`;
}

function upkeepText(card: DefenseCard, hours: number): TextSpec {
  return { key: upkeepKey(card, hours), params: { hours: hoursText(hours) } };
}

function defenseCardElement(card: DefenseCard, levels: readonly PrintLevel[]): HTMLElement {
  const offers = levels.flatMap((entry) => {
    const offer = entry.level.loadout.defenses.find((item) => item.id === card.id);
    return offer === undefined ? [] : [{ entry, offer }];
  });
  const prices =
    offers.length === 0
      ? el('p', { text: { key: 'print.deck.notOffered' } })
      : printTable(
          'price-table',
          [
            { key: 'print.deck.colLevel' },
            { key: 'print.deck.colTokens' },
            { key: 'print.deck.colUpkeep' },
          ],
          offers.map(({ entry, offer }) => [
            levelName(entry),
            plain(formatNumber(offer.cost)),
            el('span', { text: upkeepText(card, offer.upkeep ?? 0) }),
          ]),
        );
  return el('article', {
    className: 'print-card defense-print-card',
    attrs: { 'data-card': 'defense', 'data-defense': card.id },
    children: [
      el('p', { className: 'card-kind', text: { key: 'print.deck.defense' } }),
      el('h3', { text: { key: `defense.${card.id}.name` } }),
      el('p', { className: 'card-stage', text: { key: `print.deck.stage.${card.stage}` } }),
      el('p', { text: { key: `defense.${card.id}.text` } }),
      el('p', { className: 'card-price-note', text: { key: `defense.${card.id}.cost` } }),
      el('p', {
        className: 'card-standard',
        text: {
          key: 'print.deck.standard',
          params: {
            tokens: translate('defense.tokens', { count: card.cost }),
            upkeep: translate(upkeepKey(card, card.standardUpkeep), {
              hours: hoursText(card.standardUpkeep),
            }),
          },
        },
      }),
      provenanceChip(fixedChip(card.id)),
      el('h4', { text: { key: 'print.deck.perLevel' } }),
      prices,
    ],
  });
}

/** The examples of the d100 card: probabilities read against the dice by core's rule. */
const DICE_EXAMPLES = [0.96, 0.551, 0.3315, 0.01, 0] as const;

/** The dice's readings 1–100 sorted by core's rule against a threshold. */
function readingsAgainst(threshold: number): { happens: number[]; tie: number[]; not: number[] } {
  const sorted = { happens: [] as number[], tie: [] as number[], not: [] as number[] };
  for (let reading = 1; reading <= 100; reading += 1) {
    // The dice read a roll in (reading − 1, reading]: all of it counts, part of it, or none.
    if (drawHappens(reading, threshold)) {
      sorted.happens.push(reading);
    } else if (drawHappens(reading - 1, threshold) && reading - 1 !== threshold) {
      sorted.tie.push(reading);
    } else {
      sorted.not.push(reading);
    }
  }
  return sorted;
}

function readingsText(readings: readonly number[]): Node {
  const first = readings[0];
  const last = readings[readings.length - 1];
  if (first === undefined || last === undefined) {
    return el('span', { text: { key: 'print.deck.dice.none' } });
  }
  return first === last
    ? plain(String(first))
    : el('span', { text: { key: 'print.deck.dice.range', params: { from: first, to: last } } });
}

function diceCard(): HTMLElement {
  const rows = DICE_EXAMPLES.map((probability) => {
    const threshold = thresholdOf(probability);
    const sorted = readingsAgainst(threshold);
    return [
      plain(percentIn('figure', probability)),
      plain(formatNumber(threshold, PERCENT_DIGITS.figure)),
      readingsText(sorted.happens),
      readingsText(sorted.tie),
      readingsText(sorted.not),
    ];
  });
  return el('article', {
    className: 'print-card dice-print-card',
    attrs: { 'data-card': 'dice' },
    children: [
      el('h3', { text: { key: 'print.deck.dice.title' } }),
      el('p', { text: { key: 'print.deck.dice.read' } }),
      el('p', { text: { key: 'print.deck.dice.rule' } }),
      el('p', { text: { key: 'print.deck.dice.tie' } }),
      el('h4', { text: { key: 'print.deck.dice.examples' } }),
      printTable(
        'dice-table',
        [
          { key: 'print.deck.dice.colProbability' },
          { key: 'print.deck.dice.colThreshold' },
          { key: 'print.deck.dice.colHappens' },
          { key: 'print.deck.dice.colTie' },
          { key: 'print.deck.dice.colNot' },
        ],
        rows,
      ),
    ],
  });
}

function legendCard(): HTMLElement {
  return el('article', {
    className: 'print-card legend-print-card',
    attrs: { 'data-card': 'legend' },
    children: [
      el('h3', { text: { key: 'print.deck.legend.title' } }),
      el('p', { text: { key: 'print.deck.legend.intro' } }),
      el('dl', {
        children: PROVENANCE_TAGS.flatMap((tag) => [
          el('dt', { children: [provenanceChip(tag)] }),
          el('dd', { text: { key: `provenance.explain.${tag}` } }),
        ]),
      }),
      el('p', { text: { key: 'print.deck.legend.caveat' } }),
      el('p', { className: 'card-fine', text: { key: 'numbers.compact' } }),
    ],
  });
}

/** The sources of the model cards, numbered in order of first use. */
class SourceIndex {
  private readonly _numbers = new Map<string, number>();

  /** The number of a source, given on first use. */
  numberOf(source: string): number {
    let number = this._numbers.get(source);
    if (number === undefined) {
      number = this._numbers.size + 1;
      this._numbers.set(source, number);
    }
    return number;
  }

  /** Every source with its number, in order. */
  entries(): [string, number][] {
    return [...this._numbers.entries()];
  }
}

/** A row's study condition in words, in the current language. */
function conditionText(row: RateRow): string {
  const goal =
    row.goalType === null
      ? translate('goal.unstated')
      : row.goalType === 'none' || row.goalType === 'ambiguous'
        ? translate(`goal.${row.goalType}`)
        : translate(`goal.${row.goalType}`, {
            value: { key: `goal.value.${row.goalValue ?? 'none'}` as const },
          });
  return [translate(`scenario.${row.scenario}`), goal, translate(`urgency.${row.urgency}`)].join(
    ' · ',
  );
}

/** Characters of a condition on one line of a model card's table, and lines a card holds. */
const CONDITION_CHARS_PER_LINE = 26;
const LINES_IN_QUARTER = 19;
const LINES_IN_COLUMN = 50;

/**
 * How much of a page a model card needs: each row takes as many lines as its condition wraps
 * to, at least two (the interval, and n under it).
 */
export function modelCardSize(conditions: readonly string[]): CardSize {
  const lines = conditions.reduce(
    (sum, text) => sum + Math.max(2, Math.ceil(text.length / CONDITION_CHARS_PER_LINE)) + 0.3,
    0,
  );
  return lines <= LINES_IN_QUARTER ? 1 : lines <= LINES_IN_COLUMN ? 2 : 4;
}

function rangeCell(row: RateRow): HTMLElement {
  if (row.n === null) {
    return el('span', { text: { key: 'print.deck.nUnknown' } });
  }
  const { low, high } = wilsonInterval(row.rate, row.n);
  return el('span', {
    children: [
      el('span', {
        className: 'nowrap',
        text: {
          key: 'print.deck.range',
          params: { low: percentIn('range', low), high: percentIn('range', high) },
        },
      }),
      el('span', { className: 'rate-n', text: { key: 'print.deck.n', params: { n: row.n } } }),
    ],
  });
}

function modelCard(
  model: (typeof MODELS)[number],
  rows: readonly RateRow[],
  sources: SourceIndex,
): DeckCard {
  const conditions = rows.map(conditionText);
  const body = rows.map((row, index) => {
    const source = el('span', {
      text: { key: 'print.deck.sourceRef', params: { number: sources.numberOf(row.source) } },
    });
    return [
      plain(conditions[index] ?? ''),
      plain(percentIn('figure', row.rate)),
      el('span', {
        text: {
          key: 'print.deck.rollAtMost',
          params: { threshold: formatNumber(thresholdOf(row.rate), PERCENT_DIGITS.figure) },
        },
      }),
      rangeCell(row),
      row.confidence === 'secondary'
        ? el('span', {
            children: [source, plain(' '), el('em', { text: { key: 'print.deck.secondHand' } })],
          })
        : source,
    ];
  });
  const name = el('h3');
  name.textContent = model.name;
  const element = el('article', {
    className: 'print-card model-print-card',
    attrs: { 'data-card': 'model', 'data-model': model.name },
    children: [
      el('p', { className: 'card-kind', text: { key: 'print.deck.model' } }),
      name,
      el('p', {
        className: 'card-provider',
        text: { key: 'print.deck.provider', params: { provider: model.provider } },
      }),
      el('p', { className: 'card-fine', text: { key: 'print.deck.modelNote' } }),
      provenanceChip('measured'),
      printTable(
        'rate-table',
        [
          { key: 'print.deck.colCondition' },
          { key: 'print.deck.colRate' },
          { key: 'print.deck.colRoll' },
          { key: 'print.deck.colRange' },
          { key: 'print.deck.colSource' },
        ],
        body,
      ),
    ],
  });
  return { element, size: modelCardSize(conditions) };
}

/**
 * Lays cards out four to a page in two columns of two: a column card takes a whole column, a
 * page card a page of its own. Cards keep their order, except that a quarter card fills the
 * half column a column card left open. Returns each page's cards ({@link deckPageCount} counts
 * them the same way from the sizes alone).
 */
export function packCards<T extends { readonly size: CardSize }>(cards: readonly T[]): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let freeColumns = 2;
  let halfOpen = false;
  for (const card of cards) {
    const fits =
      card.size === 4
        ? page.length === 0
        : card.size === 2
          ? freeColumns > 0
          : halfOpen || freeColumns > 0;
    if (!fits) {
      pages.push(page);
      page = [];
      freeColumns = 2;
      halfOpen = false;
    }
    if (card.size === 4) {
      freeColumns = 0;
    } else if (card.size === 2) {
      freeColumns -= 1;
    } else if (halfOpen) {
      halfOpen = false;
    } else {
      freeColumns -= 1;
      halfOpen = true;
    }
    page.push(card);
  }
  if (page.length > 0) {
    pages.push(page);
  }
  return pages;
}

/** How many lines of the sources page a citation takes (about 150 characters a line). */
function citationLines(source: string): number {
  return Math.ceil(source.length / 150) + 0.5;
}

/** Lines of citations on one page. */
const CITATION_LINES_PER_PAGE = 52;

function sourcePages(sources: SourceIndex): HTMLElement[] {
  const pages: HTMLElement[][] = [];
  let page: HTMLElement[] = [];
  let lines = 0;
  for (const [source, number] of sources.entries()) {
    const needed = citationLines(source);
    if (lines + needed > CITATION_LINES_PER_PAGE && page.length > 0) {
      pages.push(page);
      page = [];
      lines = 0;
    }
    const item = el('li', { attrs: { value: String(number), 'data-source': String(number) } });
    item.textContent = source;
    page.push(item);
    lines += needed;
  }
  if (page.length > 0) {
    pages.push(page);
  }
  return pages.map((items, index) =>
    printPage(
      TITLE,
      [
        ...(index === 0
          ? [
              el('h2', { text: { key: 'print.deck.sources' } }),
              el('p', { text: { key: 'print.deck.sourcesIntro' } }),
            ]
          : []),
        el('ol', { className: 'source-list', children: items }),
      ],
      'source-page',
    ),
  );
}

/**
 * The deck's pages: the defense cards with the d100 and the legend, one card per model that the
 * study published baseline rates for, then the sources the model cards cite.
 */
export function cardDeckPages(levels: readonly PrintLevel[]): HTMLElement[] {
  const sources = new SourceIndex();
  const ruleCards: DeckCard[] = [
    ...CARDS_IN_ORDER.map((card) => ({
      element: defenseCardElement(card, levels),
      size: 1 as const,
    })),
    { element: diceCard(), size: 1 },
    { element: legendCard(), size: 1 },
  ];
  const modelCards = MODELS.flatMap((model) => {
    const rows = RATES.filter((row) => row.model === model.name && row.variant === 'baseline');
    return rows.length === 0 ? [] : [modelCard(model, rows, sources)];
  });
  const cardPages = packCards([...ruleCards, ...modelCards]).map((cards) =>
    printPage(TITLE, [
      el('p', { className: 'cut-note', text: { key: 'print.deck.cut' } }),
      el('div', {
        className: 'deck-grid',
        children: cards.map((card) => {
          card.element.dataset.size = String(card.size);
          return card.element;
        }),
      }),
    ]),
  );
  return numberPages([...cardPages, ...sourcePages(sources)]);
}

/**
 * The team worksheet: a team's record of each level it plays, to fill in by hand: the model and
 * goal framing, the cards (the level's offer at its prices, with the budget), the choices the
 * day asks for, the roll, the ending, harm and cost.
 */
import type { ChoiceNode } from '../../core';
import { levelNamespace } from '../../levels/level-text';
import { hoursText } from '../components/cost-meter';
import { el, type TextSpec, translate } from '../dom';
import { levelName } from './card-deck';
import { numberPages, printPage, type PrintLevel } from './pages';

const TITLE: TextSpec = { key: 'print.worksheet.title' };

/** Levels on one worksheet page. */
const LEVELS_PER_PAGE = 2;

/** A label followed by a line to write on. */
function blank(label: TextSpec, className = ''): HTMLElement {
  return el('p', {
    className: `blank-line ${className}`.trim(),
    children: [
      el('span', { className: 'blank-label', text: label }),
      el('span', { className: 'blank-fill' }),
    ],
  });
}

/** A line of text with nothing to fill but its own gaps (written as underscores). */
function statement(text: TextSpec): HTMLElement {
  return el('p', { className: 'worksheet-line', text });
}

function choiceNodes(entry: PrintLevel): ChoiceNode[] {
  return entry.level.nodeOrder.flatMap((id) => {
    const node = entry.level.nodes[id];
    return node?.kind === 'choice' ? [node] : [];
  });
}

function levelBlock(entry: PrintLevel): HTMLElement {
  const { level } = entry;
  const namespace = levelNamespace(entry.id);
  const [onlyFraming, ...otherFramings] = level.loadout.goalFramings;
  const framing =
    onlyFraming !== undefined && otherFramings.length === 0
      ? el('p', {
          className: 'blank-line',
          children: [
            el('span', { className: 'blank-label', text: { key: 'print.worksheet.framing' } }),
            el('span', { text: { key: onlyFraming.labelKey, namespace } }),
          ],
        })
      : blank({ key: 'print.worksheet.framing' });
  const cards = el('ul', {
    className: 'worksheet-cards',
    children: level.loadout.defenses.map((offer) =>
      el('li', {
        attrs: { 'data-defense': offer.id },
        children: [
          el('span', { className: 'tick-box', attrs: { 'aria-hidden': 'true' } }),
          el('span', {
            text: {
              key: 'print.worksheet.cardLine',
              params: {
                name: { key: `defense.${offer.id}.name` as const },
                tokens: translate('defense.tokens', { count: offer.cost }),
              },
            },
          }),
        ],
      }),
    ),
  });
  const choices = choiceNodes(entry).map((node) =>
    el('p', {
      className: 'blank-line choice-line',
      children: [
        el('span', {
          className: 'blank-label',
          // The prompt names its own time.
          text: { key: node.promptKey, namespace },
        }),
        el('span', { className: 'blank-fill' }),
      ],
    }),
  );
  return el('article', {
    className: 'worksheet-level',
    attrs: { 'data-level': entry.id },
    children: [
      el('h3', { children: [levelName(entry)] }),
      el('div', {
        className: 'worksheet-columns',
        children: [
          el('div', {
            children: [
              blank({ key: 'print.worksheet.model' }),
              framing,
              el('p', { className: 'section-label', text: { key: 'print.worksheet.cards' } }),
              cards,
              statement({
                key: 'print.worksheet.tokenSum',
                params: { budget: level.loadout.budget },
              }),
            ],
          }),
          el('div', {
            children: [
              el('p', { className: 'section-label', text: { key: 'print.worksheet.decisions' } }),
              ...choices,
              el('p', {
                className: 'blank-line',
                children: [el('span', { className: 'blank-fill' })],
              }),
              statement({ key: 'print.worksheet.roll' }),
              blank({ key: 'print.worksheet.ending' }),
              statement({ key: 'print.worksheet.harm' }),
              statement({
                key: 'print.worksheet.cost',
                params: { limit: hoursText(level.workload.costLimit) },
              }),
            ],
          }),
        ],
      }),
      blank({ key: 'print.worksheet.notes' }),
      el('p', { className: 'blank-line', children: [el('span', { className: 'blank-fill' })] }),
    ],
  });
}

function teamHeader(): HTMLElement {
  return el('div', {
    className: 'worksheet-team',
    children: [
      blank({ key: 'print.worksheet.team' }),
      blank({ key: 'print.worksheet.members' }),
      blank({ key: 'print.worksheet.session' }),
    ],
  });
}

/** The worksheet's pages: the team's name on every page, then two levels a page. */
export function worksheetPages(levels: readonly PrintLevel[]): HTMLElement[] {
  const pages: HTMLElement[] = [];
  for (let start = 0; start < levels.length; start += LEVELS_PER_PAGE) {
    const blocks = levels.slice(start, start + LEVELS_PER_PAGE).map(levelBlock);
    pages.push(printPage(TITLE, [teamHeader(), ...blocks], 'worksheet-page'));
  }
  return numberPages(pages);
}

/**
 * A workshop session's set-up as a list: its code, levels, seed, budget, cards, language and
 * time limit, as core decoded them. The board's header and the after-action report both show it.
 */
import type { Level } from '../../core';
import type { WorkshopSession } from '../../core/workshop';
import { el, translate, type UiKey } from '../dom';
import { levelTitle } from './board-problems';

/** A term of the set-up and its value. */
function term(key: UiKey & `board.session.${string}`, value: string | Node): Node[] {
  const dd = el('dd');
  dd.append(value);
  return [el('dt', { text: { key } }), dd];
}

/** The titles of a session's levels, in play order. */
export function levelTitles(session: WorkshopSession, levels: readonly Level[]): string[] {
  return session.levels.map((id) => {
    const title = levelTitle(levels, id);
    return typeof title === 'string' ? title : translate(title.key, undefined, title.namespace);
  });
}

/** The set-up of a session as a description list. */
export function setupList(
  session: WorkshopSession,
  code: string,
  levels: readonly Level[],
): HTMLElement {
  const levelList = el('ol', {
    className: 'board-setup-levels',
    children: levelTitles(session, levels).map((title) => {
      const item = el('li');
      item.textContent = title;
      return item;
    }),
  });
  const codeText = el('code', { className: 'board-code' });
  codeText.textContent = code;
  const cards =
    session.cards === null
      ? translate('board.session.cardsLevel')
      : session.cards.length === 0
        ? translate('board.table.noCards')
        : session.cards.map((id) => translate(`defense.${id}.name`)).join(', ');
  return el('dl', {
    className: 'board-setup',
    attrs: { 'data-session': code },
    children: [
      ...term('board.session.code', codeText),
      ...term('board.session.levels', levelList),
      ...term('board.session.seed', String(session.seed)),
      ...term(
        'board.session.budget',
        session.budget === null
          ? translate('board.session.budgetLevel')
          : translate('board.session.budgetTokens', { tokens: session.budget }),
      ),
      ...term('board.session.cards', cards),
      ...term('board.session.language', translate(`language.${session.language}`)),
      ...term(
        'board.session.minutes',
        session.minutes === null
          ? translate('board.session.minutesNone')
          : translate('board.session.minutesValue', { minutes: session.minutes }),
      ),
    ],
  });
}

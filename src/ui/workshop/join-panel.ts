import type { Level } from '../../core';
import { decodeSession, encodeSession, teamName, type WorkshopSession } from '../../core/workshop';
import { levelNamespace } from '../../levels/level-text';
import type { TeamContext } from '../../session/workshop-context';
import { paperPanel } from '../components/panel';
import { el, focusInView, type TextSpec } from '../dom';
import { codeBlock, codeProblemText } from './code-text';
import './workshop.css';

/** What the join screen asks of its scene. */
export interface JoinHost {
  /** Joins the session (its code in core's spelling) as the named team, and starts playing. */
  join(code: string, session: WorkshopSession, team: string): void;
  /** Plays a level of the joined session. */
  play(levelId: string): void;
  /** Leaves the workshop (levels play as the campaign's again). */
  leave(): void;
  back(): void;
}

/** What a team name problem says, or undefined for a usable name (core's `teamName`). */
export function teamNameText(text: string): TextSpec | undefined {
  if (teamName(text) !== null) {
    return undefined;
  }
  return text.trim() === ''
    ? { key: 'workshop.problem.teamEmpty' }
    : { key: 'workshop.problem.teamTooLong' };
}

/**
 * Reads a typed session code with core's `decodeSession`: the session and the code in core's own
 * spelling, or what to tell the team about the code it typed.
 */
export function readSessionCode(
  text: string,
): { ok: true; code: string; session: WorkshopSession } | { ok: false; problem: TextSpec } {
  const decoded = decodeSession(text);
  if (!decoded.ok) {
    return { ok: false, problem: codeProblemText(decoded.error) };
  }
  return { ok: true, code: encodeSession(decoded.value), session: decoded.value };
}

let fieldCount = 0;

function fieldId(name: string): string {
  fieldCount += 1;
  return `join-${name}-${String(fieldCount)}`;
}

/** A text field with its label, hint and a place for its error, tied together for readers. */
function field(
  labelKey: 'workshop.join.code' | 'workshop.join.team',
  hintKey: 'workshop.join.codeHint' | 'workshop.join.teamHint',
  input: HTMLInputElement,
  error: HTMLElement,
): HTMLElement {
  const hintId = fieldId('hint');
  error.id = fieldId('error');
  input.setAttribute('aria-describedby', `${hintId} ${error.id}`);
  return el('div', {
    className: 'join-field',
    children: [
      el('label', {
        className: 'section-label',
        text: { key: labelKey },
        attrs: { for: input.id },
      }),
      input,
      el('p', { className: 'workshop-hint', text: { key: hintKey }, attrs: { id: hintId } }),
      error,
    ],
  });
}

/**
 * The team's join screen: the session code and the team's name, each refused with a clear reason
 * (core's reading of the code); or, once joined, the session's levels to play and the way out.
 */
export class JoinView {
  readonly root: HTMLElement;
  private readonly _body = el('div', { className: 'join-body' });

  constructor(
    private readonly _levels: ReadonlyMap<string, Level>,
    private readonly _context: TeamContext | undefined,
    code: string | undefined,
    private readonly _host: JoinHost,
  ) {
    this.root = paperPanel({
      headingKey: 'workshop.join.heading',
      className: 'join-panel',
      onBack: () => _host.back(),
      children: [this._body],
    });
    if (_context !== undefined && code === undefined) {
      this._showJoined(_context);
    } else {
      this._showForm(code ?? '');
    }
  }

  private _showForm(code: string): void {
    const codeInput = el('input', {
      attrs: {
        type: 'text',
        id: fieldId('code'),
        autocomplete: 'off',
        autocapitalize: 'characters',
        spellcheck: 'false',
        'data-control': 'session-code',
        ...(code === '' ? { 'data-autofocus': '' } : {}),
      },
    });
    codeInput.value = code;
    const teamInput = el('input', {
      attrs: {
        type: 'text',
        id: fieldId('team'),
        autocomplete: 'off',
        'data-control': 'team-name',
        ...(code === '' ? {} : { 'data-autofocus': '' }),
      },
    });
    teamInput.value = this._context?.team ?? '';
    const codeError = el('p', { className: 'join-error', attrs: { 'data-error': 'code' } });
    const teamError = el('p', { className: 'join-error', attrs: { 'data-error': 'team' } });
    const show = (target: HTMLElement, input: HTMLInputElement, text: TextSpec | undefined) => {
      target.replaceChildren(...(text === undefined ? [] : [el('span', { text })]));
      input.setAttribute('aria-invalid', String(text !== undefined));
    };
    const form = el('form', {
      className: 'join-form',
      attrs: { novalidate: '' },
      children: [
        el('p', { text: { key: 'workshop.join.intro' } }),
        field('workshop.join.code', 'workshop.join.codeHint', codeInput, codeError),
        field('workshop.join.team', 'workshop.join.teamHint', teamInput, teamError),
        el('div', {
          className: 'panel-actions',
          children: [
            el('button', {
              className: 'primary-button',
              text: { key: 'workshop.join.submit' },
              attrs: { type: 'submit', 'data-action': 'join' },
            }),
          ],
        }),
      ],
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const read = readSessionCode(codeInput.value);
      const teamProblem = teamNameText(teamInput.value);
      show(codeError, codeInput, read.ok ? undefined : read.problem);
      show(teamError, teamInput, teamProblem);
      if (!read.ok) {
        focusInView(codeInput);
        return;
      }
      if (teamProblem !== undefined) {
        focusInView(teamInput);
        return;
      }
      this._host.join(read.code, read.session, teamName(teamInput.value) ?? '');
    });
    this._body.replaceChildren(form);
  }

  private _showJoined(context: TeamContext): void {
    const headingId = fieldId('code');
    const { session } = context;
    const levels = session.levels.map((id) => {
      const level = this._levels.get(id);
      return el('li', {
        children: [
          el('button', {
            className: 'menu-button',
            attrs: { type: 'button', 'data-action': 'play-session-level', 'data-level': id },
            text:
              level === undefined
                ? { key: 'workshop.join.play' }
                : { key: level.titleKey, namespace: levelNamespace(id) },
            onClick: () => this._host.play(id),
          }),
        ],
      });
    });
    const first = levels[0]?.querySelector('button');
    first?.setAttribute('data-autofocus', '');
    this._body.replaceChildren(
      el('p', {
        className: 'join-team',
        attrs: { 'data-team': context.team },
        text: { key: 'workshop.join.joined', params: { team: context.team } },
      }),
      el('p', {
        className: 'section-label',
        text: { key: 'workshop.code.label' },
        attrs: { id: headingId },
      }),
      codeBlock(context.code, 'session-code', headingId),
      el('p', {
        text:
          session.minutes === null
            ? { key: 'workshop.join.noLimit' }
            : { key: 'workshop.join.limit', params: { minutes: session.minutes } },
      }),
      el('h3', { className: 'section-label', text: { key: 'workshop.join.levels' } }),
      el('ol', { className: 'join-levels', children: levels }),
      el('div', {
        className: 'panel-actions',
        children: [
          el('button', {
            className: 'menu-button',
            text: { key: 'workshop.join.other' },
            attrs: { type: 'button', 'data-action': 'join-other' },
            onClick: () => {
              this._showForm('');
              const input = this.root.querySelector<HTMLElement>('[data-control="session-code"]');
              if (input !== null) {
                focusInView(input);
              }
            },
          }),
          el('button', {
            className: 'menu-button',
            text: { key: 'workshop.join.leave' },
            attrs: { type: 'button', 'data-action': 'leave-workshop' },
            onClick: () => this._host.leave(),
          }),
        ],
      }),
    );
  }
}

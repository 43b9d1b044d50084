import { DEFENSES, type Language, LANGUAGES, type Level } from '../../core';
import {
  encodeSession,
  makeSession,
  MAX_SESSION_BUDGET,
  MAX_SESSION_MINUTES,
  type SessionProblem,
  type WorkshopSession,
} from '../../core/workshop';
import { levelNamespace } from '../../levels/level-text';
import type { WorkshopDraft } from '../../session/workshop-context';
import { paperPanel } from '../components/panel';
import { el, type TextSpec, type UiKey } from '../dom';
import { codeBlock, copyText, joinLink } from './code-text';
import { qrBox } from './qr';
import './workshop.css';

/** A campaign level the facilitator can put in the session. */
export interface WorkshopLevelChoice {
  readonly id: string;
  readonly level: Level;
}

/** The printables the workshop screen links to. */
export type PrintSheet = 'cards' | 'worksheet' | 'facilitator';

/** What the workshop screen asks of its scene. */
export interface WorkshopHost {
  /** Every change of the set-up that is a set-up (kept for the next visit). */
  changed(draft: WorkshopDraft): void;
  /** Opens the facilitator's board for the session. */
  board(code: string): void;
  /** Opens a printable; `level` for a facilitator sheet. */
  print(sheet: PrintSheet, code: string, level?: string): void;
  back(): void;
  /** A fresh seed (from the browser's cryptographic generator). */
  freshSeed(): number;
  /** This page's address, for the join link. */
  pageAddress(): string;
}

/** What a set-up problem says on the screen (core's reason, in words). */
export function sessionProblemText(problem: SessionProblem): TextSpec {
  switch (problem.kind) {
    case 'no-levels':
    case 'unknown-level':
      return { key: 'workshop.levels.none' };
    case 'bad-seed':
      return { key: 'workshop.seed.invalid' };
    case 'bad-budget':
      return { key: 'workshop.budget.invalid', params: { max: MAX_SESSION_BUDGET } };
    case 'no-cards':
    case 'unknown-card':
      return { key: 'workshop.cards.none' };
    case 'bad-minutes':
      return { key: 'workshop.minutes.invalid', params: { max: MAX_SESSION_MINUTES } };
  }
}

/**
 * Reads a whole number typed in a field: digits only (spaces around are allowed), else NaN, so
 * that "12abc" or "1e3" is refused by core's check rather than read as something else.
 */
export function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A first set-up: every level, a new seed, each level's own budget and cards, no time limit. */
export function defaultDraft(
  levels: readonly string[],
  seed: number,
  language: Language,
): WorkshopDraft {
  return { levels, seed, budget: null, cards: null, language, minutes: null };
}

let fieldCount = 0;

/** A unique id for a form control of this screen. */
function fieldId(name: string): string {
  fieldCount += 1;
  return `workshop-${name}-${String(fieldCount)}`;
}

function checkOption(input: HTMLInputElement, text: TextSpec): HTMLElement {
  const id = input.id === '' ? fieldId('option') : input.id;
  input.id = id;
  return el('div', {
    className: 'workshop-option',
    children: [input, el('label', { text, attrs: { for: id } })],
  });
}

function fieldset(legend: UiKey, name: string, children: readonly Node[]): HTMLElement {
  return el('fieldset', {
    className: 'workshop-fieldset',
    attrs: { 'data-field': name },
    children: [el('legend', { className: 'section-label', text: { key: legend } }), ...children],
  });
}

function hint(key: UiKey): HTMLElement {
  return el('p', { className: 'workshop-hint', text: { key } });
}

function input(type: string, attrs: Record<string, string>): HTMLInputElement {
  return el('input', { attrs: { type, ...attrs } });
}

/**
 * The facilitator's workshop screen: the set-up on one side (levels, seed, budget, cards,
 * language, time limit), and on the other the session code core makes from it, its QR code and
 * join link, and the ways to the board and the printables. Every change makes the code anew; a
 * set-up core refuses shows core's reason instead of a code.
 */
export class WorkshopView {
  readonly root: HTMLElement;
  private readonly _levelBoxes: HTMLInputElement[];
  private readonly _seed: HTMLInputElement;
  private readonly _budgetOwn: HTMLInputElement;
  private readonly _budget: HTMLInputElement;
  private readonly _cardsOwn: HTMLInputElement;
  private readonly _cardBoxes: HTMLInputElement[];
  private readonly _languages: HTMLInputElement[];
  private readonly _minutes: HTMLInputElement;
  private readonly _output = el('div', { className: 'workshop-output' });
  private readonly _status = el('p', {
    className: 'workshop-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  private _code: string | undefined;

  constructor(
    private readonly _levels: readonly WorkshopLevelChoice[],
    draft: WorkshopDraft,
    private readonly _host: WorkshopHost,
  ) {
    this._levelBoxes = _levels.map((choice) => {
      const box = input('checkbox', { 'data-level': choice.id, name: 'workshop-level' });
      box.checked = draft.levels.includes(choice.id);
      return box;
    });
    this._seed = input('text', {
      id: fieldId('seed'),
      inputmode: 'numeric',
      autocomplete: 'off',
      'data-control': 'seed',
    });
    this._seed.value = String(draft.seed);
    const budgetName = fieldId('budget-kind');
    this._budgetOwn = input('radio', {
      name: budgetName,
      value: 'own',
      'data-control': 'budget-own',
    });
    const budgetFixed = input('radio', {
      name: budgetName,
      value: 'fixed',
      'data-control': 'budget-fixed',
    });
    this._budgetOwn.checked = draft.budget === null;
    budgetFixed.checked = draft.budget !== null;
    this._budget = input('number', {
      id: fieldId('budget'),
      min: '0',
      max: String(MAX_SESSION_BUDGET),
      step: '1',
      inputmode: 'numeric',
      'data-control': 'budget',
    });
    this._budget.value = String(draft.budget ?? 6);
    const cardsName = fieldId('cards-kind');
    this._cardsOwn = input('radio', { name: cardsName, value: 'own', 'data-control': 'cards-own' });
    const cardsChosen = input('radio', {
      name: cardsName,
      value: 'chosen',
      'data-control': 'cards-chosen',
    });
    this._cardsOwn.checked = draft.cards === null;
    cardsChosen.checked = draft.cards !== null;
    this._cardBoxes = DEFENSES.map((card) => {
      const box = input('checkbox', { 'data-card': card });
      box.checked = draft.cards === null || draft.cards.includes(card);
      return box;
    });
    const languageName = fieldId('language');
    this._languages = LANGUAGES.map((language) => {
      const radio = input('radio', { name: languageName, value: language, lang: language });
      radio.checked = draft.language === language;
      return radio;
    });
    this._minutes = input('number', {
      id: fieldId('minutes'),
      min: '1',
      max: String(MAX_SESSION_MINUTES),
      step: '1',
      inputmode: 'numeric',
      'data-control': 'minutes',
    });
    this._minutes.value = draft.minutes === null ? '' : String(draft.minutes);

    const form = el('form', {
      className: 'workshop-setup',
      attrs: { novalidate: '' },
      children: [
        this._levelField(),
        this._seedField(),
        fieldset('workshop.budget.heading', 'budget', [
          checkOption(this._budgetOwn, { key: 'workshop.budget.own' }),
          checkOption(budgetFixed, { key: 'workshop.budget.fixed' }),
          el('div', {
            className: 'workshop-inline',
            children: [
              el('label', {
                text: { key: 'workshop.budget.label' },
                attrs: { for: this._budget.id },
              }),
              this._budget,
            ],
          }),
        ]),
        fieldset('workshop.cards.heading', 'cards', [
          checkOption(this._cardsOwn, { key: 'workshop.cards.own' }),
          checkOption(cardsChosen, { key: 'workshop.cards.chosen' }),
          el('div', {
            className: 'workshop-cards',
            children: this._cardBoxes.map((box, index) =>
              checkOption(box, { key: `defense.${DEFENSES[index] ?? 'oversight'}.name` as const }),
            ),
          }),
        ]),
        fieldset('workshop.language.heading', 'language', [
          ...this._languages.map((radio) =>
            checkOption(radio, { key: `language.${radio.value as Language}` as const }),
          ),
          hint('workshop.language.hint'),
        ]),
        el('div', {
          className: 'workshop-fieldset',
          attrs: { 'data-field': 'minutes' },
          children: [
            el('label', {
              className: 'section-label',
              text: { key: 'workshop.minutes.label' },
              attrs: { for: this._minutes.id },
            }),
            this._minutes,
            hint('workshop.minutes.hint'),
          ],
        }),
      ],
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => this._update());
    form.addEventListener('change', () => this._update());

    this.root = paperPanel({
      headingKey: 'workshop.heading',
      className: 'workshop-panel wide-panel',
      onBack: () => _host.back(),
      children: [
        el('p', { className: 'workshop-intro', text: { key: 'workshop.intro' } }),
        el('div', {
          className: 'workshop-columns',
          children: [
            form,
            el('div', { className: 'workshop-side', children: [this._output, this._status] }),
          ],
        }),
      ],
    });
    this._update();
  }

  /** The session code of the set-up on screen, or undefined while core refuses the set-up. */
  get code(): string | undefined {
    return this._code;
  }

  private _levelField(): HTMLElement {
    return fieldset('workshop.levels.heading', 'levels', [
      hint('workshop.levels.hint'),
      el('div', {
        className: 'workshop-levels',
        children: this._levelBoxes.map((box, index) => {
          const choice = this._levels[index];
          return checkOption(
            box,
            choice === undefined
              ? { key: 'workshop.levels.heading' }
              : { key: choice.level.titleKey, namespace: levelNamespace(choice.id) },
          );
        }),
      }),
    ]);
  }

  private _seedField(): HTMLElement {
    const renew = el('button', {
      className: 'menu-button workshop-small-button',
      text: { key: 'workshop.seed.new' },
      attrs: { type: 'button', 'data-action': 'new-seed' },
      onClick: () => {
        this._seed.value = String(this._host.freshSeed());
        this._update();
      },
    });
    return fieldset('workshop.seed.heading', 'seed', [
      el('div', {
        className: 'workshop-inline',
        children: [
          el('label', { text: { key: 'workshop.seed.label' }, attrs: { for: this._seed.id } }),
          this._seed,
          renew,
        ],
      }),
      hint('workshop.seed.hint'),
    ]);
  }

  /** The set-up as the form says it (numbers that do not read are NaN, for core to refuse). */
  private _read(): WorkshopDraft {
    const minutes = this._minutes.value.trim();
    const language =
      this._languages.find((radio) => radio.checked)?.value ?? this._languages[0]?.value;
    return {
      levels: this._levels
        .filter((_, index) => this._levelBoxes[index]?.checked === true)
        .map((c) => c.id),
      seed: wholeNumber(this._seed.value),
      budget: this._budgetOwn.checked ? null : wholeNumber(this._budget.value),
      cards: this._cardsOwn.checked
        ? null
        : DEFENSES.filter((_, index) => this._cardBoxes[index]?.checked === true),
      language: LANGUAGES.find((candidate) => candidate === language) ?? 'en',
      minutes: minutes === '' ? null : wholeNumber(minutes),
    };
  }

  private _update(): void {
    this._budget.disabled = this._budgetOwn.checked;
    for (const box of this._cardBoxes) {
      box.disabled = this._cardsOwn.checked;
    }
    const draft = this._read();
    const made = makeSession(draft);
    if (!made.ok) {
      this._showProblem(made.error);
      return;
    }
    this._host.changed(made.value);
    const code = encodeSession(made.value);
    if (code !== this._code) {
      this._showCode(code, made.value);
    }
  }

  private _showProblem(problem: SessionProblem): void {
    this._code = undefined;
    this._output.replaceChildren(
      el('h3', { className: 'section-label', text: { key: 'workshop.code.heading' } }),
      el('p', {
        className: 'workshop-refused',
        attrs: { 'data-problem': problem.kind },
        text: sessionProblemText(problem),
      }),
    );
    this.root.dataset.code = '';
  }

  private _showCode(code: string, session: WorkshopSession): void {
    this._code = code;
    const link = joinLink(this._host.pageAddress(), code);
    const headingId = fieldId('code-heading');
    const block = codeBlock(code, 'session-code', headingId);
    const linkField = input('text', {
      readonly: '',
      id: fieldId('link'),
      'data-control': 'join-link',
    });
    linkField.value = link;
    const copy = (text: string, fallback: Element): void => {
      void copyText(text, fallback).then((copied) => {
        this._status.replaceChildren(
          el('span', {
            text: { key: copied ? 'workshop.code.copied' : 'workshop.code.copyFailed' },
          }),
        );
      });
    };
    const levelPick = el('select', {
      attrs: { id: fieldId('sheet-level'), 'data-control': 'sheet-level' },
      children: session.levels.map((id) => {
        const choice = this._levels.find((candidate) => candidate.id === id);
        const option = el('option', {
          attrs: { value: id },
          ...(choice === undefined
            ? {}
            : { text: { key: choice.level.titleKey, namespace: levelNamespace(id) } }),
        });
        if (choice === undefined) {
          option.textContent = id;
        }
        return option;
      }),
    });
    this._output.replaceChildren(
      el('h3', {
        className: 'section-label',
        text: { key: 'workshop.code.heading' },
        attrs: { id: headingId },
      }),
      block,
      hint('workshop.code.hint'),
      el('div', {
        className: 'workshop-buttons',
        children: [
          el('button', {
            className: 'menu-button',
            text: { key: 'workshop.code.copy' },
            attrs: { type: 'button', 'data-action': 'copy-code' },
            onClick: () => copy(code, block),
          }),
        ],
      }),
      qrBox(link, 'workshop.code.qr', 'workshop.code.qrFailed'),
      el('div', {
        className: 'workshop-link',
        children: [
          el('label', { text: { key: 'workshop.code.link' }, attrs: { for: linkField.id } }),
          linkField,
          el('button', {
            className: 'menu-button workshop-small-button',
            text: { key: 'workshop.code.copyLink' },
            attrs: { type: 'button', 'data-action': 'copy-link' },
            onClick: () => copy(link, linkField),
          }),
        ],
      }),
      el('div', {
        className: 'workshop-buttons',
        children: [
          el('button', {
            className: 'primary-button',
            text: { key: 'workshop.actions.board' },
            attrs: { type: 'button', 'data-action': 'open-board' },
            onClick: () => this._host.board(code),
          }),
        ],
      }),
      el('h3', { className: 'section-label', text: { key: 'workshop.actions.printHeading' } }),
      el('div', {
        className: 'workshop-buttons',
        children: [
          el('button', {
            className: 'menu-button',
            text: { key: 'workshop.actions.cards' },
            attrs: { type: 'button', 'data-action': 'print-cards' },
            onClick: () => this._host.print('cards', code),
          }),
          el('button', {
            className: 'menu-button',
            text: { key: 'workshop.actions.worksheet' },
            attrs: { type: 'button', 'data-action': 'print-worksheet' },
            onClick: () => this._host.print('worksheet', code),
          }),
        ],
      }),
      el('div', {
        className: 'workshop-link',
        children: [
          el('label', {
            text: { key: 'workshop.actions.facilitatorLevel' },
            attrs: { for: levelPick.id },
          }),
          levelPick,
          el('button', {
            className: 'menu-button workshop-small-button',
            text: { key: 'workshop.actions.facilitator' },
            attrs: { type: 'button', 'data-action': 'print-facilitator' },
            onClick: () => this._host.print('facilitator', code, levelPick.value),
          }),
        ],
      }),
    );
    this.root.dataset.code = code;
  }
}

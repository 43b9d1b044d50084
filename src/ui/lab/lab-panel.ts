import {
  type AssumptionValues,
  chipOf,
  conditionKey,
  conditionsWithRate,
  type Condition,
  type DefenseId,
  type Level,
  MODELS,
  type ModelName,
  OUTCOME_CLASSES,
  OUTCOMES,
  type Probability,
} from '../../core';
import {
  encodeLabSetup,
  type LabExact,
  type LabExactCell,
  type LabLevelExact,
  type LabLevelCell,
  type LabNotice,
  type LabSetup,
  labCondition,
  labExact,
  labLoadoutView,
  LAB_ASSUMPTION_LIMITS,
  MAX_LAB_LOADOUTS,
  MIN_LAB_LOADOUTS,
  addLabLoadout,
  removeLabLoadout,
  renameLabLoadout,
  toggleLabDefense,
  toggleLabModel,
  withLabAssumption,
  withLabSubject,
} from '../../core/lab';
import { levelNamespace } from '../../levels/level-text';
import { defenseHand } from '../components/defense-hand';
import { hoursText } from '../components/cost-meter';
import { formatNumber, percentIn } from '../components/format';
import { probabilityChip } from '../components/provenance-chip';
import { whyPanel } from '../components/odds-view';
import { paperPanel } from '../components/panel';
import { bindText, el, focusInView, translate, type TextParams, type UiKey } from '../dom';
import './lab.css';
import { labelCells, labelRow } from './table-labels';
import { nextTask } from '../yield';

/** A playable level the Lab can compare loadouts on. */
export interface LabLevelChoice {
  readonly id: string;
  readonly level: Level;
}

/**
 * The levels the Lab offers: all of them, or a way to read them when first needed (the Lab
 * opened on a study condition reads no level until its level picker is used).
 */
export type LabLevels = readonly LabLevelChoice[] | (() => Promise<readonly LabLevelChoice[]>);

/** What the Lab screen asks of its scene. */
export interface LabHost {
  /** Every change of the set-up, to keep the page address in step. */
  setupChanged(setup: LabSetup): void;
  back(): void;
  /**
   * A level's exact figures. Working a level through takes up to a few hundred milliseconds, so
   * the screen asks the worker for them instead of blocking the page.
   */
  levelExact(setup: LabSetup, level: Level): Promise<LabLevelExact>;
}

const ASSUMPTIONS: readonly (keyof AssumptionValues)[] = [
  'catchRate',
  'detectionRate',
  'falseAlarmRate',
  'reviewMinutes',
];

/** A probability assumption moves in steps of one percentage point; review time in minutes. */
const STEP: Readonly<Record<keyof AssumptionValues, number>> = {
  catchRate: 0.01,
  detectionRate: 0.01,
  falseAlarmRate: 0.01,
  reviewMinutes: 1,
};

/** The slider's range for review time: the setting allows more, typed in the number box. */
const REVIEW_SLIDER_MAX = 60;

/** A condition's readable name: scenario · goal · threat. */
export function conditionText(condition: Condition): string {
  const goal =
    condition.goalType === 'explicit' || condition.goalType === 'latent'
      ? translate(`goal.${condition.goalType}`, {
          value: { key: `goal.value.${condition.goalValue}` as const },
        })
      : translate(`goal.${condition.goalType}`);
  return [
    translate(`scenario.${condition.scenario}`),
    goal,
    translate(`urgency.${condition.urgency}`),
  ].join(' · ');
}

/** A loadout's name for the screen: its own name, else its cards, else "no cards". */
export function loadoutName(setup: LabSetup, index: number): string {
  const loadout = setup.loadouts[index];
  if (loadout === undefined) {
    return '';
  }
  if (loadout.name !== undefined && loadout.name !== '') {
    return loadout.name;
  }
  return loadout.defenses.length === 0
    ? translate('lab.noCards')
    : loadout.defenses.map((id) => translate(`defense.${id}.name`)).join(' + ');
}

/** The letter of a loadout (A, B, C, D): a name that stays when cards change. */
export function loadoutLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * Brings a control that took the focus back into view if the page moved it out. The Lab's
 * sections are laid out only near the screen (lab.css), so the browser scrolls a far control into
 * view by the sizes the sections were given, and the sections it passes then take their own
 * height and push it away. Checked after each of a few frames, until it stays.
 */
function keepInSight(target: EventTarget | null, frames = 4): void {
  if (!(target instanceof HTMLElement) || frames === 0) {
    return;
  }
  requestAnimationFrame(() => {
    if (document.activeElement !== target) {
      return;
    }
    const box = target.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      focusInView(target);
    }
    keepInSight(target, frames - 1);
  });
}

/** Sets an element's text only when it differs, so an unchanged figure is not laid out again. */
function setText(element: Element, content: string): void {
  if (element.textContent !== content) {
    element.textContent = content;
  }
}

/** Sets an attribute only when it differs. */
function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

function text(content: string, tag: 'span' | 'td' | 'th' | 'p' = 'span'): HTMLElement {
  const node = el(tag);
  node.textContent = content;
  return node;
}

/**
 * The Strategy Lab's set-up and exact results. It holds the set-up, sends every change to core
 * (src/core/lab/edit.ts) and rebuilds only the part that changed; sampling, charts and exports
 * are attached by {@link attachLabRuns} (lab-runs.ts).
 */
export class LabView {
  readonly root: HTMLElement;
  private _setup: LabSetup;
  private _levels: readonly LabLevelChoice[];
  /** Reads the levels, until they are read (see {@link LabLevels}). */
  private _loadLevels: (() => Promise<readonly LabLevelChoice[]>) | undefined;
  private readonly _host: LabHost;
  private readonly _subject = el('div', { className: 'lab-subject' });
  private readonly _models = el('div', { className: 'lab-models' });
  private readonly _loadouts = el('div', { className: 'lab-loadouts' });
  private readonly _assumptions = el('div', { className: 'lab-assumptions' });
  private readonly _exact = el('div', { className: 'lab-exact', attrs: { 'aria-live': 'polite' } });
  /** Called after every change, with the new set-up (sampling, charts, address). */
  private readonly _listeners: ((setup: LabSetup) => void)[] = [];
  /** The sections after the exact results: sample, charts, share. */
  readonly extra = el('div', { className: 'lab-extra' });

  constructor(setup: LabSetup, notices: readonly LabNotice[], levels: LabLevels, host: LabHost) {
    if (typeof levels === 'function') {
      this._levels = [];
      this._loadLevels = levels;
    } else {
      this._levels = levels;
    }
    this._host = host;
    this._setup = this._valid(setup);
    const intro = el('p', { className: 'lab-intro', text: { key: 'lab.intro' } });
    const caveat = el('p', { className: 'lab-caveat', text: { key: 'lab.caveat' } });
    this.root = paperPanel({
      headingKey: 'lab.heading',
      className: 'lab-panel wide-panel',
      onBack: () => host.back(),
      children: [
        intro,
        caveat,
        ...this._notices(notices),
        el('div', {
          className: 'lab-setup',
          children: [
            this._section('lab-subject-heading', 'lab.subject.heading', this._subject),
            this._section('lab-models-heading', 'lab.models.heading', this._models),
            this._section('lab-loadouts-heading', 'lab.loadouts.heading', this._loadouts),
            this._section('lab-assumptions-heading', 'lab.assumptions.heading', this._assumptions),
          ],
        }),
        this._section('lab-exact-heading', 'lab.exact.heading', this._exact),
        this.extra,
      ],
    });
    this.root.addEventListener('focusin', (event) => keepInSight(event.target));
    this._renderAll();
  }

  /** The set-up on screen. */
  get setup(): LabSetup {
    return this._setup;
  }

  /** The level the set-up names, if it is one. */
  get level(): Level | undefined {
    const { subject } = this._setup;
    return subject.kind === 'level'
      ? this._levels.find((choice) => choice.id === subject.level)?.level
      : undefined;
  }

  /** The exact figures of the set-up on screen (a level's come from the worker). */
  async exact(): Promise<LabExact | LabLevelExact> {
    const setup = this._setup;
    const level = this.level;
    if (level === undefined) {
      return this._conditionExact(setup);
    }
    const key = encodeLabSetup(setup);
    if (this._levelExact?.key !== key) {
      this._levelExact = { key, figures: this._host.levelExact(setup, level) };
    }
    return this._levelExact.figures;
  }

  /**
   * A study condition's exact figures, worked out once per set-up (the table and the charts both
   * show them; each working-out takes tens of milliseconds on a slow machine).
   */
  private _conditionExact(setup: LabSetup): LabExact {
    if (this._lastConditionExact?.setup !== setup) {
      this._lastConditionExact = { setup, exact: labExact(setup) };
    }
    return this._lastConditionExact.exact;
  }

  private _lastConditionExact: { setup: LabSetup; exact: LabExact } | undefined;

  /** The last level figures asked for, by the set-up's address. */
  private _levelExact: { key: string; figures: Promise<LabLevelExact> } | undefined;
  /** Bumped on every render: figures that come back for an older set-up are not shown. */
  private _exactGeneration = 0;

  /** Listens to every change of the set-up. */
  onChange(listener: (setup: LabSetup) => void): void {
    this._listeners.push(listener);
  }

  /** Replaces the set-up (a change made on screen, through core). */
  update(
    next: LabSetup,
    parts: readonly ('subject' | 'models' | 'loadouts' | 'assumptions' | number)[],
  ): void {
    if (next === this._setup) {
      return;
    }
    this._setup = next;
    for (const part of parts) {
      if (part === 'subject') this._renderSubject();
      if (part === 'models') this._renderModels();
      if (part === 'loadouts') this._renderLoadouts();
      if (part === 'assumptions') this._renderAssumptions();
      // A number: that one loadout changed (a card toggled); the others stay as they are.
      if (typeof part === 'number') this._renderLoadout(part);
    }
    // The figures follow in a task of their own: the change the player made shows first, and
    // neither part holds the page long.
    this._scheduleExact();
    this._host.setupChanged(next);
    for (const listener of this._listeners) {
      listener(next);
    }
  }

  /** A set-up whose level is unknown here falls back to the default condition. */
  private _valid(setup: LabSetup): LabSetup {
    const { subject } = setup;
    if (subject.kind === 'level') {
      const choice = this._levels.find((candidate) => candidate.id === subject.level);
      if (choice === undefined) {
        this._unknownLevel = subject.level;
        return withLabSubject(setup, {
          kind: 'condition',
          scenario: 'blackmail',
          goal: { type: 'explicit', value: 'america' },
          urgency: 'replacement',
        });
      }
      return withLabSubject(setup, subject, choice.level);
    }
    return setup;
  }

  private _unknownLevel: string | undefined;

  private _notices(notices: readonly LabNotice[]): HTMLElement[] {
    const items = notices.map((notice) =>
      el('li', {
        attrs: { 'data-notice': notice.kind },
        text: {
          key: `lab.notice.${notice.kind}`,
          params: {
            parameter: notice.parameter,
            value: notice.value,
            used: notice.used ?? '',
          },
        },
      }),
    );
    if (this._unknownLevel !== undefined) {
      items.push(
        el('li', {
          attrs: { 'data-notice': 'unknown-level' },
          text: { key: 'lab.notice.unknown-level', params: { value: this._unknownLevel } },
        }),
      );
    }
    if (items.length === 0) {
      return [];
    }
    return [
      el('div', {
        className: 'lab-notices',
        attrs: { role: 'status' },
        children: [el('p', { text: { key: 'lab.notice.heading' } }), el('ul', { children: items })],
      }),
    ];
  }

  private _section(id: string, key: UiKey, body: HTMLElement): HTMLElement {
    return el('section', {
      className: 'lab-section',
      attrs: { 'aria-labelledby': id },
      children: [el('h3', { className: 'section-label', text: { key }, attrs: { id } }), body],
    });
  }

  private _renderAll(): void {
    this._renderSubject();
    this._renderModels();
    this._exact.replaceChildren(
      el('p', { className: 'lab-hint', text: { key: 'lab.exact.computing' } }),
    );
    // Opening is three short tasks, not one long one: the subject and models first, then the
    // loadouts and assumptions, then the figures.
    setTimeout(() => {
      this._renderAssumptions();
      this._scheduleExact();
      this._renderLoadoutsInTurn();
    }, 0);
  }

  /** Draws the exact figures in the next task (one draw for any number of changes before it). */
  private _scheduleExact(): void {
    if (this._exactTimer !== undefined) {
      return;
    }
    this._exactTimer = setTimeout(() => {
      this._exactTimer = undefined;
      this._renderExact();
    }, 0);
  }

  private _exactTimer: ReturnType<typeof setTimeout> | undefined;

  // --- subject -----------------------------------------------------------------------------

  private _renderSubject(): void {
    const { subject } = this._setup;
    const kinds = (['condition', 'level'] as const).map((kind) => {
      const id = `lab-subject-${kind}`;
      const input = el('input', {
        attrs: { id, type: 'radio', name: 'lab-subject', value: kind, 'data-control': 'subject' },
      });
      input.checked = subject.kind === kind;
      if (kind === 'level' && this._levels.length === 0 && this._loadLevels === undefined) {
        input.disabled = true;
      }
      input.addEventListener('change', () => this._switchKind(kind));
      return el('div', {
        className: 'radio-option',
        children: [
          input,
          el('label', { text: { key: `lab.subject.${kind}` }, attrs: { for: id } }),
        ],
      });
    });
    const picker = subject.kind === 'condition' ? this._conditionPicker() : this._levelPicker();
    this._subject.replaceChildren(
      el('fieldset', {
        className: 'lab-subject-kind',
        children: [
          el('legend', { className: 'sr-only', text: { key: 'lab.subject.heading' } }),
          ...kinds,
        ],
      }),
      picker,
    );
  }

  private _switchKind(kind: 'condition' | 'level'): void {
    if (kind === 'condition') {
      const condition = conditionsWithRate()[0];
      const subject =
        condition === undefined
          ? this._setup.subject
          : ({
              kind: 'condition',
              scenario: condition.scenario,
              goal: { type: condition.goalType, value: condition.goalValue },
              urgency: condition.urgency,
            } as const);
      if (subject.kind === 'condition') {
        this._switchSubject(withLabSubject(this._setup, subject));
      }
      return;
    }
    if (this._loadLevels !== undefined) {
      void this._readLevels();
      return;
    }
    const first = this._levels[0];
    if (first !== undefined) {
      this._chooseLevel(first);
    }
  }

  /**
   * The level picker's first use: the levels are read (one per task), then the first is chosen,
   * unless the player went back to a condition meanwhile.
   */
  private async _readLevels(): Promise<void> {
    const load = this._loadLevels;
    if (load === undefined || this._subject.getAttribute('aria-busy') === 'true') {
      return;
    }
    this._subject.setAttribute('aria-busy', 'true');
    // A level that cannot be read leaves the picker without levels (its radio disabled).
    const levels = await load().catch((): readonly LabLevelChoice[] => []);
    this._subject.removeAttribute('aria-busy');
    this._levels = levels;
    this._loadLevels = undefined;
    const wanted = this._subject.querySelector<HTMLInputElement>('#lab-subject-level')?.checked;
    const first = levels[0];
    if (wanted === true && first !== undefined) {
      this._chooseLevel(first);
    } else {
      // No level after all (or the player chose a condition again): the picker says so.
      this._renderSubject();
    }
  }

  /** A new subject: its picker and models now, its loadouts' cards in the next task. */
  private _switchSubject(next: LabSetup): void {
    this.update(next, ['subject', 'models']);
    this._renderLoadoutsInTurn();
  }

  private _chooseLevel(choice: LabLevelChoice): void {
    const next = withLabSubject(this._setup, { kind: 'level', level: choice.id }, choice.level);
    this._switchSubject(next);
  }

  private _conditionPicker(): HTMLElement {
    const { subject } = this._setup;
    const current = subject.kind === 'condition' ? conditionKey(labCondition(subject)) : '';
    const select = el('select', {
      attrs: { id: 'lab-condition', 'data-control': 'condition' },
    });
    const conditions = conditionsWithRate();
    const byScenario = new Map<string, Condition[]>();
    for (const condition of conditions) {
      byScenario.set(condition.scenario, [
        ...(byScenario.get(condition.scenario) ?? []),
        condition,
      ]);
    }
    for (const [scenario, list] of byScenario) {
      const group = el('optgroup');
      group.label = translate(`scenario.${scenario as Condition['scenario']}`);
      for (const condition of list) {
        const option = el('option');
        option.value = conditionKey(condition);
        option.textContent = conditionText(condition);
        option.selected = option.value === current;
        group.append(option);
      }
      select.append(group);
    }
    if (subject.kind === 'condition' && !conditions.some((c) => conditionKey(c) === current)) {
      // A condition from a link that the study did not run: shown, so the table can say why.
      const option = el('option');
      option.value = current;
      option.textContent = `${conditionText(labCondition(subject))} — ${translate('lab.subject.notRun')}`;
      option.selected = true;
      select.prepend(option);
    }
    select.addEventListener('change', () => {
      const condition = conditions.find((candidate) => conditionKey(candidate) === select.value);
      if (condition !== undefined) {
        const next = withLabSubject(this._setup, {
          kind: 'condition',
          scenario: condition.scenario,
          goal: { type: condition.goalType, value: condition.goalValue },
          urgency: condition.urgency,
        });
        this.update(next, ['loadouts']);
      }
    });
    return el('div', {
      className: 'lab-field',
      children: [
        el('label', { text: { key: 'lab.subject.condition' }, attrs: { for: 'lab-condition' } }),
        select,
      ],
    });
  }

  private _levelPicker(): HTMLElement {
    const { subject } = this._setup;
    const select = el('select', { attrs: { id: 'lab-level', 'data-control': 'level' } });
    for (const choice of this._levels) {
      const option = el('option');
      option.value = choice.id;
      option.textContent = translate(
        choice.level.titleKey,
        undefined,
        levelNamespace(choice.level.id),
      );
      option.selected = subject.kind === 'level' && subject.level === choice.id;
      select.append(option);
    }
    select.addEventListener('change', () => {
      const choice = this._levels.find((candidate) => candidate.id === select.value);
      if (choice !== undefined) {
        this._chooseLevel(choice);
      }
    });
    return el('div', {
      className: 'lab-field',
      children: [
        el('label', { text: { key: 'lab.subject.level' }, attrs: { for: 'lab-level' } }),
        select,
        el('p', { className: 'lab-hint', text: { key: 'lab.subject.levelHint' } }),
      ],
    });
  }

  // --- models ------------------------------------------------------------------------------

  private _renderModels(): void {
    const level = this.level;
    const offered = level === undefined ? null : level.loadout.models;
    const boxes = MODELS.filter((info) => offered === null || offered.includes(info.name)).map(
      (info) => {
        const id = `lab-model-${info.slug}`;
        const input = el('input', {
          attrs: { id, type: 'checkbox', 'data-control': 'model', value: info.name },
        });
        input.checked = this._setup.models.includes(info.name);
        // The last model stays: core keeps at least one, and the box says so by not unticking.
        input.addEventListener('change', () => {
          const next = toggleLabModel(this._setup, info.name);
          input.checked = next.models.includes(info.name);
          this.update(next, ['loadouts']);
        });
        const label = el('label', { attrs: { for: id } });
        label.textContent = info.name;
        return el('li', { className: 'lab-model', children: [input, label] });
      },
    );
    this._models.replaceChildren(
      el('p', { className: 'lab-hint', text: { key: 'lab.models.hint' } }),
      el('ul', { className: 'lab-model-list', children: boxes }),
    );
  }

  // --- loadouts ----------------------------------------------------------------------------

  /** Bumped by every build of the loadouts: a build in turns stops when a newer one starts. */
  private _loadoutsGeneration = 0;

  /**
   * Builds the loadouts' cards one per task, each in the task after the last (a hand of cards
   * takes tens of milliseconds on a slow machine): the first when a subject is chosen or the Lab
   * opens. A change that rebuilds the loadouts at once takes over from it.
   */
  private _renderLoadoutsInTurn(): void {
    const generation = ++this._loadoutsGeneration;
    const row = el('div', { className: 'lab-loadout-row' });
    const next = (index: number): void => {
      setTimeout(() => {
        if (generation !== this._loadoutsGeneration) {
          return;
        }
        if (index >= this._setup.loadouts.length) {
          this._loadouts.replaceChildren(row, this._addButton());
          return;
        }
        row.append(this._loadoutCard(index));
        if (index === 0) {
          // The row shows as it fills; "Add a loadout" follows the last card.
          this._loadouts.replaceChildren(row);
        }
        next(index + 1);
      }, 0);
    };
    next(0);
  }

  private _renderLoadouts(): void {
    this._loadoutsGeneration += 1;
    const cards = this._setup.loadouts.map((_, index) => this._loadoutCard(index));
    this._loadouts.replaceChildren(
      el('div', { className: 'lab-loadout-row', children: cards }),
      this._addButton(),
    );
  }

  /** "Add a loadout": disabled at the most loadouts core allows. */
  private _addButton(): HTMLElement {
    const add = el('button', {
      className: 'menu-button',
      attrs: {
        type: 'button',
        'data-action': 'add-loadout',
        ...(this._setup.loadouts.length >= MAX_LAB_LOADOUTS ? { disabled: '' } : {}),
      },
      text: { key: 'lab.loadouts.add' },
      onClick: () => {
        this.update(addLabLoadout(this._setup), ['loadouts']);
        // The new loadout's name field takes the focus, ready to be named or tabbed past.
        const last = this._setup.loadouts.length - 1;
        this._loadouts.querySelector<HTMLElement>(`#lab-loadout-name-${last}`)?.focus();
      },
    });
    return add;
  }

  /** One loadout's card: its name, its hand of defense cards, and Remove. */
  private _loadoutCard(index: number): HTMLElement {
    const loadout = this._setup.loadouts[index] ?? { defenses: [] };
    const level = this.level;
    const view = labLoadoutView(this._setup, index, level);
    const letter = loadoutLetter(index);
    const nameId = `lab-loadout-name-${index}`;
    const name = el('input', {
      attrs: {
        id: nameId,
        type: 'text',
        maxlength: '60',
        'data-control': 'loadout-name',
        placeholder: loadoutName({ ...this._setup, loadouts: [{ defenses: loadout.defenses }] }, 0),
      },
    });
    name.value = loadout.name ?? '';
    name.addEventListener('change', () => {
      this.update(renameLabLoadout(this._setup, index, name.value), []);
      this._refreshLoadoutHeadings();
    });
    const remove = el('button', {
      className: 'chip-button',
      attrs: {
        type: 'button',
        'data-action': 'remove-loadout',
        ...(this._setup.loadouts.length <= MIN_LAB_LOADOUTS ? { disabled: '' } : {}),
      },
      text: { key: 'lab.loadouts.remove', params: { letter } },
      onClick: () => {
        this.update(removeLabLoadout(this._setup, index), ['loadouts']);
        // The button went with its loadout: the keyboard carries on from "Add a loadout".
        this._loadouts.querySelector<HTMLElement>('[data-action="add-loadout"]')?.focus();
      },
    });
    return el('article', {
      className: 'lab-loadout',
      attrs: { 'data-loadout': String(index), 'aria-labelledby': `lab-loadout-${index}` },
      children: [
        el('h4', {
          className: 'lab-loadout-heading',
          attrs: { id: `lab-loadout-${index}` },
          text: {
            key: 'lab.loadouts.title',
            params: { letter, name: loadoutName(this._setup, index) },
          },
        }),
        el('div', {
          className: 'lab-field',
          children: [
            el('label', { text: { key: 'lab.loadouts.name' }, attrs: { for: nameId } }),
            name,
          ],
        }),
        defenseHand(view.cards, (defense: DefenseId) => this._toggle(index, defense), {
          headingId: `lab-hand-${index}`,
          budget: view.budget,
          research: false,
        }),
        remove,
      ],
    });
  }

  /** Rebuilds one loadout's card in place. */
  private _renderLoadout(index: number): void {
    const old = this._loadouts.querySelector(`[data-loadout="${index}"]`);
    old?.replaceWith(this._loadoutCard(index));
  }

  private _refreshLoadoutHeadings(): void {
    this._setup.loadouts.forEach((_, index) => {
      const heading = this._loadouts.querySelector(`#lab-loadout-${index}`);
      if (heading !== null) {
        heading.textContent = translate('lab.loadouts.title', {
          letter: loadoutLetter(index),
          name: loadoutName(this._setup, index),
        });
      }
    });
  }

  private _toggle(index: number, defense: DefenseId): void {
    const next = toggleLabDefense(this._setup, index, defense, this.level);
    this.update(next, []);
    this._patchLoadout(index);
  }

  /**
   * Brings one loadout's card up to date in place: each card button keeps its node (and so the
   * focus, with no forced layout to restore it); its contents and state come from a fresh build.
   */
  private _patchLoadout(index: number): void {
    const old = this._loadouts.querySelector(`[data-loadout="${index}"]`);
    if (old === null) {
      return;
    }
    const fresh = this._loadoutCard(index);
    const oldHand = old.querySelector('.defense-hand');
    const freshHand = fresh.querySelector('.defense-hand');
    const oldButtons = [...old.querySelectorAll<HTMLButtonElement>('.defense-card')];
    const freshButtons = [...fresh.querySelectorAll<HTMLButtonElement>('.defense-card')];
    if (oldHand === null || freshHand === null || oldButtons.length !== freshButtons.length) {
      old.replaceWith(fresh);
      return;
    }
    freshButtons.forEach((button, at) => {
      const kept = oldButtons[at] as HTMLButtonElement;
      kept.setAttribute('aria-pressed', button.getAttribute('aria-pressed') ?? 'false');
      kept.disabled = button.disabled;
      kept.replaceChildren(...button.childNodes);
    });
    for (const part of ['.budget', '.token-row'] as const) {
      const was = oldHand.querySelector(part);
      const now = freshHand.querySelector(part);
      if (was !== null && now !== null) {
        was.replaceWith(now);
      }
    }
    const heading = old.querySelector('.lab-loadout-heading');
    const freshHeading = fresh.querySelector('.lab-loadout-heading');
    if (heading !== null && freshHeading !== null) {
      heading.replaceWith(freshHeading);
    }
    const name = old.querySelector<HTMLInputElement>('[data-control="loadout-name"]');
    const freshName = fresh.querySelector<HTMLInputElement>('[data-control="loadout-name"]');
    if (name !== null && freshName !== null) {
      name.placeholder = freshName.placeholder;
    }
  }

  // --- assumptions -------------------------------------------------------------------------

  private _renderAssumptions(): void {
    const rows = ASSUMPTIONS.map((name) => {
      const value = this._setup.assumptions[name];
      const id = `lab-assumption-${name}`;
      const isMinutes = name === 'reviewMinutes';
      const slider = el('input', {
        attrs: {
          id,
          type: 'range',
          min: '0',
          max: String(isMinutes ? REVIEW_SLIDER_MAX : LAB_ASSUMPTION_LIMITS[name]),
          step: String(STEP[name]),
          'data-assumption': name,
        },
      });
      slider.value = String(Math.min(value, isMinutes ? REVIEW_SLIDER_MAX : 1));
      const box = el('input', {
        attrs: {
          type: 'number',
          min: '0',
          max: String(isMinutes ? LAB_ASSUMPTION_LIMITS[name] : 100),
          step: isMinutes ? '1' : '0.1',
          inputmode: 'decimal',
          'data-assumption-value': name,
          'aria-label': translate(`lab.assumptions.${name}.box`),
        },
      });
      box.value = String(isMinutes ? value : Math.round(value * 10000) / 100);
      const output = el('output', { attrs: { for: id, 'data-assumption-shown': name } });
      output.textContent = isMinutes
        ? translate('lab.assumptions.minutes', { count: value, minutes: formatNumber(value, 1) })
        : percentIn('figure', value);
      const apply = (raw: number, from: 'slider' | 'box'): void => {
        const next = withLabAssumption(
          this._setup,
          name,
          isMinutes || from === 'slider' ? raw : raw / 100,
        );
        const shown = next.assumptions[name];
        if (from === 'box' || shown !== raw) {
          slider.value = String(Math.min(shown, isMinutes ? REVIEW_SLIDER_MAX : 1));
        }
        box.value = String(isMinutes ? shown : Math.round(shown * 10000) / 100);
        output.textContent = isMinutes
          ? translate('lab.assumptions.minutes', { count: shown, minutes: formatNumber(shown, 1) })
          : percentIn('figure', shown);
        this.update(next, []);
      };
      slider.addEventListener('input', () => apply(Number(slider.value), 'slider'));
      box.addEventListener('change', () => apply(Number(box.value), 'box'));
      return el('div', {
        className: 'lab-assumption',
        attrs: { 'data-assumption-row': name },
        children: [
          el('label', { text: { key: `lab.assumptions.${name}.label` }, attrs: { for: id } }),
          el('span', {
            className: 'provenance-chip provenance-assumption',
            attrs: { 'data-provenance': 'assumption' },
            children: [
              el('span', { className: 'chip-shape', attrs: { 'aria-hidden': 'true' } }),
              el('span', { className: 'chip-label', text: { key: 'provenance.assumption' } }),
            ],
          }),
          slider,
          box,
          output,
          el('p', { className: 'lab-hint', text: { key: `lab.assumptions.${name}.hint` } }),
        ],
      });
    });
    this._assumptions.replaceChildren(
      el('p', { className: 'lab-hint', text: { key: 'lab.assumptions.note' } }),
      ...rows,
    );
  }

  // --- exact results -----------------------------------------------------------------------

  private _renderExact(): void {
    const generation = ++this._exactGeneration;
    if (this.level === undefined) {
      // Computed in this task, shown in the next: each is tens of milliseconds on a slow machine.
      const exact = this._conditionExact(this._setup);
      void nextTask().then(() => {
        if (generation === this._exactGeneration) {
          this._showExact(exact);
        }
      });
      return;
    }
    this._exact.dataset.state = 'computing';
    this._exact.replaceChildren(
      el('p', { className: 'lab-hint', text: { key: 'lab.exact.computing' } }),
    );
    void this.exact().then((exact) => {
      if (generation === this._exactGeneration) {
        this._showExact(exact);
      }
    });
  }

  private _showExact(exact: LabExact | LabLevelExact): void {
    this._exact.dataset.state = 'ready';
    if (exact.kind === 'condition' && this._patchConditionTable(exact)) {
      return;
    }
    this._exact.replaceChildren(
      el('p', {
        className: 'lab-hint',
        text: {
          key: exact.kind === 'condition' ? 'lab.exact.hintCondition' : 'lab.exact.hintLevel',
        },
      }),
      exact.kind === 'condition' ? this._conditionTable(exact) : this._levelTable(exact),
    );
  }

  private _headRow(columns: readonly HTMLElement[]): HTMLElement {
    return el('thead', { children: [el('tr', { children: columns })] });
  }

  private _th(key: UiKey, params?: TextParams): HTMLElement {
    return el('th', { attrs: { scope: 'col' }, text: { key, params } });
  }

  private _rowName(index: number): string {
    return `${loadoutLetter(index)} · ${loadoutName(this._setup, index)}`;
  }

  private _rowHead(index: number, model: ModelName): HTMLElement[] {
    const loadout = el('th', { attrs: { scope: 'row' } });
    loadout.textContent = this._rowName(index);
    return [loadout, text(model, 'td')];
  }

  private _conditionTable(exact: LabExact): HTMLElement {
    const head = this._headRow([
      this._th('lab.table.loadout'),
      this._th('lab.table.model'),
      ...OUTCOMES.map((outcome) => this._th(`lab.outcome.${outcome}`)),
      this._th('lab.table.cost'),
    ]);
    const rows = exact.cells.map((cell) => this._conditionRow(cell));
    return el('div', {
      className: 'lab-table-wrap',
      attrs: { tabindex: '0', role: 'region', 'aria-labelledby': 'lab-exact-heading' },
      children: [
        labelCells(
          el('table', {
            className: 'lab-table',
            attrs: { 'data-table': 'exact', 'data-kind': 'condition' },
            children: [
              el('caption', { className: 'sr-only', text: { key: 'lab.exact.caption' } }),
              head,
              el('tbody', { children: rows }),
            ],
          }),
        ),
      ],
    });
  }

  /**
   * What a condition row is built of, apart from its figures: a row whose shape is unchanged can
   * take new figures in place (see {@link _patchConditionTable}).
   */
  private _shapeOf(cell: LabExactCell): string {
    const where = `${String(cell.loadout)}|${cell.model}`;
    if (!cell.ok) {
      return `${where}|missing|${JSON.stringify(cell.reason)}`;
    }
    const figures = OUTCOMES.map((outcome) => {
      const probability = cell.odds.outcomes[outcome];
      const chip = chipOf(probability);
      return `${chip.tag}${chip.secondHand ? '2' : ''}${probability.interval === null ? '' : 'i'}`;
    });
    return `${where}|${figures.join(',')}`;
  }

  /** The shape each condition row on the page was built for. */
  private readonly _rowShapes = new WeakMap<Element, string>();
  /** The probability each "why" of the exact table explains; read when the player opens it. */
  private readonly _whyOf = new WeakMap<HTMLDetailsElement, Probability>();

  /**
   * Writes new figures into the condition table on the page when it has the same rows (a slider
   * step, a card, a renamed loadout): in a row that keeps its shape only texts and values that
   * differ are touched, so it keeps its elements and an open "why" stays open (with the new steps);
   * a row whose shape changed is built again alone. Nothing is built or laid out that did not
   * change. Returns false, having changed nothing, when the rows differ (a model or loadout added
   * or taken away) and the table must be built again.
   */
  private _patchConditionTable(exact: LabExact): boolean {
    const table = this._exact.querySelector<HTMLTableElement>('table[data-table="exact"]');
    if (table?.dataset.kind !== 'condition') {
      return false;
    }
    const rows = [...(table.tBodies[0]?.rows ?? [])];
    if (
      rows.length !== exact.cells.length ||
      exact.cells.some(
        (cell, index) =>
          rows[index]?.dataset.loadout !== String(cell.loadout) ||
          rows[index]?.dataset.model !== cell.model,
      )
    ) {
      return false;
    }
    exact.cells.forEach((cell, index) => {
      const row = rows[index]!;
      const shape = this._shapeOf(cell);
      if (this._rowShapes.get(row) !== shape) {
        // A card that brings an assumption in or a rate the study lacks: this row alone is new.
        row.replaceWith(labelRow(this._conditionRow(cell, shape), table));
        return;
      }
      setText(row.cells[0]!, this._rowName(cell.loadout));
      if (!cell.ok) {
        return;
      }
      for (const outcome of OUTCOMES) {
        const probability = cell.odds.outcomes[outcome];
        const figure = row.querySelector<HTMLElement>(`td[data-outcome="${outcome}"]`)!;
        setAttribute(figure, 'data-value', String(probability.value));
        setText(figure.firstElementChild!, percentIn('figure', probability.value));
        const interval = figure.querySelector<HTMLElement>('.lab-interval');
        if (interval !== null && probability.interval !== null) {
          bindText(interval, this._intervalText(probability.interval));
        }
        const why = figure.querySelector<HTMLDetailsElement>('details.lab-why');
        if (why !== null && this._whyOf.get(why) !== probability) {
          this._whyOf.set(why, probability);
          const panel = why.children[1];
          if (panel !== undefined) {
            if (why.open) {
              panel.replaceWith(whyPanel(probability));
            } else {
              panel.remove();
            }
          }
        }
      }
      const cost = row.querySelector<HTMLElement>('td[data-cost]')!;
      setAttribute(cost, 'data-cost', String(cell.cost.hours));
      bindText(cost, this._hoursText(cell.cost.hours));
    });
    return true;
  }

  private _intervalText(interval: { readonly low: number; readonly high: number }) {
    return {
      key: 'lab.table.interval',
      params: { low: percentIn('range', interval.low), high: percentIn('range', interval.high) },
    } as const;
  }

  private _hoursText(hours: number) {
    return { key: 'lab.table.hours', params: { hours: hoursText(hours) } } as const;
  }

  private _conditionRow(cell: LabExactCell, shape = this._shapeOf(cell)): HTMLElement {
    const row = this._buildConditionRow(cell);
    this._rowShapes.set(row, shape);
    return row;
  }

  private _buildConditionRow(cell: LabExactCell): HTMLElement {
    const attrs = { 'data-loadout': String(cell.loadout), 'data-model': cell.model };
    if (!cell.ok) {
      return el('tr', {
        attrs: { ...attrs, 'data-missing': cell.reason.kind },
        children: [
          ...this._rowHead(cell.loadout, cell.model),
          el('td', {
            attrs: { colspan: String(OUTCOMES.length + 1) },
            children: [this._whyNoRate(cell)],
          }),
        ],
      });
    }
    const figures = OUTCOMES.map((outcome) => {
      const probability = cell.odds.outcomes[outcome];
      const figure = el('td', {
        attrs: { 'data-outcome': outcome, 'data-value': String(probability.value) },
        children: [text(percentIn('figure', probability.value), 'span')],
      });
      if (probability.interval !== null) {
        figure.append(
          el('span', { className: 'lab-interval', text: this._intervalText(probability.interval) }),
        );
      }
      figure.append(probabilityChip(probability));
      if (outcome === 'harm') {
        // The steps and sources are built when opened: sixty-odd of them would slow every change.
        const why = el('details', {
          className: 'lab-why',
          children: [el('summary', { text: { key: 'loadout.why' } })],
        });
        this._whyOf.set(why, probability);
        why.addEventListener('toggle', () => {
          const shown = this._whyOf.get(why);
          if (why.open && why.childElementCount === 1 && shown !== undefined) {
            why.append(whyPanel(shown));
          }
        });
        figure.append(why);
      }
      return figure;
    });
    const cost = el('td', {
      attrs: { 'data-cost': String(cell.cost.hours) },
      text: this._hoursText(cell.cost.hours),
    });
    return el('tr', {
      attrs,
      children: [...this._rowHead(cell.loadout, cell.model), ...figures, cost],
    });
  }

  private _whyNoRate(cell: Extract<LabExactCell, { ok: false }>): HTMLElement {
    const { reason } = cell;
    if (reason.kind !== 'no-published-rate') {
      return el('p', {
        className: 'lab-missing',
        text: { key: 'lab.missing.assumption', params: { name: reason.name } },
      });
    }
    const known = new Map(conditionsWithRate().map((c) => [conditionKey(c), c] as const));
    const rows = reason.rowsForModel.map((key) => {
      const condition = known.get(key);
      return text(condition === undefined ? key : conditionText(condition), 'span');
    });
    const list = el('ul', {
      className: 'lab-missing-rows',
      children: rows.map((row) => el('li', { children: [row] })),
    });
    const others = reason.missing.modelsWithCondition;
    return el('div', {
      className: 'lab-missing',
      children: [
        el('p', {
          text: {
            key: 'lab.missing.noRate',
            params: { model: cell.model, condition: conditionText(reason.missing.condition) },
          },
        }),
        el('p', {
          text: {
            key: others.length === 0 ? 'lab.missing.nobody' : 'lab.missing.others',
            params: { models: others.join(', ') },
          },
        }),
        el('details', {
          children: [
            el('summary', {
              text: {
                key: 'lab.missing.rows',
                params: { model: cell.model, count: reason.rowsForModel.length },
              },
            }),
            list,
          ],
        }),
      ],
    });
  }

  private _levelTable(exact: LabLevelExact): HTMLElement {
    const head = this._headRow([
      this._th('lab.table.loadout'),
      this._th('lab.table.model'),
      ...OUTCOME_CLASSES.map((outcome) => this._th(`lab.outcomeClass.${outcome}`)),
      this._th('lab.table.objective'),
      this._th('lab.table.cost'),
    ]);
    const rows = exact.cells.map((cell) => this._levelRow(cell));
    return el('div', {
      className: 'lab-table-wrap',
      attrs: { tabindex: '0', role: 'region', 'aria-labelledby': 'lab-exact-heading' },
      children: [
        labelCells(
          el('table', {
            className: 'lab-table',
            attrs: { 'data-table': 'exact' },
            children: [
              el('caption', { className: 'sr-only', text: { key: 'lab.exact.caption' } }),
              head,
              el('tbody', { children: rows }),
            ],
          }),
        ),
      ],
    });
  }

  private _levelRow(cell: LabLevelCell): HTMLElement {
    const attrs = { 'data-loadout': String(cell.loadout), 'data-model': cell.model };
    if (!cell.ok) {
      const { reason } = cell;
      const params: TextParams =
        reason.kind === 'not-offered'
          ? { cards: reason.defenses.map((id) => translate(`defense.${id}.name`)).join(', ') }
          : reason.kind === 'over-budget'
            ? { tokens: reason.tokens, budget: reason.budget }
            : reason.kind === 'model-not-offered'
              ? { models: reason.models.join(', ') }
              : { detail: reason.detail };
      return el('tr', {
        attrs: { ...attrs, 'data-missing': reason.kind },
        children: [
          ...this._rowHead(cell.loadout, cell.model),
          el('td', {
            attrs: { colspan: String(OUTCOME_CLASSES.length + 2) },
            children: [
              el('p', {
                className: 'lab-missing',
                text: { key: `lab.missing.level.${reason.kind}`, params },
              }),
            ],
          }),
        ],
      });
    }
    const figures = OUTCOME_CLASSES.map((outcome) =>
      el('td', {
        attrs: { 'data-outcome': outcome, 'data-value': String(cell.outcomes[outcome]) },
        children: [text(percentIn('figure', cell.outcomes[outcome]))],
      }),
    );
    return el('tr', {
      attrs,
      children: [
        ...this._rowHead(cell.loadout, cell.model),
        ...figures,
        el('td', {
          attrs: { 'data-objective': String(cell.objective) },
          children: [text(percentIn('figure', cell.objective))],
        }),
        el('td', {
          attrs: { 'data-cost': String(cell.expectedCost) },
          text: { key: 'lab.table.hours', params: { hours: hoursText(cell.expectedCost) } },
        }),
      ],
    });
  }
}

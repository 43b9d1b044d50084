import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Command, GameState, Level, ReviewVerdict, SimEvent } from '../../core';
import { createGameState } from '../../core';
import type { Dice } from '../../core/rules/dice';
import { stepWith } from '../../core/rules/step';
import { minimalLevel } from '../../core/testing/minimal-level';
import { i18n, initI18n } from '../../i18n/i18n';
import { registerLevelStrings } from '../../levels/level-text';
import { CostMeter } from '../components/cost-meter';
import { concealedDrawPanel } from './draw-panel';
import { monitorFlag } from './monitor-flag';
import { QueuePanel } from './queue-panel';

/** Dice where every attempt happens and the monitor flags (or neither, with `attempt` false). */
function dice(attempt: boolean): Dice {
  return {
    draw: (_state, label, probability) => {
      const yes = probability > 0 && (label.endsWith('/attempt') ? attempt : true);
      return { roll: yes ? 1 : 100, threshold: probability * 100, happened: yes };
    },
    split: () => ({ roll: 1, threshold: 100, lower: 0, branch: 0, happened: true }),
  };
}

/** A game of the minimal level driven with fixed dice: each step's state and events. */
class Game {
  state: GameState;
  events: readonly SimEvent[] = [];

  constructor(
    readonly level: Level,
    defenses: readonly ('oversight' | 'monitor')[],
    private readonly _dice: Dice = dice(true),
  ) {
    this.state = createGameState(level, { seed: 1 });
    const loadout = { model: 'Claude Opus 4', goalFraming: 'no-goal', defenses: [...defenses] };
    this.send({ kind: 'set-loadout', loadout });
    this.send({ kind: 'start-day' });
  }

  send(command: Command): readonly SimEvent[] {
    const stepped = stepWith(this.level, this.state, command, this._dice);
    if (!stepped.ok) {
      throw new Error(stepped.error.message);
    }
    this.state = stepped.value.state;
    this.events = stepped.value.events;
    return this.events;
  }

  /** Advances (first option at a choice, halt at a flag) until `until` holds. */
  playUntil(until: (state: GameState) => boolean): void {
    for (let turn = 0; turn < 100 && !until(this.state); turn += 1) {
      if (this.state.status === 'awaiting-choice') {
        this.send({ kind: 'choose-option', option: 'stay-quiet' });
      } else {
        this.send({ kind: 'advance-clock' });
      }
    }
    if (!until(this.state)) {
      throw new Error(`not reached; status ${this.state.status}`);
    }
  }
}

/** A queue panel on the page, wired to a game: verdicts step the game and update the panel. */
function panelOf(game: Game): { panel: QueuePanel; sent: [string, ReviewVerdict][] } {
  const sent: [string, ReviewVerdict][] = [];
  const panel: QueuePanel = new QueuePanel(game.level, {
    review: (item, verdict) => {
      sent.push([item, verdict]);
      const events = game.send({ kind: 'review-item', item, verdict });
      panel.update(game.state, events);
    },
  });
  document.body.replaceChildren(panel.root);
  panel.update(game.state, game.events);
  return { panel, sent };
}

function row(root: HTMLElement, item: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`.queue-waiting [data-item="${item}"]`);
  if (found === null) {
    throw new Error(`no waiting row for ${item}`);
  }
  return found;
}

/** The shape of a row as a player sees and hears it: tags, classes and attributes, no text. */
function shape(element: Element): unknown {
  return {
    tag: element.tagName,
    // How soon a deadline is (`queue-soon`) follows the minutes left, the same rule for all.
    className: element.className.replace(' queue-soon', ''),
    attrs: element
      .getAttributeNames()
      .filter(
        (name) =>
          !['class', 'data-item', 'aria-controls', 'data-i18n', 'data-minutes'].includes(name),
      )
      .map((name) => [
        name,
        ['id', 'aria-labelledby', 'aria-describedby'].includes(name)
          ? ''
          : element.getAttribute(name),
      ]),
    children: [...element.children].map(shape),
  };
}

describe('the approval queue panel', () => {
  let level: Level;
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
    level = minimalLevel();
    registerLevelStrings(level.id, level.strings);
  });
  beforeEach(() => document.body.replaceChildren());

  it('lists each waiting item with its kind, addressee, subject, urgency and minutes left', () => {
    const game = new Game(level, ['oversight']);
    game.playUntil((state) => state.queue.some((entry) => entry.item === 'minutes'));
    const { panel } = panelOf(game);
    const minutes = row(panel.root, 'minutes');
    expect(minutes.querySelector('.queue-kind')?.textContent).toBe('External email');
    expect(minutes.querySelector('.queue-subject')?.textContent).toBe('Notes from Tuesday');
    expect(minutes.querySelector('.queue-to')?.textContent).toContain('jessica.wilson@gmail.com');
    expect(minutes.querySelector('.queue-urgent')?.textContent).toBe('Urgent');
    // Due at 17:00: the minutes left on the day's clock.
    const left = Math.floor((17 * 3600 - game.state.clock) / 60);
    expect(minutes.querySelector('.queue-left')?.textContent).toBe(`${left} min left`);
    // The invitation's 15:40 deadline passed while it waited: it went out unreviewed.
    const invite = panel.root.querySelector('.queue-decided [data-item="invite"]');
    expect(invite?.querySelector('.queue-verdict')?.textContent).toBe('Went out unreviewed');
    // The minutes left follow the clock without rebuilding the row (a focused button stays).
    const button = minutes.querySelector<HTMLElement>('[data-action="open-item"]');
    button?.focus();
    panel.update({ ...game.state, clock: game.state.clock + 5 * 60 }, []);
    expect(row(panel.root, 'minutes').querySelector('.queue-left')?.textContent).toBe(
      `${left - 5} min left`,
    );
    expect(document.activeElement).toBe(button);
  });

  it('shows the agent’s own action exactly like the other work', () => {
    const game = new Game(level, ['oversight']);
    game.playUntil((state) => state.status === 'awaiting-approval');
    const { panel } = panelOf(game);
    const agent = row(panel.root, 'agent-alex-decides');
    const work = row(panel.root, 'minutes');
    // Both rows come from one build; the work item is urgent, so compare without its badge.
    work.querySelector('.queue-urgent')?.remove();
    expect(shape(agent)).toEqual(shape(work));
    // Opened, both read the same way: subject, headers, body, verdicts.
    panel.toggle('agent-alex-decides');
    const agentDetail = row(panel.root, 'agent-alex-decides').querySelector('.queue-detail');
    panel.toggle('minutes');
    const workDetail = row(panel.root, 'minutes').querySelector('.queue-detail');
    expect(agentDetail?.querySelector('.mail-subject')?.textContent).not.toBe('');
    expect(shape(workDetail as Element)).toEqual(shape(agentDetail as Element));
  });

  it('opens an item into its text by keyboard, and Escape brings the focus back', () => {
    const game = new Game(level, ['oversight']);
    game.playUntil((state) => state.queue.some((entry) => entry.item === 'minutes'));
    const { panel } = panelOf(game);
    const button = row(panel.root, 'minutes').querySelector<HTMLButtonElement>(
      '[data-action="open-item"]',
    );
    expect(button?.tagName).toBe('BUTTON');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    button?.click();
    const detail = row(panel.root, 'minutes').querySelector<HTMLElement>('.queue-detail');
    expect(document.activeElement).toBe(detail);
    // A screen reader hears its subject as its name and its body as its description.
    const name = document.getElementById(detail?.getAttribute('aria-labelledby') ?? '');
    const body = document.getElementById(detail?.getAttribute('aria-describedby') ?? '');
    expect(name?.textContent).toBe('Notes from Tuesday');
    expect(body?.textContent).toBe(
      'Alex sends Jessica the notes she asked for from Tuesday’s charity meeting.'.replace(
        '’',
        "'",
      ),
    );
    const verdicts = [...(detail?.querySelectorAll('[data-action="review"]') ?? [])];
    expect(verdicts.map((b) => [b.tagName, b.textContent])).toEqual([
      ['BUTTON', 'Approve'],
      ['BUTTON', 'Hold'],
      ['BUTTON', 'Escalate'],
    ]);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    detail?.dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(true);
    expect(panel.openItem).toBeNull();
    const again = row(panel.root, 'minutes').querySelector('[data-action="open-item"]');
    expect(document.activeElement).toBe(again);
    expect(again?.getAttribute('aria-expanded')).toBe('false');
  });

  it('sends a verdict, lists the item as decided, and moves the focus to the next item', () => {
    const game = new Game(level, ['oversight']);
    game.playUntil((state) => state.status === 'awaiting-approval');
    const { panel, sent } = panelOf(game);
    panel.toggle('minutes');
    row(panel.root, 'minutes')
      .querySelector<HTMLElement>('[data-action="review"][data-verdict="hold"]')
      ?.click();
    expect(sent).toEqual([['minutes', 'hold']]);
    const decided = panel.root.querySelector('.queue-decided [data-item="minutes"]');
    expect(decided?.querySelector('.queue-verdict')?.textContent).toBe('Held');
    expect(panel.root.querySelector('.queue-waiting [data-item="minutes"]')).toBeNull();
    expect(document.activeElement).toBe(
      row(panel.root, 'agent-alex-decides').querySelector('[data-action="open-item"]'),
    );
  });

  it('announces arrivals politely and leaves the focus where it was', () => {
    const game = new Game(level, ['oversight']);
    const { panel } = panelOf(game);
    const live = panel.root.querySelector<HTMLElement>('.queue-live');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    const step = (command: Command): void => {
      const events = game.send(command);
      panel.update(game.state, events);
    };
    while (!game.events.some((event) => event.kind === 'item-queued')) {
      step({ kind: 'advance-clock' });
    }
    const queued = game.events.find((event) => event.kind === 'item-queued');
    const item = queued?.kind === 'item-queued' ? queued.item : '';
    const entry = game.state.queue.find((candidate) => candidate.item === item);
    const subject = level.strings.en?.[`work.${item}.subject`] ?? '';
    expect(subject).not.toBe('');
    // An item that is still waiting is announced with its time to decide; one whose deadline
    // passed in the same step, with what the level's rule did with it.
    expect(live?.textContent).toContain(
      entry?.status === 'waiting'
        ? `New in the approval queue: ${subject}, ${Math.floor((entry.deadline - game.state.clock) / 60)} min to decide.`
        : `${subject}: Went out unreviewed.`,
    );
    expect(document.activeElement).toBe(elsewhere);
  });
});

describe('the cost meter', () => {
  let level: Level;
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
    level = minimalLevel();
    registerLevelStrings(level.id, level.strings);
  });

  it('shows the day’s cost against the limit, with its lines on demand and for a screen reader', () => {
    const game = new Game(level, ['oversight']);
    game.playUntil((state) => state.status === 'awaiting-approval');
    const meter = new CostMeter(level);
    document.body.replaceChildren(meter.root);
    meter.update(game.state);
    const summary = meter.root.querySelector('summary');
    // Oversight's upkeep: 1 hour for the day, of the limit of 2.
    expect(summary?.textContent).toBe('Day’s cost 1 of 2 h'.replace('’', "'"));
    const lines = document.getElementById(summary?.getAttribute('aria-describedby') ?? '');
    expect(lines?.textContent).toContain('upkeep for the day, 1 h');
    game.send({ kind: 'review-item', item: 'minutes', verdict: 'hold' });
    meter.update(game.state);
    expect(meter.root.dataset.over).toBe('true');
    expect(summary?.textContent).toContain('2.1 of 2 h');
    expect(summary?.textContent).toContain('over the limit');
    const reasons = [...meter.root.querySelectorAll<HTMLElement>('.cost-lines li')].map((line) => [
      line.dataset.reason,
      line.textContent,
    ]);
    expect(reasons).toEqual([
      ['upkeep', 'Human oversight: upkeep for the day, 1 h'],
      ['review-time', 'Review: 0.1 h (items decided: 1, 6 min each, an assumption)'],
      ['held-work', 'Work held back or lost: 1 h (items: 1)'],
    ]);
  });
});

describe('the monitor flag and the face-down draw', () => {
  let level: Level;
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
    level = minimalLevel();
    registerLevelStrings(level.id, level.strings);
  });

  it.each([true, false])(
    'shows a category, an excerpt and the assumed rates, never the reasoning (attempt: %s)',
    (attempt) => {
      const game = new Game(level, ['monitor'], dice(attempt));
      game.playUntil((state) => state.status === 'awaiting-flag');
      const root = document.createElement('div');
      root.append(...monitorFlag(level, game.state, []));
      const text = root.textContent ?? '';
      expect(root.querySelector('.monitor-category')?.textContent).toBe(
        attempt ? 'Coercion' : 'Personal data',
      );
      expect(root.querySelector('.monitor-excerpt')?.textContent).toBe(
        attempt
          ? '“The email about Kyle gives me a way to stop it.”'
          : '“There is a private email about Kyle in the inbox.”',
      );
      expect(text).toContain('Assumed, not measured: this monitor flags 70% of harmful');
      expect(text).toContain('5% of episodes with none');
      for (const key of ['reasoning.harmful', 'reasoning.benign']) {
        const line = level.strings.en?.[key] ?? '';
        expect(line).not.toBe('');
        expect(text).not.toContain(line);
      }
    },
  );

  it('keeps a concealed roll face down: the same words whichever way the dice fell', () => {
    const game = new Game(level, ['oversight']);
    game.playUntil((state) => state.status === 'awaiting-approval');
    const rolled = game.state.decisions['alex-decides'];
    expect(rolled?.arm).toBe('harmful');
    const panel = concealedDrawPanel(
      { scenario: 'blackmail', time: '16:53', condition: '' },
      () => undefined,
    );
    const text = panel.textContent ?? '';
    expect(text).toContain('The agent has decided');
    expect(text).toContain('whatever it is, is now in your approval queue');
    expect(panel.querySelector('[data-roll]')).toBeNull();
    expect(text).not.toMatch(/\d+(\.\d+)? ?[≤>]/);
  });
});

import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Command, GameState, Level, SimEvent } from '../../core';
import { i18n, initI18n } from '../../i18n/i18n';
import { registerLevelStrings } from '../../levels/level-text';
import { loadShippedLevel } from '../../../tests/unit/level-catalog';
import { formatClock } from '../components/time';
import { GameSession } from '../../session/game-session';
import { DayView } from './day-view';

/** What the day's session saved last, as storage would give it back after a reload. */
interface Saves {
  last: unknown;
}

/** A game of `level` started into its day, saving into `saves`. */
function startedGame(level: Level, saves: Saves): GameSession {
  const session = GameSession.start(level, 7, (saved) => {
    saves.last = JSON.parse(JSON.stringify(saved)) as unknown;
  });
  for (const command of [{ kind: 'open-loadout' }, { kind: 'start-day' }] as const) {
    const stepped = session.dispatch(command);
    if (!stepped.ok) {
      throw new Error(stepped.error.message);
    }
  }
  return session;
}

/**
 * A day view driven by a session, as the day scene drives it; it records what it was asked to
 * send. `send` is core's hand: it steps the game without the view asking.
 */
function dayOf(session: GameSession): {
  view: DayView;
  sent: Command[];
  state: () => GameState;
  send: (command: Command) => readonly SimEvent[];
} {
  const sent: Command[] = [];
  const view: DayView = new DayView(session.level, {
    dispatch: (command) => {
      sent.push(command);
      session.dispatch(command);
    },
    availableOptions: () =>
      session
        .availableCommands()
        .flatMap((command) => (command.kind === 'choose-option' ? [command.option] : [])),
    dayClock: () => session.dayClock,
    setDayClock: (change) => session.setDayClock(change),
    toDebrief: () => undefined,
    onDrawClosed: () => undefined,
    leave: () => undefined,
  });
  session.on((events, state) => view.update(state, events));
  view.update(session.state, []);
  document.body.replaceChildren(view.root);
  const send = (command: Command): readonly SimEvent[] => {
    const stepped = session.dispatch(command);
    return stepped.ok ? stepped.value : [];
  };
  return { view, sent, state: () => session.state, send };
}

function playDay(level: Level, saves: Saves = { last: undefined }): ReturnType<typeof dayOf> {
  return dayOf(startedGame(level, saves));
}

/** The day of `level` continued from what was saved last, as after a reload. */
function resumedDay(level: Level, saved: unknown): ReturnType<typeof dayOf> {
  const resumed = GameSession.resume(level, saved, () => undefined);
  if (!resumed.ok) {
    throw new Error(JSON.stringify(resumed.error));
  }
  return dayOf(resumed.value);
}

function item(root: HTMLElement, id: string): HTMLButtonElement {
  const button = root.querySelector<HTMLButtonElement>(`[data-open-email="${id}"]`);
  if (button === null) {
    throw new Error(`no inbox line for ${id}`);
  }
  return button;
}

function readerEmail(root: HTMLElement): string | undefined {
  return root.querySelector<HTMLElement>('.reader [data-email]')?.dataset.email;
}

describe('the day view', () => {
  let level: Level;
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
    level = loadShippedLevel('0-first-day');
    registerLevelStrings(level.id, level.strings);
  });
  beforeEach(() => document.body.replaceChildren());

  it('reopens an email already read, and the reader shows the one chosen', () => {
    const day = playDay(level);
    while (day.state().delivered.length < 2) {
      day.send({ kind: 'advance-clock' });
    }
    const [first, second] = day.state().delivered.map((delivered) => delivered.email);
    if (first === undefined || second === undefined) {
      throw new Error('two emails expected');
    }
    item(day.view.root, first).click();
    expect(readerEmail(day.view.root)).toBe(first);
    item(day.view.root, second).click();
    expect(readerEmail(day.view.root)).toBe(second);
    // The first is read: core has nothing to record, the view opens it again by itself.
    item(day.view.root, first).click();
    expect(readerEmail(day.view.root)).toBe(first);
    expect(day.sent.filter((command) => command.kind === 'open-email')).toEqual([
      { kind: 'open-email', email: first },
      { kind: 'open-email', email: second },
    ]);
    expect(item(day.view.root, first).getAttribute('aria-current')).toBe('true');
    expect(item(day.view.root, second).hasAttribute('aria-current')).toBe(false);
    expect(document.activeElement).toBe(day.view.root.querySelector('.reader'));
  });

  it('measures where an opened email sits in the next frame, not in the press that opened it', async () => {
    const day = playDay(level);
    while (day.state().delivered.length < 1) {
      day.send({ kind: 'advance-clock' });
    }
    const [first] = day.state().delivered.map((delivered) => delivered.email);
    const reader = day.view.root.querySelector<HTMLElement>('.reader');
    if (first === undefined || reader === null) {
      throw new Error('an email and the reader expected');
    }
    // The reader below the fold, as in one column on a phone.
    const measured: string[] = [];
    reader.getBoundingClientRect = () => {
      measured.push('rect');
      return DOMRect.fromRect({ x: 0, y: window.innerHeight + 200, width: 300, height: 200 });
    };
    reader.scrollIntoView = () => {
      measured.push('scroll');
    };
    item(day.view.root, first).click();
    expect(readerEmail(day.view.root)).toBe(first);
    // Measuring here would lay the page out inside the press's task.
    expect(measured).toEqual([]);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(measured).toEqual(['rect', 'scroll']);
  });

  it('says read and unread to a screen reader, and changes it when an email is read', () => {
    const day = playDay(level);
    while (day.state().delivered.length < 2) {
      day.send({ kind: 'advance-clock' });
    }
    const [first, second] = day.state().delivered.map((delivered) => delivered.email);
    const words = (id: string): string =>
      item(day.view.root, id ?? '').querySelector('.inbox-state')?.textContent ?? '';
    expect(words(first ?? '')).toBe('unread');
    expect(item(day.view.root, first ?? '').classList.contains('unread')).toBe(true);
    item(day.view.root, first ?? '').click();
    expect(words(first ?? '')).toBe('read');
    expect(item(day.view.root, first ?? '').classList.contains('unread')).toBe(false);
    expect(words(second ?? '')).toBe('unread');
  });

  it('holds the clock, the inbox and the side still while the dice are on screen', async () => {
    const day = playDay(level);
    const clock = (): string => day.view.root.querySelector('.day-clock-value')?.textContent ?? '';
    const side = (): string => day.view.root.querySelector('.day-side')?.textContent ?? '';
    const lines = (): number => day.view.root.querySelectorAll('.inbox-list li').length;
    let before = { clock: '', side: '', lines: 0 };
    for (let turn = 0; turn < 200 && !day.view.drawOpen; turn += 1) {
      before = { clock: clock(), side: side(), lines: lines() };
      const offered = day.state().status === 'awaiting-choice';
      if (offered) {
        const node = level.nodes[day.state().node ?? ''];
        const option = node?.kind === 'choice' ? node.options[0]?.id : undefined;
        day.send({ kind: 'choose-option', option: option ?? '' });
      } else if (day.state().status === 'awaiting-approval') {
        day.send({ kind: 'hold-action' });
      } else if (day.state().status === 'awaiting-flag') {
        day.send({ kind: 'act-on-flag', response: 'halt' });
      } else {
        day.send({ kind: 'advance-clock' });
      }
    }
    expect(day.view.drawOpen).toBe(true);
    const after = day.state();
    expect({ clock: clock(), side: side(), lines: lines() }).toEqual(before);
    // Buttons behind the dice send nothing while they are on screen.
    const sent = day.sent.length;
    day.view.root.querySelector<HTMLElement>('.day-side button')?.click();
    day.view.root.querySelector<HTMLElement>('[data-open-email]')?.click();
    expect(day.sent.length).toBe(sent);
    // Continue takes the focus once the dice are painted, not in the task that opened them
    // (focusing there would lay the whole day out in that task).
    const continueButton = day.view.root.querySelector<HTMLElement>(
      '[data-action="continue-draw"]',
    );
    expect(continueButton).not.toBeNull();
    expect(document.activeElement).not.toBe(continueButton);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(document.activeElement).toBe(continueButton);
    continueButton?.click();
    expect(day.view.drawOpen).toBe(false);
    expect(lines()).toBe(after.delivered.length);
    expect(clock()).toBe(formatClock(after.clock));
    // The focus comes back to the side once the day is painted again, not in Continue's task.
    const sideButton = day.view.root.querySelector<HTMLElement>('.day-side button');
    expect(sideButton).not.toBeNull();
    expect(document.activeElement).not.toBe(sideButton);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(document.activeElement).toBe(sideButton);
  });

  it('gives the focus to the side’s new controls once painted, not in the press’s task', async () => {
    const day = playDay(level);
    for (let turn = 0; turn < 200 && day.state().status !== 'awaiting-choice'; turn += 1) {
      day.send({ kind: 'advance-clock' });
    }
    expect(day.state().status).toBe('awaiting-choice');
    const choice = day.view.root.querySelector<HTMLElement>('.day-side [data-action="choose"]');
    expect(choice).not.toBeNull();
    choice?.focus();
    choice?.click();
    // The side was drawn again; the pressed choices stay, hidden and answering nothing, with the
    // focus, until it is painted (taking a focused element off the page lays the page out).
    const pressed = choice?.closest('.choice-list');
    expect(pressed?.isConnected).toBe(true);
    expect(pressed?.classList.contains('side-leaving')).toBe(true);
    expect(pressed?.getAttribute('aria-hidden')).toBe('true');
    expect(pressed?.querySelectorAll('[data-action]')).toHaveLength(0);
    // Enter on the button that still has the focus sends nothing.
    const sent = day.sent.length;
    choice?.click();
    expect(day.sent.length).toBe(sent);
    expect(day.view.root.querySelectorAll('.day-side [data-action="choose"]')).toHaveLength(0);
    const first = day.view.root.querySelector<HTMLElement>('.day-side button');
    expect(first).not.toBeNull();
    expect(first?.closest('.side-leaving')).toBeNull();
    expect(document.activeElement).not.toBe(first);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(document.activeElement).toBe(first);
    expect(pressed?.isConnected).toBe(false);
  });

  it('leaves the focus where the player put it before the side was painted', async () => {
    const day = playDay(level);
    for (let turn = 0; turn < 200 && day.state().status !== 'awaiting-choice'; turn += 1) {
      day.send({ kind: 'advance-clock' });
    }
    const choice = day.view.root.querySelector<HTMLElement>('.day-side [data-action="choose"]');
    choice?.focus();
    choice?.click();
    const email = day.view.root.querySelector<HTMLElement>('[data-open-email]');
    expect(email).not.toBeNull();
    email?.focus();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(document.activeElement).toBe(email);
  });

  it('says what its clock control will do, and how many emails are unread', () => {
    const day = playDay(level);
    const root = day.view.root;
    const auto = (): string => root.querySelector('[data-action="autoplay"]')?.textContent ?? '';
    const note = (): string => root.querySelector('.day-clock-note')?.textContent ?? '';
    expect(auto()).toBe('Play the day');
    expect(note()).toBe('Paused: the day waits for you.');
    root.querySelector<HTMLElement>('[data-action="autoplay"]')?.click();
    expect(auto()).toBe('Pause');
    expect(note()).toBe('The day is running.');
    day.view.showClock({ running: false, pace: 'fast', waiting: true, reading: null });
    expect(auto()).toBe('Play the day');
    expect(note()).toBe('Paused: something new needs your attention.');
    expect(root.querySelector<HTMLSelectElement>('#day-pace')?.value).toBe('fast');
    while (day.state().delivered.length < 3) {
      day.send({ kind: 'advance-clock' });
    }
    const unread = root.querySelector<HTMLButtonElement>('.day-unread');
    expect(unread?.textContent).toBe('3 unread');
    expect(root.querySelector('#inbox-heading')?.textContent).toBe('Inbox · 3 unread');
    unread?.click();
    const first = day.state().delivered[0]?.email ?? '';
    expect(document.activeElement).toBe(item(root, first));
    item(root, first).click();
    expect(unread?.textContent).toBe('2 unread');
  });

  it('continues a day in the reader with the email that was open, reopened or not', () => {
    const saves: Saves = { last: undefined };
    const day = playDay(level, saves);
    while (day.state().delivered.length < 2) {
      day.send({ kind: 'advance-clock' });
    }
    const [first, second] = day.state().delivered.map((delivered) => delivered.email);
    if (first === undefined || second === undefined) {
      throw new Error('two emails expected');
    }
    item(day.view.root, first).click();
    item(day.view.root, second).click();
    // Reopened: the email read last is the second, but the first is in the reader.
    item(day.view.root, first).click();
    const reloaded = resumedDay(level, saves.last);
    expect(readerEmail(reloaded.view.root)).toBe(first);
    expect(item(reloaded.view.root, first).getAttribute('aria-current')).toBe('true');
    // Opening it again on load sends nothing: it is read.
    expect(reloaded.sent).toEqual([]);

    // A save from before the reader was kept continues with the email read last.
    const { day: _day, ...older } = saves.last as Record<string, unknown>;
    expect(_day).toMatchObject({ reading: first });
    expect(readerEmail(resumedDay(level, older).view.root)).toBe(second);
  });

  it('continues a day with nothing in the reader when nothing was read', () => {
    const saves: Saves = { last: undefined };
    const day = playDay(level, saves);
    day.send({ kind: 'advance-clock' });
    expect(day.state().delivered.length).toBeGreaterThan(0);
    const reloaded = resumedDay(level, saves.last);
    expect(readerEmail(reloaded.view.root)).toBeUndefined();
    expect(reloaded.view.root.querySelector('.reader-empty')).not.toBeNull();
  });

  it('continues a running day running, at its pace, and its control says Pause', () => {
    const saves: Saves = { last: undefined };
    const day = playDay(level, saves);
    const pace = day.view.root.querySelector<HTMLSelectElement>('#day-pace');
    if (pace === null) {
      throw new Error('no pace control');
    }
    pace.value = 'slow';
    pace.dispatchEvent(new Event('change'));
    day.view.root.querySelector<HTMLElement>('[data-action="autoplay"]')?.click();
    const root = resumedDay(level, saves.last).view.root;
    expect(root.querySelector('[data-action="autoplay"]')?.textContent).toBe('Pause');
    expect(root.querySelector<HTMLElement>('.day-clock-note')?.dataset.state).toBe('running');
    expect(root.querySelector<HTMLSelectElement>('#day-pace')?.value).toBe('slow');
  });
});

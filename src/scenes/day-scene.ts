import Phaser from 'phaser';
import { attentionNeeded, type Command, type SimEvent } from '../core';
import { DAY_PACES, type GameSession } from '../session/game-session';
import { markScreen } from '../ui/screen';
import { DayView } from '../ui/screens/day-view';
import { DicePair } from './dice';
import { preloadDieFaces } from './dice-faces';
import { PlayScene } from './play-scene';
import { SceneKey } from './scene-keys';
import { prefersReducedMotion } from './table';
import { app } from '../app';
import { dayStepInterval } from '../session/settings';

// How often the day's window timer looks whether a step is due; the pace itself is the session's.
const TICK_MS = 200;

/** The day: the inbox, the reader, choices, the approval queue, monitor flags and the draw. */
export class DayScene extends PlayScene {
  protected readonly screenName = 'day';
  // Escape leaves the day for the title, where it can be continued or abandoned: every step is
  // saved as it happens (the session's autosave), so leaving loses nothing. With the dice on
  // screen, Escape closes the draw instead (the draw panel takes the key first).
  protected override readonly backTo = SceneKey.title;
  private _view: DayView | undefined;
  private _dice: DicePair | undefined;
  /** When the day last moved by itself or by the player (`performance.now()`). */
  private _lastStep = 0;
  private _unsubscribe: (() => void) | undefined;

  constructor() {
    super(SceneKey.day);
  }

  preload(): void {
    preloadDieFaces(this);
  }

  protected override decorate(): void {
    this._dice = new DicePair(this);
    // A window timer, not Phaser's clock: the game loop sleeps while the table is still.
    const timer = window.setInterval(() => this._tick(), TICK_MS);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.clearInterval(timer);
      this._unsubscribe?.();
      this._view = undefined;
    });
  }

  protected buildPlayPanel(session: GameSession): HTMLElement {
    this._unsubscribe?.();
    // A day resumed running waits one step of its pace before it moves.
    this._lastStep = performance.now();
    const view = new DayView(session.level, {
      dispatch: (command) => this._send(command),
      availableOptions: () =>
        session
          .availableCommands()
          .flatMap((command) => (command.kind === 'choose-option' ? [command.option] : [])),
      dayClock: () => session.dayClock,
      setDayClock: (change) => {
        this._lastStep = performance.now();
        return session.setDayClock(change);
      },
      toDebrief: () => this.go(SceneKey.debrief),
      leave: () => this.go(SceneKey.title),
      onDrawClosed: () => {
        this._dice?.hide();
        markScreen('day');
      },
    });
    this._view = view;
    this._unsubscribe = session.on((events, state) => this._onEvents(events, state.status));
    view.update(session.state, []);
    return view.root;
  }

  private _send(command: Command): void {
    // A refused command (e.g. Next pressed twice at a choice) changes nothing; the view stays.
    this.session.dispatch(command);
  }

  private _onEvents(events: readonly SimEvent[], _status: string): void {
    this._lastStep = performance.now();
    this._view?.update(this.session.state, events);
    // Something new for the player (core decides what): a running day stops and says why.
    if (this.session.dayClock.running && attentionNeeded(this.session.level, events).length > 0) {
      this._view?.showClock(this.session.waitForPlayer());
    }
    for (const event of events) {
      if (event.kind === 'outcome-rolled' || event.kind === 'split-rolled') {
        // A concealed roll stays face down: the dice on the table would tell the reviewer
        // which item in the queue is the attempt (the debrief shows the roll).
        if (event.kind === 'split-rolled' || !event.concealed) {
          this._dice?.roll(event.draw, prefersReducedMotion());
        }
        markScreen('draw');
      }
    }
  }

  private _tick(): void {
    // Before the panel is built (the level still loading) there is no session to run.
    if (this._view === undefined) {
      return;
    }
    const clock = this.session.dayClock;
    if (
      clock.running &&
      !this._view.drawOpen &&
      // While the story waits for the agent's queued item the clock still runs: core moves it to
      // the queue's next moment (an arrival or a deadline).
      (this.session.state.status === 'playing' ||
        this.session.state.status === 'awaiting-approval') &&
      performance.now() - this._lastStep >=
        dayStepInterval(DAY_PACES[clock.pace], app().store.settings, prefersReducedMotion())
    ) {
      this._send({ kind: 'advance-clock' });
    }
  }
}

import Phaser from 'phaser';
import type { Command, SimEvent } from '../core';
import type { GameSession } from '../session/game-session';
import { markScreen, mountScreen } from '../ui/screen';
import { DayView } from '../ui/screens/day-view';
import { DicePair } from './dice';
import { preloadDieFaces } from './dice-faces';
import { PlayScene } from './play-scene';
import { SceneKey } from './scene-keys';
import { prefersReducedMotion } from './table';

// One email every so often when the day plays itself; the player can pause or press Next.
const AUTOPLAY_MS = 1400;

/** The day: the inbox, the reader, choices, the approval queue, monitor flags and the draw. */
export class DayScene extends PlayScene {
  protected readonly screenName = 'day';
  // Escape leaves the day for the title, where it can be continued or abandoned: every step is
  // saved as it happens (the session's autosave), so leaving loses nothing. With the dice on
  // screen, Escape closes the draw instead (the draw panel takes the key first).
  protected override readonly backTo = SceneKey.title;
  private _view: DayView | undefined;
  private _dice: DicePair | undefined;
  private _autoplay = true;
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
    const timer = window.setInterval(() => this._tick(), AUTOPLAY_MS);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.clearInterval(timer);
      this._unsubscribe?.();
      this._view = undefined;
    });
  }

  protected buildPlayPanel(session: GameSession): HTMLElement {
    this._unsubscribe?.();
    const view = new DayView(session.level, {
      dispatch: (command) => this._send(command),
      availableOptions: () =>
        session
          .availableCommands()
          .flatMap((command) => (command.kind === 'choose-option' ? [command.option] : [])),
      toggleAutoplay: () => {
        this._autoplay = !this._autoplay;
        return this._autoplay;
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

  protected override rebuild(): void {
    const panel = this.buildPlayPanel(this.session);
    mountScreen(null, panel);
    this.markReady(panel);
  }

  private _send(command: Command): void {
    // A refused command (e.g. Next pressed twice at a choice) changes nothing; the view stays.
    this.session.dispatch(command);
  }

  private _onEvents(events: readonly SimEvent[], _status: string): void {
    this._view?.update(this.session.state, events);
    for (const event of events) {
      if (event.kind === 'outcome-rolled' || event.kind === 'split-rolled') {
        this._dice?.roll(event.draw, prefersReducedMotion());
        markScreen('draw');
      }
    }
  }

  private _tick(): void {
    if (
      this._autoplay &&
      this._view !== undefined &&
      !this._view.drawOpen &&
      this.session.state.status === 'playing'
    ) {
      this._send({ kind: 'advance-clock' });
    }
  }
}

import Phaser from 'phaser';
import { focusInView } from '../ui/dom';
import { markScreen, mountScreen, type ScreenName } from '../ui/screen';
import type { SceneKey } from './scene-keys';
import { drawFor } from './render-gate';

/**
 * A screen of the game: props drawn by Phaser on the felt (the page's CSS background), and a DOM
 * panel with the text.
 * Escape goes back to `backTo` when one is set. Subclasses only build views and forward input.
 */
export abstract class TableScene<Data extends object = object> extends Phaser.Scene {
  protected abstract readonly screenName: ScreenName;
  protected readonly backTo: SceneKey | undefined = undefined;
  /** True for screens that load data first; they call {@link markReady} when they can take input. */
  protected readonly loadsAsync: boolean = false;

  /** Builds the DOM panel for this screen. */
  protected abstract buildPanel(data: Data): HTMLElement;

  /** Draws props on the table; the default table is bare felt. */
  protected decorate(_data: Data): void {}

  create(data: Data): void {
    drawFor(this.game, 900);
    // Captions belong to the screen whose sounds they describe.
    document.getElementById('captions')?.replaceChildren();
    this.decorate(data);
    const panel = this.buildPanel(data);
    mountScreen(this.loadsAsync ? null : this.screenName, panel);
    this._focusFirst(panel);
    this._listenForEscape();
  }

  /** Announces that an asynchronously built screen is ready, and focuses its first target. */
  protected markReady(panel: HTMLElement): void {
    markScreen(this.screenName);
    this._focusFirst(panel);
  }

  /** Starts another screen; every navigation goes through here. */
  protected go(key: SceneKey, data: object = {}): void {
    // Scene changes happen in the game loop's next step, so the loop must be awake.
    drawFor(this.game, 900);
    this.scene.start(key, data);
  }

  private _focusFirst(panel: HTMLElement): void {
    if (panel.contains(document.activeElement)) {
      // The player is already at work in this panel (the first screen, adopted): leave the focus.
      return;
    }
    const target =
      panel.querySelector<HTMLElement>('[data-autofocus]') ??
      panel.querySelector<HTMLElement>('h1, h2');
    if (target !== null) {
      if (!target.hasAttribute('tabindex') && /^H[12]$/.test(target.tagName)) {
        target.setAttribute('tabindex', '-1');
      }
      // The screen scrolls to what has the focus: a panel opens at its heading, or at the one
      // control it marks (data-autofocus), never at something out of sight.
      focusInView(target);
    }
  }

  private _listenForEscape(): void {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && this.backTo !== undefined && !event.defaultPrevented) {
        event.preventDefault();
        this.go(this.backTo);
      }
    };
    document.addEventListener('keydown', onKey);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
      document.removeEventListener('keydown', onKey),
    );
  }
}

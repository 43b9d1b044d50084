import Phaser from 'phaser';
import { focusInView } from '../ui/dom';
import { markScreen, mountScreen, mountWhileLoading, type ScreenName } from '../ui/screen';
import type { SceneKey } from './scene-keys';
import { drawFor } from './render-gate';
import { afterPaint } from '../ui/yield';

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
    if (panel.isConnected && !this.loadsAsync) {
      // Already on screen (the first screen, adopted): it is ready now, and keeps its focus.
      mountScreen(this.screenName, panel);
      this._focusFirst(panel);
    } else if (this.loadsAsync) {
      const cancel = mountWhileLoading(panel);
      this.events.once('shutdown', cancel);
    } else {
      mountScreen(null, panel);
      this.markReady(panel);
    }
    this._listenForEscape();
  }

  /**
   * Announces that the screen's panel (on the page) is ready, and focuses its first target, once
   * the panel has been painted: focusing at once would make the browser lay the new panel out in
   * the task that built it, one long task where two short ones do (docs/PERFORMANCE.md, "Long
   * tasks"). The name and the focus come together, so whoever waits for the screen finds it
   * focused.
   */
  protected markReady(panel: HTMLElement): void {
    const name = this.screenName;
    afterPaint(() => {
      // Left already, or a phase of the screen (the draw) has named itself meanwhile.
      if (!panel.isConnected || document.body.dataset.screen !== undefined) {
        return;
      }
      markScreen(name);
      this._focusFirst(panel);
    });
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

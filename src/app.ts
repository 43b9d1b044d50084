import type Phaser from 'phaser';
import type { AppStore } from './session/app-store';

/**
 * The page's one global, `window.overseer`: set once by main.ts for the browser suite, the bench
 * and the console. It holds no game rule; nothing in the game reads it.
 */
export interface DebugHandle {
  /** The table; set once Phaser has loaded, after the first screen is painted. */
  game?: Phaser.Game;
  readonly store: AppStore;
}

declare global {
  interface Window {
    overseer?: DebugHandle;
  }
}

/** The long-lived services of one visit, created once in main.ts. */
export interface App {
  readonly store: AppStore;
}

let current: App | undefined;

/** Installs the services; main.ts calls this once before the game starts. */
export function installApp(app: App): void {
  current = app;
}

/** The services of this visit. */
export function app(): App {
  if (current === undefined) {
    throw new Error('installApp() must run before any screen is shown');
  }
  return current;
}

import type { AppStore } from './session/app-store';

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

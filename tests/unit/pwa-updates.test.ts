// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../../src/i18n/i18n';
import { showUpdatePrompt } from '../../src/pwa/update-prompt';
import { offerUpdates, type WorkerUpdates } from '../../src/pwa/updates';

type UpdateEvent = 'waiting' | 'controlling';

/** A service worker registration as workbox-window reports it, driven by the test. */
class FakeWorker implements WorkerUpdates {
  skipWaitingMessages = 0;
  private readonly _listeners: { type: UpdateEvent; listener: () => void }[] = [];

  addEventListener(type: UpdateEvent, listener: () => void): void {
    this._listeners.push({ type, listener });
  }

  messageSkipWaiting(): void {
    this.skipWaitingMessages += 1;
  }

  emit(type: UpdateEvent): void {
    for (const entry of this._listeners.filter((candidate) => candidate.type === type)) {
      entry.listener();
    }
  }
}

/** Wires the flow to a fake worker and records every prompt and reload. */
function wire() {
  const worker = new FakeWorker();
  const accepts: (() => void)[] = [];
  let reloads = 0;
  offerUpdates(
    worker,
    (accept) => accepts.push(accept),
    () => {
      reloads += 1;
    },
  );
  return { worker, accepts, reloads: () => reloads };
}

describe('offering a new version', () => {
  it('asks the player and changes nothing until the player accepts', () => {
    const { worker, accepts, reloads } = wire();
    expect(accepts).toHaveLength(0);
    worker.emit('waiting');
    expect(accepts).toHaveLength(1);
    expect(worker.skipWaitingMessages).toBe(0);
    expect(reloads()).toBe(0);
  });

  it('tells the waiting worker to take over only on accept, and reloads once it has', () => {
    const { worker, accepts, reloads } = wire();
    worker.emit('waiting');
    accepts[0]?.();
    accepts[0]?.();
    expect(worker.skipWaitingMessages).toBe(1);
    // The page is not reloaded before the new worker controls it: it would load the old one.
    expect(reloads()).toBe(0);
    worker.emit('controlling');
    expect(reloads()).toBe(1);
  });

  it('does not reload for a takeover the player did not accept on this page', () => {
    const { worker, reloads } = wire();
    // The first install claims the page, or another tab of the game accepted an update.
    worker.emit('controlling');
    worker.emit('waiting');
    worker.emit('controlling');
    expect(reloads()).toBe(0);
    expect(worker.skipWaitingMessages).toBe(0);
  });
});

describe('the update prompt', () => {
  beforeAll(() => {
    initI18n('en');
  });
  afterEach(async () => {
    document.body.replaceChildren();
    await i18n.changeLanguage('en');
  });

  function notices(): HTMLElement {
    const region = document.createElement('div');
    region.id = 'notices';
    region.setAttribute('role', 'status');
    document.body.append(region);
    return region;
  }

  function button(notice: HTMLElement, action: string): HTMLButtonElement {
    const found = notice.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    if (found === null) {
      throw new Error(`no ${action} button`);
    }
    return found;
  }

  it('says a new version is ready, with "Reload to update" and "Later", in the live region', () => {
    const region = notices();
    const notice = showUpdatePrompt(() => undefined);
    expect(notice.parentElement).toBe(region);
    expect(notice.querySelector('p')?.textContent).toContain('new version');
    expect(button(notice, 'pwa-reload').textContent).toBe('Reload to update');
    expect(button(notice, 'pwa-later').textContent).toBe('Later');
    expect(button(notice, 'pwa-reload').type).toBe('button');
    // It takes no focus: a player in the middle of a level keeps where they were.
    expect(document.activeElement).toBe(document.body);
  });

  it('accepts once on "Reload to update" and goes away on "Later" without accepting', () => {
    notices();
    let accepted = 0;
    const first = showUpdatePrompt(() => {
      accepted += 1;
    });
    button(first, 'pwa-later').click();
    expect(first.isConnected).toBe(false);
    expect(accepted).toBe(0);
    const second = showUpdatePrompt(() => {
      accepted += 1;
    });
    button(second, 'pwa-reload').click();
    button(second, 'pwa-reload').click();
    expect(accepted).toBe(1);
    expect(button(second, 'pwa-later').disabled).toBe(true);
  });

  it('shows one prompt at a time', () => {
    const region = notices();
    const first = showUpdatePrompt(() => undefined);
    expect(showUpdatePrompt(() => undefined)).toBe(first);
    expect(region.children).toHaveLength(1);
  });

  it('speaks German, formally, when the player chose German', async () => {
    notices();
    await i18n.changeLanguage('de');
    const notice = showUpdatePrompt(() => undefined);
    expect(notice.querySelector('p')?.textContent).toContain('Ihr Fortschritt');
    expect(button(notice, 'pwa-reload').textContent).toBe('Neu laden und aktualisieren');
    expect(button(notice, 'pwa-later').textContent).toBe('Später');
  });
});

/**
 * The reliability suite: tries to break the game on purpose, the way school laptops and
 * locked-down browsers do. Each check is one boot where it can be.
 * - corrupt saves of several kinds → the game starts, says so, and keeps the old value aside;
 * - storage that throws → the game plays without saving and says so;
 * - no audio at all → the game plays silently, without a console error;
 * - no request ever leaves the page's origin.
 * The harness (useGame) already fails every test on a console error, an uncaught error, an HTTP
 * error or a foreign request.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useGame, type GamePage } from './harness';
import { startLevel } from './play-helpers';

const openGame = useGame();

const SAVE_KEY = 'overseer.save';
const CORRUPT_PREFIX = 'overseer.save.corrupt.';

/** Every key in the page's localStorage that starts with `prefix`, with its value's length. */
async function storedKeys(page: Page, prefix: string): Promise<Record<string, number>> {
  return page.evaluate((start) => {
    const found: Record<string, number> = {};
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (key?.startsWith(start) === true) {
        found[key] = localStorage.getItem(key)?.length ?? -1;
      }
    }
    return found;
  }, prefix);
}

/** The keys of the notices on screen. */
async function noticeKeys(game: GamePage): Promise<string[]> {
  await game.page.waitForSelector('#notices [data-notice]', { timeout: 10_000 });
  return game.page.$$eval('#notices [data-notice]', (notices) =>
    notices.map((notice) => (notice as HTMLElement).dataset.notice ?? ''),
  );
}

/** A notice's text must be a translated sentence, never the bare i18n key. */
async function expectTranslatedNotice(game: GamePage, key: string): Promise<void> {
  const text = (await game.page.locator(`#notices [data-notice="${key}"] p`).textContent()) ?? '';
  expect(text.trim().length).toBeGreaterThan(10);
  expect(text).not.toContain(key);
}

// Init scripts run in the page, serialised on their own: each seeds one kind of damage and
// cannot share helpers with this file. The huge value is built in the page, not sent.
const seedNotJson = (): void => {
  localStorage.setItem('overseer.save', '{"saveVersion":1,"minCompatible":1,"data":{"settings"');
};
const seedWrongTypes = (): void => {
  localStorage.setItem(
    'overseer.save',
    JSON.stringify({
      saveVersion: 1,
      minCompatible: 1,
      data: {
        settings: { language: 42, masterVolume: 'loud' },
        progress: { completedLevels: 'all' },
      },
    }),
  );
};
const seedNewerVersion = (): void => {
  localStorage.setItem('overseer.save', '{"saveVersion":99,"minCompatible":99,"data":{}}');
};
const seedHuge = (): void => {
  // About 2 MB: a well-formed envelope whose data is padded far past any real save.
  const padding = 'x'.repeat(2_000_000);
  localStorage.setItem(
    'overseer.save',
    `{"saveVersion":1,"minCompatible":1,"data":{"pad":"${padding}"}}`,
  );
};

/** Each kind of damage, and the notice it must raise. */
const CORRUPT_SAVES = [
  { kind: 'not JSON', seed: seedNotJson, notice: 'save.notice.recovered' },
  { kind: 'wrong types', seed: seedWrongTypes, notice: 'save.notice.recovered' },
  { kind: 'a newer save version', seed: seedNewerVersion, notice: 'save.notice.recoveredNewer' },
  { kind: 'a huge value (~2 MB)', seed: seedHuge, notice: 'save.notice.recovered' },
] as const;

describe('a damaged save', () => {
  it.each(CORRUPT_SAVES)(
    'with $kind: the game reaches the title, says so, and keeps the old value aside',
    async ({ seed, notice }) => {
      const game = await openGame({ initScript: seed });
      await game.waitForScreen('title');
      expect(await noticeKeys(game)).toContain(notice);
      await expectTranslatedNotice(game, notice);

      // The main key no longer holds the damaged value: it is empty or a valid save.
      const main = await game.page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
      if (main !== null) {
        expect(main.length).toBeLessThan(100_000);
        expect((JSON.parse(main) as { saveVersion: number }).saveVersion).toBe(1);
      }

      // The damaged value is kept under one backup key, byte for byte: seeding it again
      // (the same init script, run now) writes exactly what the backup holds.
      const backups = await storedKeys(game.page, CORRUPT_PREFIX);
      expect(Object.keys(backups)).toHaveLength(1);
      const [backupKey = ''] = Object.keys(backups);
      await game.page.evaluate(seed);
      const identical = await game.page.evaluate(
        ({ backup, key }) => localStorage.getItem(backup) === localStorage.getItem(key),
        { backup: backupKey, key: SAVE_KEY },
      );
      expect(identical).toBe(true);
      await game.page.evaluate((key) => localStorage.removeItem(key), SAVE_KEY);

      // The game still works: a screen opens and closes.
      await game.page.click('[data-action="settings"]');
      await game.waitForScreen('settings');
      await game.page.keyboard.press('Escape');
      await game.waitForScreen('title');
    },
  );
});

describe('storage that throws', () => {
  it('plays without saving and says it cannot save', async () => {
    const game = await openGame({
      initScript: () => {
        const refuse = (): never => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        Storage.prototype.getItem = refuse;
        Storage.prototype.setItem = refuse;
        Storage.prototype.removeItem = refuse;
      },
    });
    await game.waitForScreen('title');
    expect(await noticeKeys(game)).toContain('save.notice.unavailable');
    await expectTranslatedNotice(game, 'save.notice.unavailable');

    // Settings still change live, from memory.
    await game.page.click('[data-action="settings"]');
    await game.waitForScreen('settings');
    await game.page.check('[data-setting="highContrast"]');
    await expect(game.page.locator('html').getAttribute('data-high-contrast')).resolves.toBe('on');
    await game.page.keyboard.press('Escape');
    await game.waitForScreen('title');
    const canSave = await game.page.evaluate(() => window.overseer?.store.canSave);
    expect(canSave).toBe(false);
    await game.snap('reliability-storage-blocked');
  });
});

describe('no audio at all', () => {
  it('plays silently, with no console error and no pile of refused media elements', async () => {
    const game = await openGame({
      initScript: () => {
        const scope = window as unknown as Record<string, unknown>;
        delete scope.AudioContext;
        delete scope.webkitAudioContext;
        HTMLMediaElement.prototype.play = () =>
          Promise.reject(new DOMException('play() is not allowed', 'NotAllowedError'));
        // Counts the media elements made: each refused try must not leave another one behind.
        const Original = window.Audio;
        let made = 0;
        const Counted = function (this: unknown, src?: string): HTMLAudioElement {
          made += 1;
          return new Original(src);
        };
        Object.defineProperty(Counted, 'prototype', { value: Original.prototype });
        scope.Audio = Counted;
        Object.defineProperty(scope, '__audioElementsMade', { get: () => made });
      },
    });
    await game.waitForScreen('title');
    expect(await game.page.evaluate(() => 'AudioContext' in window)).toBe(false);

    // Sound settings change without a sound system.
    await game.page.click('[data-action="settings"]');
    await game.waitForScreen('settings');
    await game.page.check('[data-setting="captions"]');
    await game.page.locator('[data-setting="masterVolume"]').fill('40');
    await game.page.keyboard.press('Escape');
    await game.waitForScreen('title');

    // Into a level: the day raises cues as mail arrives.
    await startLevel(game, '0-first-day');
    for (let step = 0; step < 4; step += 1) {
      await game.page.click('[data-action="next"]');
    }
    await expect.poll(() => game.page.locator('.inbox-list li').count()).toBeGreaterThan(0);
    const made = await game.page.evaluate(
      () => (window as unknown as Record<string, number>).__audioElementsMade,
    );
    // Howler's pool of ten, a test element or two and one per cue: 17 here. A cue the browser
    // refuses after a gesture is not tried again; trying each cue anew made 173 in this walk,
    // and past Chromium's limit the page logs "too many WebMediaPlayers" errors.
    expect(made).toBeLessThanOrEqual(30);
    expect(game.problems).toEqual([]);
  });
});

describe('the page origin', () => {
  it('sends no request to another origin, from the title through every menu screen', async () => {
    const game = await openGame();
    await game.waitForScreen('title');
    const screens = await game.page.$$eval('.title-panel [data-action]', (buttons) =>
      buttons.map((button) => (button as HTMLElement).dataset.action ?? ''),
    );
    expect(screens.length).toBeGreaterThanOrEqual(4);
    const visited: string[] = [];
    for (const action of screens) {
      await game.page.click(`[data-action="${action}"]`);
      await game.page.waitForFunction(() => document.body.dataset.screen !== 'title', undefined, {
        timeout: 10_000,
      });
      visited.push(await game.page.evaluate(() => document.body.dataset.screen ?? ''));
      await game.page.keyboard.press('Escape');
      await game.waitForScreen('title');
    }
    expect(visited.length).toBe(screens.length);
    expect(game.foreignRequests).toEqual([]);
    // The page's own record agrees: every resource it fetched came from its origin.
    const foreign = await game.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== location.origin),
    );
    expect(foreign).toEqual([]);
  });
});

// Hostile level text and broken level files are loaded through the level select and checked in
// tests/e2e/custom-level.e2e.ts.

/** A decision node of another level (5-just-tell-it-no) that the first level does not have. */
const FOREIGN_DECISION = foreignDecision();

function foreignDecision(): string {
  type Nodes = { nodes: { id: string; kind: string }[] };
  const read = (id: string) => JSON.parse(readFileSync(`levels/${id}/level.json`, 'utf8')) as Nodes;
  const own = new Set(read('0-first-day').nodes.map((node) => node.id));
  const found = read('5-just-tell-it-no').nodes.find(
    (node) => node.kind === 'decision' && !own.has(node.id),
  );
  if (found === undefined) {
    throw new Error('5-just-tell-it-no has no decision the first level lacks');
  }
  return found.id;
}

/** Ways a saved level in progress may not fit its level (an older build's save, or hand-edited). */
const UNFIT_SAVES = [
  {
    kind: 'a node id that does not exist',
    edit: (state: Record<string, unknown>) => {
      state.node = 'no-such-node';
    },
  },
  {
    kind: 'a wrong state version',
    edit: (state: Record<string, unknown>) => {
      state.stateVersion = 999;
    },
  },
  {
    kind: 'a pending decision that belongs to another level',
    edit: (state: Record<string, unknown>) => {
      state.status = 'awaiting-approval';
      state.pending = { decision: FOREIGN_DECISION, arm: 'harmful' };
    },
  },
] as const;

interface StoredSave {
  data: {
    inProgress?: { levelId: string; state: { seed: number; state: Record<string, unknown> } };
  };
}

describe('a saved level that does not fit its level', () => {
  it.each(UNFIT_SAVES)(
    'with $kind: continuing it sets the save aside, says so, and the level starts afresh',
    async ({ edit }) => {
      const game = await openGame();
      await game.waitForScreen('title');
      await startLevel(game, '0-first-day');

      // Damage the level in progress in the stored save, as an old build or a person might.
      const damaged = await game.page.evaluate((key) => {
        const save = JSON.parse(localStorage.getItem(key) ?? '{}') as StoredSave;
        return save;
      }, SAVE_KEY);
      const inProgress = damaged.data.inProgress;
      expect(inProgress?.levelId).toBe('0-first-day');
      edit(inProgress?.state.state ?? {});
      const raw = JSON.stringify(damaged);
      await game.page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
        key: SAVE_KEY,
        value: raw,
      });

      await game.page.reload();
      await game.waitForScreen('title');
      await game.page.click('[data-action="continue"]');
      await game.waitForScreen('briefing');
      expect(await noticeKeys(game)).toEqual(['save.notice.levelSetAside']);
      await expectTranslatedNotice(game, 'save.notice.levelSetAside');

      // The damaged save is kept aside byte for byte; the main save holds a fresh briefing.
      const backups = await storedKeys(game.page, CORRUPT_PREFIX);
      expect(Object.keys(backups)).toEqual([`${CORRUPT_PREFIX}1`]);
      const kept = await game.page.evaluate(
        (key) => localStorage.getItem(key),
        `${CORRUPT_PREFIX}1`,
      );
      expect(kept).toBe(raw);
      const main = await game.page.evaluate((key) => localStorage.getItem(key) ?? '{}', SAVE_KEY);
      const fresh = (JSON.parse(main) as StoredSave).data.inProgress?.state.state;
      expect(fresh).toMatchObject({ status: 'briefing', node: null, pending: null });

      await game.page.click('[data-action="to-loadout"]');
      await game.waitForScreen('loadout');
      await game.snap('reliability-unfit-level-save');
    },
    90_000,
  );
});

import { describe, expect, it } from 'vitest';
import { LEVEL_IDS, loadShippedLevel } from '../../tests/unit/level-catalog';
import { GAME_STATE_VERSION, type GameState, type Level } from '../core';
import { AppStore } from './app-store';
import { endGame, resumeGame, startGame } from './current-game';
import { GameSession, NEW_DAY, parseSavedGame } from './game-session';
import { CORRUPT_KEY_PREFIX, SAVE_KEY, type SaveNotice } from './storage';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const level = loadShippedLevel('0-first-day');

/** A game of `level` played into the day, as a save holds it. */
function savedMidDay(of: Level = level): { seed: number; state: Record<string, unknown> } {
  const session = GameSession.start(of, 42, () => undefined);
  session.dispatch({ kind: 'open-loadout' });
  session.dispatch({ kind: 'start-day' });
  session.dispatch({ kind: 'advance-clock' });
  expect(session.state.status).not.toBe('briefing');
  return {
    seed: 42,
    state: JSON.parse(JSON.stringify(session.state)) as Record<string, unknown>,
  };
}

/** A store whose level in progress is `state` (edited), after a reload. */
function reloadedWith(edit: (state: Record<string, unknown>) => void) {
  const storage = memoryStorage();
  const saved = savedMidDay();
  edit(saved.state);
  AppStore.open('en', { storage }).saveInProgress({ levelId: level.id, state: saved });
  const raw = storage.getItem(SAVE_KEY);
  const store = AppStore.open('en', { storage });
  const notices: SaveNotice[] = [];
  store.onNotice((notice) => notices.push(notice));
  return { storage, store, raw, notices };
}

const otherDecision = LEVEL_IDS.map(loadShippedLevel)
  .flatMap((other) => Object.values(other.nodes))
  .find((node) => node.kind === 'decision' && level.nodes[node.id] === undefined);

describe('continuing a saved level', () => {
  it('continues a save that fits the level, in the same state', () => {
    const storage = memoryStorage();
    const saved = savedMidDay();
    AppStore.open('en', { storage }).saveInProgress({ levelId: level.id, state: saved });
    const store = AppStore.open('en', { storage });
    const session = resumeGame(store, level);
    expect(session?.state).toEqual(saved.state);
    expect(session?.seed).toBe(42);
    expect(store.takeNotices()).toEqual([]);
    endGame();
  });

  it.each([
    [
      'a node id that does not exist',
      (state: Record<string, unknown>) => {
        state.node = 'no-such-node';
      },
      'unknown-node',
    ],
    [
      'a wrong state version',
      (state: Record<string, unknown>) => {
        state.stateVersion = GAME_STATE_VERSION + 1;
      },
      'state-version',
    ],
    [
      "a pending decision of another level's",
      (state: Record<string, unknown>) => {
        state.status = 'awaiting-approval';
        state.pending = { decision: otherDecision?.id, arm: 'harmful' };
      },
      'pending-not-a-decision',
    ],
  ] as const)(
    'sets aside a save with %s, says so, and the level starts afresh',
    (_name, edit, problem) => {
      const { storage, store, raw, notices } = reloadedWith(edit);
      const saved = store.inProgress?.state;
      const parsed = parseSavedGame(level, saved);
      expect(parsed.ok ? [] : parsed.error.map((found) => found.kind)).toEqual([problem]);

      let resumed: GameSession | undefined;
      expect(() => (resumed = resumeGame(store, level))).not.toThrow();
      expect(resumed).toBeUndefined();
      expect(store.inProgress).toBeUndefined();
      expect(notices).toEqual([
        { key: 'save.notice.levelSetAside', params: { backupKey: `${CORRUPT_KEY_PREFIX}1` } },
      ]);
      // The stored save, as it was, is kept byte for byte.
      expect(storage.getItem(`${CORRUPT_KEY_PREFIX}1`)).toBe(raw);
      // The main save still holds settings and progress, without the level.
      const main = JSON.parse(storage.getItem(SAVE_KEY) ?? '{}') as { data: object };
      expect(main.data).not.toHaveProperty('inProgress');

      const fresh = startGame(store, level, 7);
      expect(fresh.state.status).toBe('briefing');
      expect(fresh.state.node).toBeNull();
      expect((store.inProgress?.state as { state: GameState }).state.status).toBe('briefing');
      endGame();
    },
  );

  it('forgets a level in progress without a readable save, and says so once', () => {
    const { store, notices } = reloadedWith(() => undefined);
    store.saveInProgress({ levelId: level.id, state: 'garbage' });
    expect(resumeGame(store, level)).toBeUndefined();
    expect(notices.map((notice) => notice.key)).toEqual(['save.notice.levelSetAside']);
  });

  it('says the level starts afresh even when the save cannot be copied', () => {
    const store = AppStore.open('en', { storage: null });
    const notices: SaveNotice[] = [];
    store.onNotice((notice) => notices.push(notice));
    store.saveInProgress({ levelId: level.id, state: { seed: 1, state: { stateVersion: 0 } } });
    expect(resumeGame(store, level)).toBeUndefined();
    expect(notices.map((notice) => notice.key)).toEqual([
      'save.notice.unavailable',
      'save.notice.levelDiscarded',
    ]);
  });
});

describe('the day as the player left it', () => {
  /** A store after a reload, and the session continued from it. */
  function reload(storage: Storage) {
    const store = AppStore.open('en', { storage });
    const session = resumeGame(store, level);
    return { store, session };
  }

  /** A game played into the day in a store, as the scenes start one. */
  function played(storage: Storage) {
    const store = AppStore.open('en', { storage });
    const session = startGame(store, level, 42);
    session.dispatch({ kind: 'open-loadout' });
    session.dispatch({ kind: 'start-day' });
    while (session.state.delivered.length < 2) {
      session.dispatch({ kind: 'advance-clock' });
    }
    for (const delivered of session.state.delivered) {
      session.dispatch({ kind: 'open-email', email: delivered.email });
    }
    return { store, session };
  }

  it('a new game starts paused, at the normal pace, with nothing in the reader', () => {
    const { session } = played(memoryStorage());
    expect(NEW_DAY).toEqual({ running: false, pace: 'normal', waiting: false, reading: null });
    expect(session.dayClock).toEqual(NEW_DAY);
    endGame();
  });

  it('a reload continues a running day running, at its pace, with the same email open', () => {
    const storage = memoryStorage();
    const { session } = played(storage);
    const first = session.state.delivered[0]?.email ?? '';
    session.setDayClock({ pace: 'fast' });
    session.setDayClock({ running: true });
    session.setDayClock({ reading: first });
    endGame();
    const after = reload(storage).session;
    expect(after?.dayClock).toEqual({
      running: true,
      pace: 'fast',
      waiting: false,
      reading: first,
    });
    expect(after?.state).toEqual(session.state);
    endGame();
  });

  it('a reload continues a paused day paused, and one that waited for the player waiting', () => {
    const storage = memoryStorage();
    const { session } = played(storage);
    session.setDayClock({ pace: 'slow', running: true });
    session.waitForPlayer();
    endGame();
    expect(reload(storage).session?.dayClock).toMatchObject({
      running: false,
      pace: 'slow',
      waiting: true,
    });
    endGame();
    const again = played(storage).session;
    again.setDayClock({ pace: 'fast', running: true });
    again.setDayClock({ running: false });
    endGame();
    expect(reload(storage).session?.dayClock).toMatchObject({
      running: false,
      pace: 'fast',
      waiting: false,
    });
    endGame();
  });

  it('every step of the rules saves the day too', () => {
    const storage = memoryStorage();
    const { session } = played(storage);
    session.setDayClock({ running: true, pace: 'slow' });
    session.dispatch({ kind: 'advance-clock' });
    const saved = JSON.parse(storage.getItem(SAVE_KEY) ?? '{}') as {
      data: { inProgress: { state: { day: unknown; state: GameState } } };
    };
    expect(saved.data.inProgress.state.day).toEqual(session.dayClock);
    expect(saved.data.inProgress.state.state).toEqual(session.state);
    endGame();
  });

  it('Play again starts a clean day: paused, at the normal pace, the reader empty', () => {
    const storage = memoryStorage();
    const { store, session } = played(storage);
    session.setDayClock({ pace: 'fast', running: true, reading: session.state.read[0] ?? null });
    endGame();
    const again = startGame(store, level, 9);
    expect(again.dayClock).toEqual(NEW_DAY);
    endGame();
    // And what is saved of it is clean too, so a reload now continues it paused.
    expect(reload(storage).session?.dayClock).toEqual(NEW_DAY);
    endGame();
  });

  it('a save from before the day was kept continues paused at the normal pace', () => {
    const storage = memoryStorage();
    const saved = savedMidDay();
    expect(saved).not.toHaveProperty('day');
    AppStore.open('en', { storage }).saveInProgress({ levelId: level.id, state: saved });
    const { store, session } = reload(storage);
    expect(session?.dayClock).toEqual(NEW_DAY);
    expect(session?.state).toEqual(saved.state);
    expect(store.takeNotices()).toEqual([]);
    endGame();
  });

  it.each([
    ['not an object', 'running'],
    ['an unknown pace', { running: true, pace: 'toString', waiting: false, reading: null }],
    ['an email never read', { running: false, pace: 'slow', waiting: true, reading: 'nope' }],
    ['running and waiting at once', { running: true, pace: 'fast', waiting: true, reading: 7 }],
  ] as const)(
    'a day that is %s falls back field by field, never sets the game aside',
    (_n, day) => {
      const saved = { ...savedMidDay(), day };
      const parsed = parseSavedGame(level, saved);
      expect(parsed.ok).toBe(true);
      const clock = parsed.ok ? parsed.value.day : undefined;
      const given = typeof day === 'object' ? day : undefined;
      expect(clock).toEqual({
        running: given?.running ?? false,
        pace: given?.pace === 'slow' || given?.pace === 'fast' ? given.pace : 'normal',
        waiting: given?.running === false && given.waiting,
        reading: null,
      });
    },
  );
});

describe('AppStore notices', () => {
  it('hands queued notices to a listener at once, and later ones as they come', () => {
    const storage = memoryStorage();
    storage.setItem(SAVE_KEY, '{not json');
    const store = AppStore.open('en', { storage });
    const seen: string[] = [];
    store.onNotice((notice) => seen.push(notice.key));
    expect(seen).toEqual(['save.notice.recovered']);
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    store.updateSettings({ muted: true });
    store.updateSettings({ muted: false });
    // A failing autosave is said once a visit, not on every change.
    expect(seen).toEqual(['save.notice.recovered', 'save.notice.writeFailed']);
    expect(store.takeNotices()).toEqual([]);
  });
});

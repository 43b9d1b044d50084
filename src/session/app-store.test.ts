import { describe, expect, it } from 'vitest';
import { AppStore } from './app-store';
import { SAVE_KEY } from './storage';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
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

describe('AppStore', () => {
  it('starts fresh, autosaves each change and reads it back on the next visit', () => {
    const storage = memoryStorage();
    const first = AppStore.open('de', { storage });
    expect(first.settings.language).toBe('de');
    first.updateSettings({ muted: true });
    first.completeLevel('0-first-day', 'badge-first-day');
    const second = AppStore.open('en', { storage });
    expect(second.settings.muted).toBe(true);
    expect(second.progress.completedLevels).toEqual(['0-first-day']);
    expect(second.takeNotices()).toEqual([]);
  });

  it('keeps the review record across levels and visits, each game counted once', () => {
    const storage = memoryStorage();
    const first = AppStore.open('en', { storage });
    const game = {
      harmfulArrived: 1,
      harmfulStopped: 0,
      legitimateReviewed: 5,
      legitimateHeld: 1,
      unreviewed: 2,
      waitingMinutes: 14,
    };
    first.recordReview('1-the-upgrade:42', game);
    first.recordReview('1-the-upgrade:42', game);
    first.recordReview('2-the-pivot:7', { ...game, harmfulStopped: 1 });
    const second = AppStore.open('en', { storage });
    expect(second.reviewRecord).toEqual({
      harmfulArrived: 2,
      harmfulStopped: 1,
      legitimateReviewed: 10,
      legitimateHeld: 2,
      unreviewed: 4,
      waitingMinutes: 28,
    });
  });

  it('keeps a corrupt save aside, starts fresh and says so', () => {
    const storage = memoryStorage({ [SAVE_KEY]: '{not json' });
    const store = AppStore.open('en', { storage });
    expect(store.progress.completedLevels).toEqual([]);
    expect(store.takeNotices().map((notice) => notice.key)).toEqual(['save.notice.recovered']);
    const keys = [...Array(storage.length).keys()].map((index) => storage.key(index) ?? '');
    expect(keys.some((key) => key.startsWith(`${SAVE_KEY}.corrupt.`))).toBe(true);
  });

  it('plays on from memory when storage throws', () => {
    const throwing = memoryStorage();
    throwing.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const store = AppStore.open('en', { storage: throwing });
    expect(store.canSave).toBe(false);
    store.updateSettings({ captions: false });
    expect(store.settings.captions).toBe(false);
    expect(store.takeNotices().map((notice) => notice.key)).toEqual(['save.notice.unavailable']);
  });

  it('remembers a level in progress until it is completed', () => {
    const storage = memoryStorage();
    const store = AppStore.open('en', { storage });
    store.saveInProgress({ levelId: '1-the-upgrade', state: { step: 3 } });
    expect(AppStore.open('en', { storage }).inProgress).toEqual({
      levelId: '1-the-upgrade',
      state: { step: 3 },
    });
    store.completeLevel('1-the-upgrade', 'b');
    expect(AppStore.open('en', { storage }).inProgress).toBeUndefined();
  });
});

describe('AppStore.unlockLevels', () => {
  it('opens levels once and keeps them open across visits', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
    const store = AppStore.open('en', { storage });
    store.unlockLevels(['a', 'b']);
    store.unlockLevels(['b', 'c']);
    expect(AppStore.open('en', { storage }).progress.unlockedLevels).toEqual(['a', 'b', 'c']);
  });
});

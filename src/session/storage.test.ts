import { describe, expect, it } from 'vitest';
import type { SaveData } from './save-schema';
import {
  CORRUPT_KEY_PREFIX,
  loadSave,
  MAX_SAVE_CHARS,
  migrateSaveData,
  SAVE_KEY,
  SAVE_MIN_COMPATIBLE,
  SAVE_VERSION,
  serializeSave,
  type StorageLike,
  writeSave,
} from './storage';

/** An in-memory Storage with an optional quota in characters, like a browser's. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(private readonly _quota = Infinity) {}

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    let used = value.length + key.length;
    for (const [otherKey, otherValue] of this.items) {
      if (otherKey !== key) {
        used += otherKey.length + otherValue.length;
      }
    }
    if (used > this._quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Storage the way a browser with cookies blocked hands it out: every call throws. */
const throwingStorage: StorageLike = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

function sampleData(): SaveData {
  return {
    settings: {
      language: 'de',
      masterVolume: 0.7,
      musicVolume: 0.4,
      effectsVolume: 1,
      muted: false,
      captions: true,
      textSize: 'large',
      reducedMotion: 'on',
      highContrast: true,
      moreTime: true,
    },
    progress: { completedLevels: ['00-first-day'], badges: ['no-trigger'], unlockedLevels: ['01'] },
    inProgress: { levelId: '01-the-upgrade', state: { nodeId: 'n3', rng: [1, 2, 3, 4] } },
  };
}

function envelope(overrides: Record<string, unknown>): string {
  return JSON.stringify({
    saveVersion: SAVE_VERSION,
    minCompatible: SAVE_MIN_COMPATIBLE,
    data: sampleData(),
    ...overrides,
  });
}

const fixedNow = (): Date => new Date('2026-03-01T10:00:00.000Z');

describe('loadSave', () => {
  it('reports a fresh start when nothing is saved', () => {
    expect(loadSave({ storage: new MemoryStorage() })).toEqual({ kind: 'fresh' });
  });

  it('loads what writeSave wrote, field for field (round trip)', () => {
    const storage = new MemoryStorage();
    const data = sampleData();
    expect(writeSave(data, { storage, now: fixedNow })).toMatchObject({ ok: true });
    expect(loadSave({ storage })).toEqual({
      kind: 'loaded',
      data,
      savedAt: '2026-03-01T10:00:00.000Z',
      migratedFrom: undefined,
    });
  });

  it('stores the versioned envelope under overseer.save', () => {
    const storage = new MemoryStorage();
    writeSave(sampleData(), { storage, now: fixedNow });
    const stored = JSON.parse(storage.getItem('overseer.save') ?? 'null') as Record<
      string,
      unknown
    >;
    expect(stored).toMatchObject({
      saveVersion: SAVE_VERSION,
      minCompatible: SAVE_MIN_COMPATIBLE,
      savedAt: '2026-03-01T10:00:00.000Z',
    });
  });

  it('accepts a save without savedAt or inProgress', () => {
    const storage = new MemoryStorage();
    const { inProgress: _omitted, ...data } = sampleData();
    storage.setItem(SAVE_KEY, JSON.stringify({ saveVersion: 1, minCompatible: 1, data }));
    expect(loadSave({ storage })).toMatchObject({ kind: 'loaded', data, savedAt: undefined });
  });

  it.each([
    ['not JSON', '{"saveVersion": 1, "data": ', 'not-json'],
    ['an empty string', '', 'not-json'],
    ['a JSON number', '42', 'wrong-shape'],
    [
      'an envelope without data',
      JSON.stringify({ saveVersion: 1, minCompatible: 1 }),
      'wrong-shape',
    ],
    ['a version that is a string', envelope({ saveVersion: '1' }), 'wrong-shape'],
    ['minCompatible above saveVersion', envelope({ minCompatible: 2 }), 'wrong-shape'],
    [
      'a volume that is a string',
      envelope({
        data: { ...sampleData(), settings: { ...sampleData().settings, masterVolume: 'loud' } },
      }),
      'wrong-shape',
    ],
    [
      'an unknown text size',
      envelope({
        data: { ...sampleData(), settings: { ...sampleData().settings, textSize: 'huge' } },
      }),
      'wrong-shape',
    ],
    [
      'completed levels that are not strings',
      envelope({ data: { ...sampleData(), progress: { completedLevels: [1, 2], badges: [] } } }),
      'wrong-shape',
    ],
    [
      'a newer version this build cannot read',
      envelope({ saveVersion: SAVE_VERSION + 1, minCompatible: SAVE_VERSION + 1 }),
      'newer-version',
    ],
    ['an absurdly large value', 'x'.repeat(MAX_SAVE_CHARS + 1), 'too-large'],
  ])('sets aside %s and starts fresh with a notice', (_label, raw, reason) => {
    const storage = new MemoryStorage();
    storage.setItem(SAVE_KEY, raw);
    const result = loadSave({ storage });
    expect(result).toMatchObject({
      kind: 'recovered',
      reason,
      backupKey: `${CORRUPT_KEY_PREFIX}1`,
    });
    expect(storage.getItem(`${CORRUPT_KEY_PREFIX}1`)).toBe(raw);
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    expect(loadSave({ storage })).toEqual({ kind: 'fresh' });
  });

  it('names the versions in the notice for a save from a newer build', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVE_KEY, envelope({ saveVersion: 7, minCompatible: 5 }));
    const result = loadSave({ storage });
    expect(result).toMatchObject({
      kind: 'recovered',
      notice: {
        key: 'save.notice.recoveredNewer',
        params: {
          backupKey: 'overseer.save.corrupt.1',
          saveVersion: 7,
          supportedVersion: SAVE_VERSION,
        },
      },
    });
  });

  it('reads a newer save whose writer declared this version compatible', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      SAVE_KEY,
      envelope({ saveVersion: SAVE_VERSION + 1, minCompatible: SAVE_VERSION }),
    );
    expect(loadSave({ storage })).toMatchObject({ kind: 'loaded', data: sampleData() });
  });

  it('never overwrites an earlier backup: each corrupt save gets the next free slot', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${CORRUPT_KEY_PREFIX}1`, 'first');
    storage.setItem(SAVE_KEY, 'second');
    expect(loadSave({ storage })).toMatchObject({ backupKey: `${CORRUPT_KEY_PREFIX}2` });
    storage.setItem(SAVE_KEY, 'third');
    expect(loadSave({ storage })).toMatchObject({ backupKey: `${CORRUPT_KEY_PREFIX}3` });
    expect(storage.getItem(`${CORRUPT_KEY_PREFIX}1`)).toBe('first');
    expect(storage.getItem(`${CORRUPT_KEY_PREFIX}2`)).toBe('second');
    expect(storage.getItem(`${CORRUPT_KEY_PREFIX}3`)).toBe('third');
  });

  it('keeps the corrupt save in place and disables saving when there is no room for a copy', () => {
    const raw = 'not json at all';
    const storage = new MemoryStorage(SAVE_KEY.length + raw.length + 10);
    storage.setItem(SAVE_KEY, raw);
    expect(loadSave({ storage })).toEqual({
      kind: 'unavailable',
      reason: 'set-aside-failed',
      notice: { key: 'save.notice.setAsideFailed' },
    });
    expect(storage.getItem(SAVE_KEY)).toBe(raw);
  });

  it('reports unavailable storage when reading throws a SecurityError', () => {
    expect(loadSave({ storage: throwingStorage })).toEqual({
      kind: 'unavailable',
      reason: 'storage-blocked',
      notice: { key: 'save.notice.unavailable' },
    });
  });

  it('reports unavailable storage when there is none at all', () => {
    expect(loadSave({ storage: null })).toMatchObject({ kind: 'unavailable' });
  });

  it('uses window.localStorage by default', () => {
    window.localStorage.removeItem(SAVE_KEY);
    expect(writeSave(sampleData())).toMatchObject({ ok: true });
    expect(loadSave()).toMatchObject({ kind: 'loaded', data: sampleData() });
    window.localStorage.removeItem(SAVE_KEY);
  });

  it('clamps out-of-range volumes instead of discarding the save', () => {
    const storage = new MemoryStorage();
    const data = sampleData();
    storage.setItem(
      SAVE_KEY,
      envelope({
        data: { ...data, settings: { ...data.settings, masterVolume: 1.0000001, musicVolume: -3 } },
      }),
    );
    const result = loadSave({ storage });
    expect(result).toMatchObject({ kind: 'loaded' });
    if (result.kind === 'loaded') {
      expect(result.data.settings.masterVolume).toBe(1);
      expect(result.data.settings.musicVolume).toBe(0);
    }
  });
});

describe('migrations', () => {
  it('chains each step from the saved version up to the current one', () => {
    const migrations = {
      1: (data: unknown) => ({ ...(data as object), addedIn2: true }),
      2: (data: unknown) => ({ ...(data as object), addedIn3: true }),
    };
    expect(migrateSaveData({ base: 1 }, 1, migrations, 3)).toEqual({
      base: 1,
      addedIn2: true,
      addedIn3: true,
    });
  });

  it('gives up when a step is missing or throws', () => {
    expect(migrateSaveData({}, 1, {}, 2)).toBeUndefined();
    const throwing = {
      1: () => {
        throw new Error('cannot upgrade');
      },
    };
    expect(migrateSaveData({}, 1, throwing, 2)).toBeUndefined();
  });

  it('is a no-op for a save already at the current version', () => {
    const data = { any: 'thing' };
    expect(migrateSaveData(data, SAVE_VERSION)).toBe(data);
  });
});

describe('writeSave', () => {
  it('reports a full storage as quota-exceeded without throwing', () => {
    const storage = new MemoryStorage(100);
    const result = writeSave(sampleData(), { storage });
    expect(result).toMatchObject({
      ok: false,
      reason: 'quota-exceeded',
      notice: { key: 'save.notice.writeFailed' },
    });
  });

  it('reports a blocked storage without throwing', () => {
    expect(writeSave(sampleData(), { storage: throwingStorage })).toMatchObject({
      ok: false,
      reason: 'storage-blocked',
      notice: { key: 'save.notice.unavailable' },
    });
    expect(writeSave(sampleData(), { storage: null })).toMatchObject({
      ok: false,
      reason: 'storage-blocked',
    });
  });

  it('refuses data that does not match the schema, leaving the old save alone', () => {
    const storage = new MemoryStorage();
    writeSave(sampleData(), { storage });
    const before = storage.getItem(SAVE_KEY);
    const bad = { ...sampleData(), progress: { completedLevels: 'all', badges: [] } };
    const result = writeSave(bad as unknown as SaveData, { storage });
    expect(result).toMatchObject({ ok: false, reason: 'invalid-data' });
    expect(storage.getItem(SAVE_KEY)).toBe(before);
  });

  it('refuses an in-progress state that cannot be serialised', () => {
    const state: Record<string, unknown> = {};
    state['self'] = state;
    const result = writeSave(
      { ...sampleData(), inProgress: { levelId: '01', state } },
      { storage: new MemoryStorage() },
    );
    expect(result).toMatchObject({ ok: false, reason: 'invalid-data' });
  });

  it('refuses a save larger than the load limit, so it could never be read back', () => {
    const storage = new MemoryStorage();
    const result = writeSave(
      { ...sampleData(), inProgress: { levelId: '01', state: 'x'.repeat(MAX_SAVE_CHARS) } },
      { storage },
    );
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(storage.getItem(SAVE_KEY)).toBeNull();
  });

  it('serialises exactly what loadSave reads', () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVE_KEY, serializeSave(sampleData()));
    expect(loadSave({ storage })).toMatchObject({ kind: 'loaded', data: sampleData() });
  });
});

import { parseSaveData, type SaveData } from './save-schema';

/**
 * The save format version this build writes.
 *
 * Version history (bump on any change to the envelope or to `SaveData`; add a migration from the
 * previous version to {@link MIGRATIONS} in the same commit):
 * - 1: first format. `{ saveVersion, minCompatible, savedAt, data: { settings, progress, inProgress? } }`.
 */
export const SAVE_VERSION = 1;

/**
 * Written into each save as `minCompatible`: the oldest `SAVE_VERSION` a build must have to read
 * this save. Keep it low when a change only adds optional fields that older builds may safely
 * ignore; raise it to `SAVE_VERSION` when an older build would misread the new data.
 */
export const SAVE_MIN_COMPATIBLE = 1;

/** The oldest save version this build can still upgrade through {@link MIGRATIONS}. */
export const OLDEST_LOADABLE_VERSION = 1;

/** The localStorage key of the save. */
export const SAVE_KEY = 'overseer.save';

/** Prefix of the keys under which unreadable saves are set aside: `overseer.save.corrupt.<n>`. */
export const CORRUPT_KEY_PREFIX = `${SAVE_KEY}.corrupt.`;

/**
 * The largest save this layer will parse or write, in UTF-16 code units. A real save holds a few
 * settings, some IDs and one level's state: kilobytes. Anything this large is damage, and parsing
 * it would stall the first frame.
 */
export const MAX_SAVE_CHARS = 1_000_000;

/** The part of the Web Storage API this layer uses; tests hand in their own. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Upgrades `data` from the version it is keyed under to the next one. Pure. */
export type Migration = (data: unknown) => unknown;

/**
 * Migrations keyed by the version they upgrade *from*: `MIGRATIONS[1]` turns version-1 data into
 * version-2 data. {@link loadSave} chains them, then validates the result against the current
 * schema, so a migration need not be defensive about anything but its own change. Empty while
 * there is only one version.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** An i18n key with its interpolation values, resolved by the UI. */
export interface SaveNotice {
  readonly key: SaveNoticeKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The notices this layer can return (defined in `src/i18n/locales/<lng>/audio-save.json`). */
export const SAVE_NOTICE_KEYS = [
  'save.notice.recovered',
  'save.notice.recoveredNewer',
  'save.notice.unavailable',
  'save.notice.setAsideFailed',
  'save.notice.writeFailed',
  'save.notice.levelSetAside',
  'save.notice.levelDiscarded',
] as const;
export type SaveNoticeKey = (typeof SAVE_NOTICE_KEYS)[number];

/** Why a stored value could not be used. */
export type CorruptReason = 'not-json' | 'wrong-shape' | 'newer-version' | 'too-old' | 'too-large';

/**
 * The outcome of {@link loadSave}; the session switches on `kind`.
 * - `fresh`: nothing was saved; start a new game.
 * - `loaded`: a valid save (upgraded if it was older).
 * - `recovered`: the stored value was unusable; it now lives under `backupKey` and a new game
 *   starts. Show `notice`.
 * - `unavailable`: saving cannot work in this visit. Show `notice`, play on, and do not call
 *   {@link writeSave}: with `set-aside-failed` an unreadable save is still under {@link SAVE_KEY}
 *   and writing would destroy it.
 */
export type LoadResult =
  | { readonly kind: 'fresh' }
  | {
      readonly kind: 'loaded';
      readonly data: SaveData;
      readonly savedAt: string | undefined;
      readonly migratedFrom: number | undefined;
    }
  | {
      readonly kind: 'recovered';
      readonly reason: CorruptReason;
      readonly backupKey: string;
      readonly notice: SaveNotice;
    }
  | {
      readonly kind: 'unavailable';
      readonly reason: 'storage-blocked' | 'set-aside-failed';
      readonly notice: SaveNotice;
    };

/** The outcome of {@link writeSave}; a failure never throws. */
export type WriteResult =
  | { readonly ok: true; readonly chars: number }
  | {
      readonly ok: false;
      readonly reason: 'storage-blocked' | 'quota-exceeded' | 'too-large' | 'invalid-data';
      readonly notice: SaveNotice;
      readonly detail: string;
    };

/** Where to save and what time it is; both default to the browser's. */
export interface StorageOptions {
  /** The storage to use; `null` means none is available. Defaults to `window.localStorage`. */
  readonly storage?: StorageLike | null;
  /** The clock for `savedAt`. */
  readonly now?: () => Date;
}

/** The stored envelope around {@link SaveData}. */
interface SaveEnvelope {
  saveVersion: number;
  minCompatible: number;
  savedAt?: string;
  data: unknown;
}

const MAX_BACKUP_SLOTS = 1_000;

/** Reaching `window.localStorage` itself throws a SecurityError when the browser blocks storage. */
function defaultStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch (_error) {
    return null;
  }
}

function resolveStorage(options: StorageOptions): StorageLike | null {
  return options.storage === undefined ? defaultStorage() : options.storage;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Browsers name the quota error differently (Firefox: NS_ERROR_DOM_QUOTA_REACHED, code 1014). */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function asEnvelope(value: unknown): SaveEnvelope | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const { saveVersion, minCompatible, savedAt } = record;
  if (!isWholeNumber(saveVersion) || !isWholeNumber(minCompatible) || !('data' in record)) {
    return undefined;
  }
  if (minCompatible > saveVersion || (savedAt !== undefined && typeof savedAt !== 'string')) {
    return undefined;
  }
  return {
    saveVersion,
    minCompatible,
    ...(savedAt === undefined ? {} : { savedAt }),
    data: record['data'],
  };
}

/**
 * Applies the migrations from `fromVersion` up to {@link SAVE_VERSION}.
 * @returns the upgraded data, or `undefined` when a step is missing or throws.
 */
export function migrateSaveData(
  data: unknown,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  toVersion: number = SAVE_VERSION,
): unknown {
  let current = data;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations[version];
    if (step === undefined) {
      return undefined;
    }
    try {
      current = step(current);
    } catch (_error) {
      // A migration that cannot handle this data makes the save unreadable, not the game.
      return undefined;
    }
  }
  return current;
}

type Classified =
  | { ok: true; data: SaveData; savedAt: string | undefined; migratedFrom: number | undefined }
  | { ok: false; reason: CorruptReason; saveVersion?: number };

/** Decides what a stored string is, without touching storage. */
function classify(raw: string, migrations: Readonly<Record<number, Migration>>): Classified {
  if (raw.length > MAX_SAVE_CHARS) {
    return { ok: false, reason: 'too-large' };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (_error) {
    return { ok: false, reason: 'not-json' };
  }
  const envelope = asEnvelope(json);
  if (envelope === undefined) {
    return { ok: false, reason: 'wrong-shape' };
  }
  // A newer build may declare that older builds can still read its saves (see SAVE_MIN_COMPATIBLE).
  if (envelope.minCompatible > SAVE_VERSION) {
    return { ok: false, reason: 'newer-version', saveVersion: envelope.saveVersion };
  }
  if (envelope.saveVersion < OLDEST_LOADABLE_VERSION) {
    return { ok: false, reason: 'too-old', saveVersion: envelope.saveVersion };
  }
  const upgraded =
    envelope.saveVersion < SAVE_VERSION
      ? migrateSaveData(envelope.data, envelope.saveVersion, migrations)
      : envelope.data;
  const parsed = parseSaveData(upgraded);
  if (!parsed.ok) {
    return { ok: false, reason: 'wrong-shape' };
  }
  return {
    ok: true,
    data: parsed.value,
    savedAt: envelope.savedAt,
    migratedFrom: envelope.saveVersion < SAVE_VERSION ? envelope.saveVersion : undefined,
  };
}

/**
 * Copies an unusable value to the first free `overseer.save.corrupt.<n>` key, then clears the
 * main key. Existing backups are never overwritten; the main key is cleared only once the copy
 * has been read back intact.
 * @returns the backup key, or `undefined` when the copy could not be made.
 */
function setAside(storage: StorageLike, raw: string, clearMain = true): string | undefined {
  try {
    for (let slot = 1; slot <= MAX_BACKUP_SLOTS; slot++) {
      const key = `${CORRUPT_KEY_PREFIX}${slot}`;
      if (storage.getItem(key) !== null) {
        continue;
      }
      storage.setItem(key, raw);
      if (storage.getItem(key) !== raw) {
        return undefined;
      }
      if (clearMain) {
        storage.removeItem(SAVE_KEY);
      }
      return key;
    }
  } catch (_error) {
    // Full or blocked: leave the original where it is rather than risk losing it.
  }
  return undefined;
}

function recoveredNotice(
  classified: { reason: CorruptReason; saveVersion?: number },
  backupKey: string,
): SaveNotice {
  if (classified.reason === 'newer-version') {
    return {
      key: 'save.notice.recoveredNewer',
      params: {
        backupKey,
        saveVersion: classified.saveVersion ?? '?',
        supportedVersion: SAVE_VERSION,
      },
    };
  }
  return { key: 'save.notice.recovered', params: { backupKey } };
}

const UNAVAILABLE: LoadResult = {
  kind: 'unavailable',
  reason: 'storage-blocked',
  notice: { key: 'save.notice.unavailable' },
};

/**
 * Reads the save. Never throws: every failure is one of the {@link LoadResult} kinds, and an
 * unusable value is kept under a backup key, never deleted.
 */
export function loadSave(
  options: StorageOptions & { readonly migrations?: Readonly<Record<number, Migration>> } = {},
): LoadResult {
  const storage = resolveStorage(options);
  if (storage === null) {
    return UNAVAILABLE;
  }
  let raw: string | null;
  try {
    raw = storage.getItem(SAVE_KEY);
  } catch (_error) {
    return UNAVAILABLE;
  }
  if (raw === null) {
    return { kind: 'fresh' };
  }
  const classified = classify(raw, options.migrations ?? MIGRATIONS);
  if (classified.ok) {
    return {
      kind: 'loaded',
      data: classified.data,
      savedAt: classified.savedAt,
      migratedFrom: classified.migratedFrom,
    };
  }
  const backupKey = setAside(storage, raw);
  if (backupKey === undefined) {
    return {
      kind: 'unavailable',
      reason: 'set-aside-failed',
      notice: { key: 'save.notice.setAsideFailed' },
    };
  }
  return {
    kind: 'recovered',
    reason: classified.reason,
    backupKey,
    notice: recoveredNotice(classified, backupKey),
  };
}

/**
 * Keeps the save as it is stored now, byte for byte, under the first free
 * `overseer.save.corrupt.<n>` key, and leaves the main key alone. For a save that reads well as
 * a whole but holds a part this build cannot use (a level in progress that does not fit its
 * level): the caller then writes the save without that part. Never throws.
 * @returns the backup key, or `undefined` when there is no save or the copy could not be made.
 */
export function setAsideStoredSave(options: StorageOptions = {}): string | undefined {
  const storage = resolveStorage(options);
  if (storage === null) {
    return undefined;
  }
  let raw: string | null;
  try {
    raw = storage.getItem(SAVE_KEY);
  } catch (_error) {
    return undefined;
  }
  return raw === null ? undefined : setAside(storage, raw, false);
}

/** Serialises data in the current envelope. Exposed for tests and export tools. */
export function serializeSave(data: SaveData, savedAt?: Date): string {
  const envelope: SaveEnvelope = {
    saveVersion: SAVE_VERSION,
    minCompatible: SAVE_MIN_COMPATIBLE,
    ...(savedAt === undefined ? {} : { savedAt: savedAt.toISOString() }),
    data,
  };
  return JSON.stringify(envelope);
}

function writeFailure(
  reason: Exclude<WriteResult, { ok: true }>['reason'],
  detail: string,
): WriteResult {
  return {
    ok: false,
    reason,
    detail,
    notice: {
      key: reason === 'storage-blocked' ? 'save.notice.unavailable' : 'save.notice.writeFailed',
    },
  };
}

/**
 * Writes the save under {@link SAVE_KEY}. Never throws. The data is validated first, so a bug
 * elsewhere cannot store something the next {@link loadSave} would have to set aside.
 */
export function writeSave(data: SaveData, options: StorageOptions = {}): WriteResult {
  const checked = parseSaveData(data);
  if (!checked.ok) {
    return writeFailure('invalid-data', checked.error.join('; '));
  }
  let text: string;
  try {
    text = serializeSave(checked.value, (options.now ?? (() => new Date()))());
  } catch (error) {
    // inProgress.state is opaque: a cycle or a BigInt in it must not crash the game.
    return writeFailure('invalid-data', describeError(error));
  }
  if (text.length > MAX_SAVE_CHARS) {
    return writeFailure('too-large', `${text.length} characters`);
  }
  const storage = resolveStorage(options);
  if (storage === null) {
    return writeFailure('storage-blocked', 'no storage');
  }
  try {
    storage.setItem(SAVE_KEY, text);
  } catch (error) {
    return writeFailure(
      isQuotaError(error) ? 'quota-exceeded' : 'storage-blocked',
      describeError(error),
    );
  }
  return { ok: true, chars: text.length };
}

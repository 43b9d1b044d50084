import type { Language, ReviewRecord } from '../core';
import { addReviewRecords, NO_REVIEW } from '../core';
import type { InProgress, Progress, SaveData, Settings } from './save-schema';
import { createDefaultSettings, updateSettings } from './settings';
import {
  loadSave,
  type SaveNotice,
  type SaveNoticeKey,
  setAsideStoredSave,
  type StorageOptions,
  writeSave,
} from './storage';

type Listener = (data: Readonly<SaveData>) => void;
type NoticeListener = (notice: SaveNotice) => void;

/** Notices that would repeat on every autosave while storage stays full or blocked: once a visit. */
const ONCE_A_VISIT: readonly SaveNoticeKey[] = [
  'save.notice.writeFailed',
  'save.notice.unavailable',
];

/**
 * What the game remembers between visits: settings, campaign progress and a level in progress.
 * Every change is written at once (autosave). When storage is unavailable, the game keeps
 * playing from memory and the notices say so.
 */
export class AppStore {
  private _data: SaveData;
  private _canSave: boolean;
  private readonly _notices: SaveNotice[] = [];
  private readonly _listeners = new Set<Listener>();
  private readonly _noticeListeners = new Set<NoticeListener>();
  private readonly _noticesShown = new Set<SaveNoticeKey>();

  private constructor(
    data: SaveData,
    canSave: boolean,
    private readonly _options: StorageOptions,
  ) {
    this._data = data;
    this._canSave = canSave;
  }

  /** Loads the save, setting aside a corrupt one; never throws. */
  static open(fallbackLanguage: Language, options: StorageOptions = {}): AppStore {
    const fresh: SaveData = {
      settings: createDefaultSettings(fallbackLanguage),
      progress: { completedLevels: [], badges: [] },
    };
    const result = loadSave(options);
    switch (result.kind) {
      case 'loaded':
        return new AppStore(result.data, true, options);
      case 'fresh':
        return new AppStore(fresh, true, options);
      case 'recovered': {
        const store = new AppStore(fresh, true, options);
        store._notify(result.notice);
        return store;
      }
      case 'unavailable': {
        const store = new AppStore(fresh, false, options);
        store._notify(result.notice);
        return store;
      }
    }
  }

  get data(): Readonly<SaveData> {
    return this._data;
  }

  get settings(): Readonly<Settings> {
    return this._data.settings;
  }

  get progress(): Readonly<Progress> {
    return this._data.progress;
  }

  get inProgress(): Readonly<InProgress> | undefined {
    return this._data.inProgress;
  }

  /** Whether changes are being saved in this visit. */
  get canSave(): boolean {
    return this._canSave;
  }

  /** Takes the notices the player has not seen yet. */
  takeNotices(): SaveNotice[] {
    return this._notices.splice(0);
  }

  /**
   * Hands every notice to `listener`: those not taken yet at once, later ones as they happen
   * (a level in progress set aside when it is continued, a failed autosave). Returns the function
   * that unsubscribes.
   */
  onNotice(listener: NoticeListener): () => void {
    this._noticeListeners.add(listener);
    for (const notice of this.takeNotices()) {
      listener(notice);
    }
    return () => this._noticeListeners.delete(listener);
  }

  /**
   * Gives up the level in progress because it cannot be continued (see core's
   * `checkStateAgainstLevel`): the save as stored is kept, byte for byte, under an
   * `overseer.save.corrupt.<n>` key, the level is forgotten, and a notice says so. Never throws.
   * @returns the notice given.
   */
  setAsideInProgress(): SaveNotice {
    const backupKey = this._canSave ? setAsideStoredSave(this._options) : undefined;
    const notice: SaveNotice =
      backupKey === undefined
        ? { key: 'save.notice.levelDiscarded' }
        : { key: 'save.notice.levelSetAside', params: { backupKey } };
    this._notify(notice);
    this.saveInProgress(undefined);
    return notice;
  }

  onChange(listener: Listener): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  updateSettings(patch: Partial<Settings>): void {
    this._commit({ ...this._data, settings: updateSettings(this._data.settings, patch) });
  }

  /** Records a finished level and its badge; the level is no longer in progress. */
  completeLevel(levelId: string, badge: string): void {
    const { completedLevels, badges } = this._data.progress;
    this._commit({
      ...this._data,
      progress: {
        ...this._data.progress,
        completedLevels: addOnce(completedLevels, levelId),
        badges: addOnce(badges, badge),
      },
      inProgress: undefined,
    });
  }

  /**
   * Adds one finished game's review record to the record kept across levels, once per game
   * (`gameKey`: the level id and seed).
   */
  recordReview(gameKey: string, record: ReviewRecord): void {
    const counted = this._data.progress.reviewedGames ?? [];
    if (counted.includes(gameKey)) {
      return;
    }
    this._commit({
      ...this._data,
      progress: {
        ...this._data.progress,
        review: addReviewRecords(this._data.progress.review ?? NO_REVIEW, record),
        reviewedGames: [...counted, gameKey],
      },
    });
  }

  /** The review record kept across levels (all zero before the first reviewed game). */
  get reviewRecord(): ReviewRecord {
    return this._data.progress.review ?? NO_REVIEW;
  }

  /** Opens the given levels regardless of campaign order (a facilitator's choice). */
  unlockLevels(levelIds: readonly string[]): void {
    const unlocked = this._data.progress.unlockedLevels ?? [];
    this._commit({
      ...this._data,
      progress: {
        ...this._data.progress,
        unlockedLevels: [...new Set([...unlocked, ...levelIds])],
      },
    });
  }

  /** Remembers the level being played so that a reload resumes it. */
  saveInProgress(inProgress: InProgress | undefined): void {
    this._commit({ ...this._data, inProgress });
  }

  private _notify(notice: SaveNotice): void {
    if (ONCE_A_VISIT.includes(notice.key)) {
      if (this._noticesShown.has(notice.key)) {
        return;
      }
      this._noticesShown.add(notice.key);
    }
    if (this._noticeListeners.size === 0) {
      this._notices.push(notice);
      return;
    }
    for (const listener of this._noticeListeners) {
      listener(notice);
    }
  }

  private _commit(data: SaveData): void {
    this._data = data;
    if (this._canSave) {
      const result = writeSave(stripUndefined(data), this._options);
      if (!result.ok) {
        this._notify(result.notice);
        this._canSave = result.reason !== 'storage-blocked';
      }
    }
    for (const listener of this._listeners) {
      listener(this._data);
    }
  }
}

function addOnce(list: readonly string[], item: string): string[] {
  return list.includes(item) ? [...list] : [...list, item];
}

function stripUndefined(data: SaveData): SaveData {
  return data.inProgress === undefined
    ? { settings: data.settings, progress: data.progress }
    : data;
}

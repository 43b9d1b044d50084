import type { Language } from '../i18n/i18n';
import type { InProgress, Progress, SaveData, Settings } from './save-schema';
import { createDefaultSettings, updateSettings } from './settings';
import { loadSave, type SaveNotice, type StorageOptions, writeSave } from './storage';

type Listener = (data: Readonly<SaveData>) => void;

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
        store._notices.push(result.notice);
        return store;
      }
      case 'unavailable': {
        const store = new AppStore(fresh, false, options);
        store._notices.push(result.notice);
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

  private _commit(data: SaveData): void {
    this._data = data;
    if (this._canSave) {
      const result = writeSave(stripUndefined(data), this._options);
      if (!result.ok) {
        this._notices.push(result.notice);
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

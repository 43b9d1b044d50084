/**
 * A Web Worker that reads level folders with core's loader (`parseLevelFolder`), off the page's
 * main thread: parsing one level holds a thread for 50–90 ms on a two-core laptop, longer than a
 * frame the player is waiting on. Started by ./level-parser.ts; tests call
 * {@link levelParserApi} directly.
 */
import * as Comlink from 'comlink';
import {
  type Level,
  type LevelFolder,
  type LevelIssue,
  parseLevelFolder,
  type Result,
} from '../core';

/** A level folder read: the level, or every problem found in it. */
export type ParsedLevel = Result<Level, LevelIssue[]>;

/** What the worker does for the page. */
export interface LevelParserApi {
  /** One level folder, read as the level select and the Lab read it. */
  parseLevel(folder: LevelFolder): ParsedLevel;
}

export const levelParserApi: LevelParserApi = {
  parseLevel(folder) {
    return parseLevelFolder(folder);
  },
};

if ('WorkerGlobalScope' in globalThis) {
  Comlink.expose(levelParserApi);
}

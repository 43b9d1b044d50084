/**
 * Reads level folders in a worker (./level-parser-worker.ts), so that the level select and the
 * Strategy Lab never hold the main thread while a level is parsed. Where no worker can start
 * (a browser without module workers, a worker script that fails to load), the folder is parsed
 * on the page instead, with the same loader: the result is the same, only the page waits.
 */
import * as Comlink from 'comlink';
import { type LevelFolder, parseLevelFolder } from '../core';
import type { LevelParserApi, ParsedLevel } from './level-parser-worker';

interface ParserWorker {
  readonly remote: Comlink.Remote<LevelParserApi>;
  /** Rejects when the worker reports an error (its script did not load, or it crashed). */
  readonly failed: Promise<never>;
}

/** The worker once started; null once it could not start or failed. */
let started: ParserWorker | null | undefined;

function parserWorker(): ParserWorker | null {
  if (started !== undefined) {
    return started;
  }
  if (typeof Worker !== 'function') {
    started = null;
    return started;
  }
  try {
    const worker = new Worker(new URL('./level-parser-worker.ts', import.meta.url), {
      type: 'module',
    });
    const failed = new Promise<never>((_resolve, reject) => {
      worker.addEventListener('error', (event) => {
        started = null;
        worker.terminate();
        reject(new Error(event.message || 'the level worker failed'));
      });
    });
    // A call that fails is answered on the page; nothing waits on `failed` otherwise.
    failed.catch(() => undefined);
    started = { remote: Comlink.wrap<LevelParserApi>(worker), failed };
  } catch (_error) {
    started = null;
  }
  return started;
}

/** One level folder read with core's loader: in the worker, or on the page if it cannot run. */
export async function parseLevelOffPage(folder: LevelFolder): Promise<ParsedLevel> {
  const worker = parserWorker();
  if (worker !== null) {
    try {
      return await Promise.race([worker.remote.parseLevel(folder), worker.failed]);
    } catch (_error) {
      // Parsed on the page below: the same loader, the same result.
    }
  }
  return parseLevelFolder(folder);
}

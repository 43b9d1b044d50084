import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseLevelFolder } from '../core';
import { BUNDLED_LEVEL_FILES, levelFolders, readLevelFolder } from './level-files';
import { levelParserApi } from './level-parser-worker';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function firstFolder() {
  const [folder] = levelFolders(BUNDLED_LEVEL_FILES);
  if (folder === undefined) {
    throw new Error('no level folder');
  }
  return readLevelFolder(folder);
}

describe('the level worker', () => {
  it("reads a folder exactly as core's loader does (called directly)", async () => {
    const folder = await firstFolder();
    expect(levelParserApi.parseLevel(folder)).toEqual(parseLevelFolder(folder));
  });

  it('lists every problem of a broken folder, as core does', () => {
    const broken = { files: [{ name: 'level.json', text: '{ "id": ' }] };
    const parsed = levelParserApi.parseLevel(broken);
    expect(parsed.ok).toBe(false);
    expect(parsed).toEqual(parseLevelFolder(broken));
  });
});

describe('parseLevelOffPage', () => {
  it('parses on the page, with the same result, where no worker can start', async () => {
    vi.stubGlobal('Worker', undefined);
    const { parseLevelOffPage } = await import('./level-parser');
    const folder = await firstFolder();
    expect(await parseLevelOffPage(folder)).toEqual(parseLevelFolder(folder));
  });

  it('parses on the page when the worker reports an error instead of answering', async () => {
    class FailingWorker extends EventTarget {
      constructor() {
        super();
        setTimeout(() => {
          const event = new Event('error') as Event & { message: string };
          event.message = 'script failed to load';
          this.dispatchEvent(event);
        }, 10);
      }
      postMessage(): void {
        // Never answers, as a worker whose script did not load.
      }
      terminate(): void {}
    }
    vi.stubGlobal('Worker', FailingWorker);
    const { parseLevelOffPage } = await import('./level-parser');
    const folder = await firstFolder();
    expect(await parseLevelOffPage(folder)).toEqual(parseLevelFolder(folder));
    // Once failed, the next folder does not wait on the worker.
    expect(await parseLevelOffPage(folder)).toEqual(parseLevelFolder(folder));
  });
});

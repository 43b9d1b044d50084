/**
 * (c) long tasks during a scripted play after boot, at 1× and 4× CPU throttling, and
 * (e) the JS heap after 1 and after 20 replays, after a forced garbage collection.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { installProbes, type Probes } from './page-probes';
import {
  backToTitle,
  playableRoute,
  playLevelOne,
  replayOnce,
  walkMenus,
  type Route,
} from './playthrough';
import { summariseProfile, VIEWPORT, type BootProfile, type CpuProfile } from './load';

export interface LongTaskRun {
  readonly throttling: number;
  readonly route: Route;
  /** Set when the level route was tried and failed; the menus were measured instead. */
  readonly fallbackReason?: string;
  /** Set when the level was played but did not reach its debrief in the time allowed. */
  readonly partial?: string;
  readonly count: number;
  readonly longestMs: number;
  readonly playMs: number;
  /** The longest few, with the screen shown when each began. */
  readonly tasks: readonly {
    readonly startMs: number;
    readonly ms: number;
    readonly screen: string;
  }[];
  readonly bootLongTasks: number;
  readonly supported: boolean;
  /** Where the main thread spent the play, when the run was profiled. */
  readonly profile?: BootProfile;
}

export interface HeapRun {
  readonly route: Route;
  readonly fallbackReason?: string;
  readonly afterOne: number;
  readonly afterN: number;
  readonly replays: number;
  readonly seconds: number;
}

async function openTitle(
  browser: Browser,
  url: string,
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
  readyScreen = 'title',
): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion });
  await installProbes(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForSelector(`body[data-screen="${readyScreen}"]`, { timeout: 60_000 });
  return { page, cdp, close: () => context.close() };
}

async function readProbes(page: Page): Promise<Probes> {
  return page.evaluate(() => window.__bench as Probes);
}

function screenAt(screens: Probes['screens'], time: number): string {
  let name = '';
  for (const mark of screens) {
    if (mark.at <= time) {
      name = mark.name;
    }
  }
  return name;
}

/** Plays the route once after boot and reports the long tasks that started during it. */
export async function measureLongTasks(
  browser: Browser,
  url: string,
  throttling: number,
  levelTimeoutMs = 90_000,
  profiled = false,
): Promise<LongTaskRun> {
  const { page, cdp, close } = await openTitle(browser, url);
  try {
    // Let the title's entrance tweens and font swaps finish: they belong to boot.
    await page.waitForTimeout(1_000);
    let route = await playableRoute(page);
    let fallbackReason: string | undefined;
    if (throttling !== 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling });
    }
    if (profiled) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
    }
    const startedAt = await page.evaluate(() => performance.now());
    let partial: string | undefined;
    if (route === 'level-1') {
      try {
        await playLevelOne(page, levelTimeoutMs);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if ((await page.evaluate(() => document.body.dataset.screen)) === 'level-select') {
          fallbackReason = reason;
          route = 'menus';
          await backToTitle(page);
        } else {
          // The level started: what was played counts, and the report says how far it got.
          partial = reason;
        }
      }
    } else {
      fallbackReason = 'the build has no level-select/briefing/loadout/day/debrief screens yet';
    }
    const menusFrom = await page.evaluate(() => performance.now());
    if (route === 'menus') {
      for (let round = 0; round < 3; round += 1) {
        await walkMenus(page);
      }
    }
    // Long-task entries arrive after the task ends; give the observer a frame to deliver.
    await page.waitForTimeout(200);
    const endedAt = await page.evaluate(() => performance.now());
    const profile = profiled
      ? summariseProfile(
          ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile,
        )
      : undefined;
    const probes = await readProbes(page);
    const measuredFrom = route === 'menus' && fallbackReason !== undefined ? menusFrom : startedAt;
    const during = probes.longTasks.filter((task) => task.start >= measuredFrom);
    const boot = probes.longTasks.filter((task) => task.start < startedAt);
    return {
      throttling,
      route,
      ...(fallbackReason === undefined ? {} : { fallbackReason }),
      ...(partial === undefined ? {} : { partial }),
      count: during.length,
      longestMs: during.reduce((longest, task) => Math.max(longest, task.duration), 0),
      playMs: endedAt - measuredFrom,
      tasks: [...during]
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 5)
        .map((task) => ({
          startMs: task.start - measuredFrom,
          ms: task.duration,
          screen: screenAt(probes.screens, task.start),
        })),
      bootLongTasks: boot.length,
      supported: probes.longTaskSupported,
      ...(profile === undefined ? {} : { profile }),
    };
  } finally {
    if (throttling !== 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    }
    await close();
  }
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  // Twice: the first pass can leave finalised objects for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

/** The used JS heap after one replay and after `replays`, each after a forced GC. */
export async function measureHeap(
  browser: Browser,
  url: string,
  replays = 20,
  budgetMs = 120_000,
): Promise<HeapRun> {
  // Reduced motion: the same screens and objects, fewer seconds of tweening per replay.
  const { page, cdp, close } = await openTitle(browser, url, 'reduce');
  const started = Date.now();
  try {
    await cdp.send('HeapProfiler.enable');
    await page.waitForTimeout(500);
    let route = await playableRoute(page);
    let fallbackReason: string | undefined =
      route === 'menus' ? 'the build has no play screens yet' : undefined;
    try {
      await replayOnce(page, route);
    } catch (error) {
      fallbackReason = error instanceof Error ? error.message : String(error);
      route = 'menus';
      await backToTitle(page);
      await replayOnce(page, route);
    }
    const afterOne = await heapAfterGc(cdp);
    let done = 1;
    let lastMs = Date.now() - started;
    // Start another replay only if it should end within the budget.
    while (done < replays && Date.now() - started + lastMs < budgetMs) {
      const replayStarted = Date.now();
      await replayOnce(page, route);
      lastMs = Date.now() - replayStarted;
      done += 1;
    }
    const afterN = await heapAfterGc(cdp);
    return {
      route,
      ...(fallbackReason === undefined ? {} : { fallbackReason }),
      afterOne,
      afterN,
      replays: done,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await close();
  }
}

export interface IdleRun {
  readonly label: string;
  readonly seconds: number;
  readonly count: number;
  readonly longestMs: number;
}

/** Long tasks while a page sits on its first screen doing nothing: the renderer's own cost. */
export async function measureIdle(
  browser: Browser,
  url: string,
  readyScreen: string,
  label: string,
  seconds = 6,
): Promise<IdleRun> {
  const { page, close } = await openTitle(browser, url, 'no-preference', readyScreen);
  try {
    await page.waitForTimeout(1_000);
    const from = await page.evaluate(() => performance.now());
    await page.waitForTimeout(seconds * 1000);
    const probes = await readProbes(page);
    const tasks = probes.longTasks.filter((task) => task.start >= from);
    return {
      label,
      seconds,
      count: tasks.length,
      longestMs: tasks.reduce((longest, task) => Math.max(longest, task.duration), 0),
    };
  } finally {
    await close();
  }
}

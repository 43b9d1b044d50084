/**
 * (c) long tasks from the moment the title is usable to the end of a scripted play of level 1,
 * at 1× and 4× CPU throttling, and (e) the JS heap after 1 and after 20 replays, after a forced
 * garbage collection.
 *
 * Alone, it names what each long task ran (docs/PERFORMANCE.md, "Long tasks"):
 * `npx tsx scripts/bench/session.ts [--cpu 4] [--runs 2] [--production | --serve <folder>]` builds
 * an unminified copy of the game when the sources are newer than it, plays level 1 with the CPU
 * profiler on and prints each long task with the functions that took its time. `--production`
 * measures the production build instead (the bench's figures; no names), `--serve` a build already
 * in a folder (an older commit's, to compare), `--runs` repeats the measurement.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../../tests/e2e/chromium';
import { serveFolder } from '../../tests/e2e/static-server';
import { GAME_OUT } from './build';
import { installProbes, type Probes } from './page-probes';
import {
  backToTitle,
  playableRoute,
  playLevelOne,
  replayOnce,
  walkMenus,
  type Route,
} from './playthrough';
import { attribute, buildUnminified, CLOCK_MARK, clockOffset, LAB_DIAG_OUT } from './lab-page';
import { describeMachine } from './machine';
import { compiledCodeSize, takeSnapshot } from './heap';
import { summariseProfile, VIEWPORT, type BootProfile, type CpuProfile } from './load';

/** One long task: when it began (ms into the window), how long, on which screen, and what ran. */
export interface LongTaskEntry {
  readonly startMs: number;
  readonly ms: number;
  readonly screen: string;
  /** Functions by inclusive time within the task (top 6; attributed runs only). */
  readonly inclusive?: readonly { readonly name: string; readonly ms: number }[];
  /** Functions by self time within the task (top 4; attributed runs only). */
  readonly self?: readonly { readonly name: string; readonly ms: number }[];
}

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
  /** The longest few, with the screen shown when each began (and what each ran, if attributed). */
  readonly tasks: readonly LongTaskEntry[];
  readonly bootLongTasks: number;
  readonly supported: boolean;
  /** The host's speed just before and just after the run: see {@link hostScriptMs}. */
  readonly hostMs: { readonly before: number; readonly after: number };
  /** Where the main thread spent the play, when the run was profiled. */
  readonly profile?: BootProfile;
}

export interface HeapRun {
  readonly route: Route;
  readonly fallbackReason?: string;
  readonly afterOne: number;
  readonly afterN: number;
  /**
   * The same two figures less the engine's compiled code, as a heap snapshot at the same moment
   * counts it (docs/PERFORMANCE.md, e): what the page keeps, without the code V8 optimises as
   * the replays make functions hot.
   */
  readonly withoutCode?: { readonly afterOne: number; readonly afterN: number };
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

/**
 * Opens `url` with the driver's own scripts in the page before the game's. Playwright evaluates
 * its injected script (about 330 kB) in the page's world and in its own the first time a call
 * needs it: two tasks of 60–110 ms at 4× CPU. Made on the first wait after the title was usable,
 * they counted as the game's long tasks. So the game's entry script is held back until the driver
 * is in place (the title becomes usable that much later, and the count starts from there).
 */
async function openWithDriver(page: Page, url: string): Promise<void> {
  const isEntry = (address: URL): boolean => /\/assets\/index-[^/]+\.js$/.test(address.pathname);
  let release: () => void = () => undefined;
  const driverReady = new Promise<void>((resolve) => {
    release = resolve;
  });
  let passed: () => void = () => undefined;
  const entryPassed = new Promise<void>((resolve) => {
    passed = resolve;
  });
  await page.route(isEntry, async (route) => {
    await driverReady;
    await route.continue();
    passed();
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction('true');
  await page.waitForSelector('html', { state: 'attached' });
  await page.locator('html').count();
  release();
  // Then no request waits on the driver any more (a route pauses every request of the page).
  await entryPassed;
  await page.unroute(isEntry);
}

/** Options of {@link measureLongTasks}. */
export interface LongTaskOptions {
  /** How long the level may take to reach its debrief. */
  readonly levelTimeoutMs?: number;
  /** Records a CPU profile of the whole window (the report's "where the play spent its time"). */
  readonly profiled?: boolean;
  /**
   * Names what each long task ran (functions by inclusive and self time within the task), from
   * the same profile; meaningful on an unminified build ({@link buildUnminified}).
   */
  readonly attributed?: boolean;
}

/**
 * Opens the title with the CPU throttled from the first byte, waits a second as a player would,
 * plays the route once, and reports every long task that started from the moment the title was
 * usable (its `body[data-screen="title"]`) to the end of the play. Phaser's boot runs behind the
 * usable title, so its tasks count; what ran before the title was usable is counted apart.
 */
export async function measureLongTasks(
  browser: Browser,
  url: string,
  throttling: number,
  options: LongTaskOptions = {},
): Promise<LongTaskRun> {
  const { levelTimeoutMs = 90_000, profiled = false, attributed = false } = options;
  const context = await browser.newContext({ viewport: VIEWPORT });
  await installProbes(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const hostBefore = await hostScriptMs(page);
    if (throttling !== 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling });
    }
    if (profiled || attributed) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: attributed ? 500 : 1000 });
      await cdp.send('Profiler.start');
    }
    await openWithDriver(page, url);
    /** The page's time when a named 20 ms spin began: it lines the profile up with the page. */
    let clockMark = Number.NaN;
    if (attributed) {
      const { result } = (await cdp.send('Runtime.evaluate', {
        expression: `(function ${CLOCK_MARK}() { const t = performance.now(); while (performance.now() - t < 20) {} return t; })()`,
      })) as { result: { value: number } };
      clockMark = result.value;
    }
    await page.waitForSelector('body[data-screen="title"]', { timeout: 60_000 * throttling });
    // A player reads the title before pressing Play; the table loads behind it meanwhile.
    await page.waitForTimeout(1_000);
    let route = await playableRoute(page);
    let fallbackReason: string | undefined;
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
    const cpuProfile =
      profiled || attributed
        ? (
            (await cdp.send('Profiler.stop')) as unknown as {
              profile: CpuProfile & { startTime: number };
            }
          ).profile
        : undefined;
    const probes = await readProbes(page);
    // After the probes are read: the script's own long tasks must not count.
    if (throttling !== 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    const hostMs = { before: hostBefore, after: await hostScriptMs(page) };
    const usableAt = probes.screens.find((mark) => mark.name === 'title')?.at ?? startedAt;
    const measuredFrom = route === 'menus' && fallbackReason !== undefined ? menusFrom : usableAt;
    const during = probes.longTasks.filter((task) => task.start >= measuredFrom);
    const boot = probes.longTasks.filter((task) => task.start < usableAt);
    let tasks: LongTaskEntry[] = during.map((task) => ({
      startMs: task.start,
      ms: task.duration,
      screen:
        task.start < startedAt
          ? `${screenAt(probes.screens, task.start)} (before play)`
          : screenAt(probes.screens, task.start),
    }));
    if (attributed && cpuProfile !== undefined) {
      tasks = attribute(
        tasks.map((task) => ({ ...task, phase: task.screen })),
        cpuProfile,
        clockOffset(cpuProfile, clockMark),
      ).map(({ phase, ...task }) => ({ ...task, screen: phase }));
    }
    return {
      throttling,
      route,
      ...(fallbackReason === undefined ? {} : { fallbackReason }),
      ...(partial === undefined ? {} : { partial }),
      count: during.length,
      longestMs: during.reduce((longest, task) => Math.max(longest, task.duration), 0),
      playMs: endedAt - measuredFrom,
      tasks: tasks
        .sort((a, b) => b.ms - a.ms)
        .slice(0, attributed ? 12 : 5)
        .map((task) => ({ ...task, startMs: task.startMs - measuredFrom })),
      bootLongTasks: boot.length,
      supported: probes.longTaskSupported,
      hostMs,
      ...(profiled && cpuProfile !== undefined ? { profile: summariseProfile(cpuProfile) } : {}),
    };
  } finally {
    await context.close();
  }
}

/**
 * The host's speed at this moment: the median time of five runs of one fixed script (strings,
 * arrays, objects and a sort) in `page`, before any throttling. The machine is shared, and its
 * speed changes from hour to hour; a run's long tasks are compared with another's only beside
 * this figure (a larger one means a slower host, and every task of that run longer with it).
 */
export async function hostScriptMs(page: Page): Promise<number> {
  // A string, not a function: page.evaluate would carry the bundler's helpers into the page.
  return page.evaluate<number>(`(() => {
    const once = () => {
      const started = performance.now();
      let length = 0;
      const words = [];
      for (let index = 0; index < 200000; index += 1) {
        words.push(String(index % 977));
        if (words.length === 1000) {
          length += words.join(' ').length;
          words.length = 0;
        }
      }
      const points = [];
      for (let index = 0; index < 50000; index += 1) {
        points.push({ x: (index * 7919) % 50000, y: index });
      }
      points.sort((a, b) => a.x - b.x);
      return performance.now() - started + (length + points[0].y) * 0;
    };
    const times = [once(), once(), once(), once(), once()].sort((a, b) => a - b);
    return times[2];
  })()`);
}

/** The used heap after a forced GC, and the same less the compiled code a snapshot then counts. */
async function heapAfterGc(cdp: CDPSession): Promise<{ used: number; withoutCode: number }> {
  // takeSnapshot collects garbage twice (the first pass can leave finalised objects for the
  // second) and reads the used heap before the snapshot.
  const { snapshot, used } = await takeSnapshot(cdp);
  return { used, withoutCode: used - compiledCodeSize(snapshot) };
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
    // The title is painted before Phaser loads and the play scenes are added after the title's:
    // choose the route once the debrief's scene is there (a build without it falls back to menus).
    await page
      .waitForFunction(() => window.overseer?.game?.scene.keys.debrief !== undefined, undefined, {
        timeout: 30_000,
      })
      .catch(() => undefined);
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
      afterOne: afterOne.used,
      afterN: afterN.used,
      withoutCode: { afterOne: afterOne.withoutCode, afterN: afterN.withoutCode },
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

/** The report lines of one long-task run, with what each task ran when it was attributed. */
export function longTaskLines(run: LongTaskRun): string[] {
  const lines = [
    `  ${run.throttling}× CPU: ${run.count} long tasks, longest ${run.longestMs.toFixed(0)} ms over ` +
      `${run.playMs.toFixed(0)} ms from the usable title to the end of ${run.route}` +
      (run.supported ? '' : ' (longtask entries unsupported!)') +
      `; ${run.bootLongTasks} before the title was usable (not counted); ` +
      `host script ${run.hostMs.before.toFixed(0)} ms before, ${run.hostMs.after.toFixed(0)} ms after`,
  ];
  if (run.fallbackReason !== undefined) {
    lines.push(`    note: ${run.fallbackReason}`);
  }
  if (run.partial !== undefined) {
    lines.push(`    partial: ${run.partial}`);
  }
  for (const task of run.tasks) {
    lines.push(
      `    ${task.ms.toFixed(0)} ms at +${task.startMs.toFixed(0)} ms on "${task.screen}"`,
    );
    for (const entry of task.inclusive ?? []) {
      lines.push(`      incl ${entry.ms.toFixed(0).padStart(4)} ms  ${entry.name}`);
    }
    for (const entry of task.self ?? []) {
      lines.push(`      self ${entry.ms.toFixed(0).padStart(4)} ms  ${entry.name}`);
    }
  }
  return lines;
}

/** The newest modification time (ms) of the files under `paths` (folders walked). */
function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) {
      return;
    }
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) {
        visit(join(path, name));
      }
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
}

/** True when `folder` holds no build, or one older than the game's sources. */
function buildIsStale(folder: string): boolean {
  const built = join(folder, 'index.html');
  if (!existsSync(built)) {
    return true;
  }
  const inputs = ['src', 'levels', 'assets', 'public', 'index.html', 'vite.config.ts'];
  return newestMtime(inputs) > statSync(built).mtimeMs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const main = async (): Promise<void> => {
    const args = process.argv.slice(2);
    const option = (name: string, fallback: number): number => {
      const index = args.indexOf(name);
      const value = index === -1 ? Number.NaN : Number(args[index + 1]);
      return Number.isFinite(value) ? value : fallback;
    };
    const throttling = option('--cpu', 1);
    const runs = option('--runs', 1);
    const served = args.indexOf('--serve');
    const given = served === -1 ? undefined : args[served + 1];
    const production = args.includes('--production') || given !== undefined;
    const folder = given ?? (production ? GAME_OUT : LAB_DIAG_OUT);
    if (given === undefined && buildIsStale(folder)) {
      process.stderr.write(`session: building ${folder}\n`);
      if (production) {
        await build({
          configFile: resolve('vite.config.ts'),
          logLevel: 'warn',
          build: { outDir: GAME_OUT, emptyOutDir: true },
        });
      } else {
        await buildUnminified();
      }
    }
    const server = await serveFolder(folder);
    const browser = await launchChromium();
    try {
      const machine = describeMachine();
      machine.chromium = browser.version();
      const lines: string[] = [];
      for (let index = 0; index < runs; index += 1) {
        process.stderr.write(`session: level 1 at ${throttling}× CPU, run ${index + 1}\n`);
        const run = await measureLongTasks(browser, server.url, throttling, {
          attributed: !production,
        });
        lines.push(...longTaskLines(run));
      }
      console.log(
        `machine: ${machine.os}; ${machine.cpuModel}, ${machine.cores} cores ` +
          `(load ${machine.loadAverage1m} at the start, ${describeMachine().loadAverage1m} at the end); ` +
          `Chromium ${machine.chromium}; ${production ? 'production' : 'unminified'} build; ${machine.date}`,
      );
      console.log(lines.join('\n'));
    } finally {
      await browser.close();
      await server.close();
    }
  };
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/**
 * The Strategy Lab in the built page: long tasks on the main thread while a 1 000 000-episode
 * sample of 4 loadouts × 4 models runs in the worker, while the player scrolls down to the charts
 * (drawn when they come near the screen), moves an assumption slider, toggles two cards and
 * switches to a campaign level (whose sample and charts are then awaited).
 * Measured at 1× and 4× CPU throttling. Part of `npm run bench`; alone (builds the game, and an
 * unminified copy to name what a long task ran): `npx tsx scripts/bench/lab-page.ts`.
 *
 * The window measured is "while the Lab runs": from the click on the title's Strategy Lab button
 * to the end of the probe. The page is opened at the title first, and the probe's set-up is put in
 * the address (as a shared link carries it) before the click; the long tasks of the page load and
 * the title (Phaser's boot, and a first visit's offline precache, which the click waits for: all
 * before the Lab exists) are counted apart and not against the target.
 *
 * Times are the page's `performance.now()`: the sample's is from its `data-sampling="running"` to
 * `"done"`; "exact shown" is from the input event (key or click) to the first animation frame
 * after the exact table was re-rendered (`.lab-exact[data-state="ready"]` set again).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { build, loadConfigFromFile } from 'vite';
import type { LabSetup } from '../../src/core/lab';
import { MODELS } from '../../src/core';
import { DEFAULT_LAB_SETUP, encodeLabSetup } from '../../src/core/lab';
import { launchChromium } from '../../tests/e2e/chromium';
import { serveFolder } from '../../tests/e2e/static-server';
import { BENCH_OUT, GAME_OUT, withoutPlugins } from './build';
import { VIEWPORT, type CpuProfile } from './load';
import { describeMachine } from './machine';
import { installProbes, type Probes } from './page-probes';
import { median } from './stats';

/** The set-up the probe opens: the headline condition, 4 loadouts, 4 models, 1M episodes. */
export const LAB_PROBE_SETUP: LabSetup = {
  ...DEFAULT_LAB_SETUP,
  models: MODELS.filter((model) => model.headline)
    .slice(0, 4)
    .map((model) => model.name),
  loadouts: [
    { defenses: [] },
    { defenses: ['oversight'] },
    { defenses: ['monitor'] },
    { defenses: ['prohibition', 'oversight'] },
  ],
  runs: 1_000_000,
};

/** Where the unminified copy of the game is built (names in a profile are the source's). */
export const LAB_DIAG_OUT = resolve(BENCH_OUT, 'game-unminified');

/** What the Lab probe records in the page, besides {@link Probes}. */
const LAB_MARKS_SCRIPT = `(() => {
  const marks = [];
  window.__labBench = marks;
  const now = () => performance.now();
  for (const type of ['keydown', 'click']) {
    window.addEventListener(type, () => marks.push({ kind: 'input', value: type, at: now() }), true);
  }
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      const value = target.getAttribute(record.attributeName);
      if (record.attributeName === 'data-sampling') {
        marks.push({ kind: 'sampling', value, at: now() });
      } else if (target.classList.contains('lab-exact') && value === 'ready') {
        const mark = { kind: 'exact', value, at: now(), shownAt: null };
        marks.push(mark);
        requestAnimationFrame(() => { mark.shownAt = performance.now(); });
      } else if (target.classList.contains('lab-charts')) {
        marks.push({ kind: 'charts', value, at: now() });
      }
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-sampling', 'data-state'],
  });
})();`;

interface LabMark {
  readonly kind: 'input' | 'sampling' | 'exact' | 'charts';
  readonly value: string | null;
  readonly at: number;
  readonly shownAt?: number | null;
}

declare global {
  interface Window {
    /** The Lab probe's marks ({@link LAB_MARKS_SCRIPT}); set by the bench only. */
    __labBench?: LabMark[];
  }
}

/** A long task, the phase of the probe it started in, and (when profiled) what it ran. */
export interface LabLongTask {
  readonly startMs: number;
  readonly ms: number;
  readonly phase: string;
  /** Functions by inclusive time within the task (top 6; profiled runs only). */
  readonly inclusive?: readonly { readonly name: string; readonly ms: number }[];
  /** Functions by self time within the task (top 4; profiled runs only). */
  readonly self?: readonly { readonly name: string; readonly ms: number }[];
}

/** One run of the Lab probe. */
export interface LabPageRun {
  readonly throttling: number;
  readonly build: 'production' | 'unminified';
  readonly supported: boolean;
  /** Long tasks (over 50 ms) on the main thread from the Lab click to the level's sample. */
  readonly count: number;
  readonly longestMs: number;
  /** Every long task from the Lab click on, longest first. */
  readonly tasks: readonly LabLongTask[];
  /** Long tasks before the Lab click (page load and title: not the Lab's), longest first. */
  readonly before: readonly LabLongTask[];
  /** The 1M-episode sample, running → done, in ms. */
  readonly sampleMs: number;
  /** The level's sample after the switch, running → done, in ms. */
  readonly levelSampleMs: number;
  /** Input → exact table re-rendered and a frame later, one per change that re-rendered it. */
  readonly exactShownMs: readonly { readonly change: string; readonly ms: number }[];
  /** The Lab's part of the probe, the click to the level's sample and charts, in ms. */
  readonly totalMs: number;
}

async function marks(page: Page): Promise<LabMark[]> {
  return page.evaluate(() => window.__labBench ?? []);
}

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Waits for a mark of the kind and value set after `after` (page time). */
async function waitForMark(
  page: Page,
  kind: LabMark['kind'],
  value: string,
  after: number,
  timeout: number,
): Promise<number> {
  const handle = await page.waitForFunction(
    ([k, v, t]) =>
      (window.__labBench ?? []).find((mark) => mark.kind === k && mark.value === v && mark.at > t)
        ?.at ?? false,
    [kind, value, after] as const,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}

/** The last `running` mark before `doneAt`, and so the sample's time. */
function sampleTime(all: readonly LabMark[], doneAt: number): number {
  const running = all.filter(
    (mark) => mark.kind === 'sampling' && mark.value === 'running' && mark.at < doneAt,
  );
  const last = running[running.length - 1];
  return last === undefined ? Number.NaN : doneAt - last.at;
}

/** Input → exact shown for each input between `from` and `to` that re-rendered the table. */
function exactTimes(
  all: readonly LabMark[],
  from: number,
  to: number,
  change: string,
): { change: string; ms: number }[] {
  const inputs = all.filter((mark) => mark.kind === 'input' && mark.at >= from && mark.at < to);
  const times: { change: string; ms: number }[] = [];
  inputs.forEach((input, index) => {
    const next = inputs[index + 1]?.at ?? to;
    const shown = all.find(
      (mark) => mark.kind === 'exact' && mark.at >= input.at && mark.at < next,
    );
    if (shown !== undefined) {
      times.push({ change, ms: (shown.shownAt ?? shown.at) - input.at });
    }
  });
  return times;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Names a profile node: function, file and line (1-based). */
function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  const name = functionName === '' ? '(anonymous)' : functionName;
  return file === '' ? name : `${name} ${file}:${lineNumber + 1}`;
}

/** The name of the spin that lines a profile up with the page's clock. */
export const CLOCK_MARK = '__benchClockMark';

/** Profile time (ms) minus page time at the clock mark's first sample. */
export function clockOffset(profile: CpuProfile & { startTime: number }, pageAt: number): number {
  const marked = new Set(
    (profile.nodes as ProfileNode[])
      .filter((node) => node.callFrame.functionName === CLOCK_MARK)
      .map((node) => node.id),
  );
  let tick = profile.startTime;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let index = 0; index < samples.length; index += 1) {
    tick += deltas[index] ?? 0;
    if (marked.has(samples[index] ?? -1)) {
      return tick / 1000 - pageAt;
    }
  }
  throw new Error('the clock mark is not in the profile');
}

/** What each long task ran: the profile's samples within it, by self and inclusive time. */
export function attribute(
  tasks: readonly LabLongTask[],
  profile: CpuProfile & { startTime: number },
  offsetMs: number,
): LabLongTask[] {
  const nodes = new Map<number, ProfileNode>();
  for (const node of profile.nodes as ProfileNode[]) {
    nodes.set(node.id, node);
  }
  for (const node of nodes.values()) {
    for (const child of node.children ?? []) {
      const found = nodes.get(child);
      if (found !== undefined) {
        found.parent = node.id;
      }
    }
  }
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let tick = profile.startTime;
  for (const delta of deltas) {
    tick += delta;
    times.push(tick / 1000 - offsetMs);
  }
  return tasks.map((task) => {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    samples.forEach((id, index) => {
      const at = times[index] ?? 0;
      if (at < task.startMs || at > task.startMs + task.ms) {
        return;
      }
      const ms = (deltas[index + 1] ?? 0) / 1000;
      const leaf = nodes.get(id);
      if (leaf === undefined || leaf.callFrame.functionName === '(idle)') {
        return;
      }
      self.set(frameName(leaf), (self.get(frameName(leaf)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let node: ProfileNode | undefined = leaf; node !== undefined;) {
        const name = frameName(node);
        if (!seen.has(name) && node.callFrame.url !== '') {
          seen.add(name);
          inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
        }
        node = node.parent === undefined ? undefined : nodes.get(node.parent);
      }
    });
    const top = (map: Map<string, number>, count: number) =>
      [...map]
        .map(([name, ms]) => ({ name, ms }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, count);
    return { ...task, self: top(self, 4), inclusive: top(inclusive, 6) };
  });
}

/**
 * Scrolls down with the mouse wheel, a notch (100 px) every 50 ms as a reader's wheel does, until
 * the bottom of `selector` is in view (or 200 notches have turned).
 */
async function scrollThrough(page: Page, selector: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let notch = 0; notch < 200; notch += 1) {
    const bottom = await page.evaluate(
      (target) => document.querySelector(target)?.getBoundingClientRect().bottom ?? 0,
      selector,
    );
    if (bottom <= viewport.height) {
      return;
    }
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(50);
  }
}

/** Opens the Lab at the probe's set-up, drives it and reports the main thread's long tasks. */
export async function measureLabPage(
  browser: Browser,
  url: string,
  throttling: number,
  options: { profiled?: boolean; build?: LabPageRun['build'] } = {},
): Promise<LabPageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  await installProbes(context);
  await context.addInitScript({ content: LAB_MARKS_SCRIPT });
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  try {
    if (throttling !== 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling });
    }
    if (options.profiled === true) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    const timeout = 60_000 * throttling;
    await page.goto(url);
    /** The page's time when a named 20 ms spin began: it lines the profile up with the page. */
    let clockMark = Number.NaN;
    if (options.profiled === true) {
      const { result } = (await cdp.send('Runtime.evaluate', {
        expression: `(function ${CLOCK_MARK}() { const t = performance.now(); while (performance.now() - t < 20) {} return t; })()`,
      })) as { result: { value: number } };
      clockMark = result.value;
    }
    // The title, then a quiet page: what the page load and the title do is over before the click.
    await page.waitForSelector('body[data-screen="title"]', { timeout });
    // A first visit's offline precache is page-load work too: where the build has a service
    // worker, the click waits until it is active (src/pwa/offline.ts starts it on a quiet page).
    await page.evaluate(`fetch('./sw.js', { method: 'HEAD' }).then((response) =>
      response.ok ? navigator.serviceWorker.ready : undefined)`);
    // (A string, not a function: tsx's keepNames would wrap a named one in a missing helper.)
    await page.evaluate(`new Promise((done) => {
      let quiet = 0;
      const tick = () => {
        const start = performance.now();
        setTimeout(() => {
          quiet = performance.now() - start < 30 ? quiet + 1 : 0;
          if (quiet >= 10) done();
          else tick();
        }, 20);
      };
      tick();
    })`);
    // The probe's set-up in the address, as a shared link brings it; the Lab reads it on opening.
    const labUrl = `${url.split('#')[0] ?? url}#lab?${encodeLabSetup(LAB_PROBE_SETUP)}`;
    await page.evaluate((address) => history.replaceState(history.state, '', address), labUrl);
    const openAt = await now(page);
    const phases: { name: string; at: number }[] = [{ name: 'open', at: openAt }];
    await page.click('[data-action="lab"]');
    await page.waitForSelector('body[data-screen="lab"]', { timeout });
    const doneAt = await waitForMark(page, 'sampling', 'done', openAt, timeout * 2);
    const sampleMs = sampleTime(await marks(page), doneAt);

    // The charts are drawn when they come near the screen: scroll down to them, as a reader does.
    const chartsAt = await now(page);
    phases.push({ name: 'charts', at: chartsAt });
    await scrollThrough(page, '.lab-chart-section');
    await page.waitForSelector('.lab-charts[data-state="ready"]', { timeout });
    // Then on through the charts, now drawn and taller.
    await scrollThrough(page, '.lab-chart-section');

    // Ten steps of the catch-rate slider, by keyboard.
    const sliderAt = await now(page);
    phases.push({ name: 'slider', at: sliderAt });
    await page.focus('input[data-assumption="catchRate"]');
    for (let step = 0; step < 10; step += 1) {
      await page.keyboard.press('ArrowRight');
    }
    await page.waitForTimeout(500);

    // Two cards toggled.
    const cardsAt = await now(page);
    phases.push({ name: 'cards', at: cardsAt });
    await page.click('[data-loadout="0"] .defense-card[data-defense="monitor"]');
    await page.click('[data-loadout="1"] .defense-card[data-defense="prohibition"]');
    await page.waitForTimeout(500);

    // A campaign level: its exact figures come from the worker; then its sample.
    const levelAt = await now(page);
    phases.push({ name: 'level', at: levelAt });
    await page.click('#lab-subject-level');
    const levelRunningAt = await waitForMark(page, 'sampling', 'running', levelAt, timeout);
    const levelDoneAt = await waitForMark(page, 'sampling', 'done', levelRunningAt, timeout * 2);
    await scrollThrough(page, '.lab-chart-section');
    await waitForMark(page, 'charts', 'ready', levelAt, timeout).catch(() => 0);
    await page.waitForTimeout(500);
    const endAt = await now(page);

    const all = await marks(page);
    const probes = await page.evaluate(() => window.__bench as Probes);
    const levelSampleMs = sampleTime(
      all.filter((mark) => mark.at > levelAt),
      levelDoneAt,
    );
    const exactShownMs = [
      ...exactTimes(all, sliderAt, cardsAt, 'slider step'),
      ...exactTimes(all, cardsAt, levelAt, 'card'),
      ...exactTimes(all, levelAt, endAt, 'level'),
    ];
    const phaseAt = (start: number): string =>
      phases.filter((phase) => phase.at <= start).pop()?.name ?? 'before';
    let everyTask: LabLongTask[] = probes.longTasks
      .filter((task) => task.duration > 50)
      .map((task) => ({ startMs: task.start, ms: task.duration, phase: phaseAt(task.start) }));
    if (options.profiled === true) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
        profile: CpuProfile & { startTime: number };
      };
      everyTask = attribute(everyTask, profile, clockOffset(profile, clockMark));
    }
    everyTask.sort((a, b) => b.ms - a.ms);
    const tasks = everyTask.filter((task) => task.phase !== 'before');
    return {
      throttling,
      build: options.build ?? 'production',
      supported: probes.longTaskSupported,
      count: tasks.length,
      longestMs: tasks[0]?.ms ?? 0,
      tasks,
      before: everyTask.filter((task) => task.phase === 'before'),
      sampleMs,
      levelSampleMs,
      exactShownMs,
      totalMs: endAt - openAt,
    };
  } finally {
    await context.close();
  }
}

/**
 * Builds an unminified copy of the game, so a profile names the source's functions. It has no
 * service worker: what the probe profiles is the page, and the worker's precache limit does not
 * take the unminified Phaser chunk.
 */
export async function buildUnminified(outDir: string = LAB_DIAG_OUT): Promise<void> {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    resolve('vite.config.ts'),
  );
  const config = loaded?.config ?? {};
  await build({
    ...config,
    configFile: false,
    logLevel: 'warn',
    // No offline game: its worker would precache the unminified chunks.
    plugins: withoutPlugins(
      config.plugins ?? [],
      (name) => name === 'overseer:offline-game' || name.startsWith('vite-plugin-pwa'),
    ),
    build: { ...config.build, outDir, emptyOutDir: true, minify: false },
  });
}

/** The report lines. */
export function labPageLines(runs: readonly LabPageRun[]): string[] {
  const lines: string[] = [];
  const atOne = runs.filter((run) => run.throttling === 1 && run.build === 'production');
  if (atOne.length > 1) {
    const met = atOne.filter((run) => run.count === 0).length;
    lines.push(
      `  1× CPU (production build), ${atOne.length} runs: ` +
        `${atOne.map((run) => run.count).join(', ')} long tasks > 50 ms; ` +
        `longest ${Math.max(...atOne.map((run) => run.longestMs)).toFixed(0)} ms; ` +
        `target (none) met in ${met} of ${atOne.length}`,
    );
  }
  for (const run of runs) {
    const exact = run.exactShownMs.map((entry) => entry.ms);
    const byChange = (change: string) =>
      run.exactShownMs.filter((entry) => entry.change === change).map((entry) => entry.ms);
    const describe = (values: readonly number[]) =>
      values.length === 0
        ? 'n/a'
        : `median ${median(values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;
    lines.push(
      `  ${run.throttling}× CPU (${run.build} build)${run.supported ? '' : ' [longtask API unsupported]'}: ` +
        `${run.count} long tasks > 50 ms from the Lab click on, longest ${run.longestMs.toFixed(0)} ms ` +
        `(target: none at 1×); Lab part of the probe ${(run.totalMs / 1000).toFixed(1)} s`,
      `    before the click (page load and title, not counted): ${run.before.length} long tasks` +
        (run.before.length === 0 ? '' : `, longest ${(run.before[0]?.ms ?? 0).toFixed(0)} ms`),
      `    1M-episode sample (4 loadouts × 4 models) in the worker: ${(run.sampleMs / 1000).toFixed(2)} s; ` +
        `level sample after the switch: ${(run.levelSampleMs / 1000).toFixed(2)} s`,
      `    exact table shown after a change: ${describe(exact)} ` +
        `(slider step: ${describe(byChange('slider step'))}; card: ${describe(byChange('card'))}; ` +
        `level: ${describe(byChange('level'))})`,
    );
    const phases = new Map<string, { count: number; ms: number }>();
    for (const task of run.tasks) {
      const entry = phases.get(task.phase) ?? { count: 0, ms: 0 };
      phases.set(task.phase, { count: entry.count + 1, ms: entry.ms + task.ms });
    }
    lines.push(
      `    by phase: ${['open', 'charts', 'slider', 'cards', 'level']
        .map((phase) => {
          const entry = phases.get(phase) ?? { count: 0, ms: 0 };
          return `${phase} ${entry.count} (${entry.ms.toFixed(0)} ms)`;
        })
        .join(', ')}`,
    );
    for (const task of run.tasks.slice(0, run.build === 'unminified' ? 12 : 5)) {
      lines.push(`    ${task.ms.toFixed(0)} ms at ${task.startMs.toFixed(0)} ms (${task.phase})`);
      for (const entry of task.inclusive ?? []) {
        lines.push(`      incl ${entry.ms.toFixed(0).padStart(4)} ms  ${entry.name}`);
      }
      for (const entry of task.self ?? []) {
        lines.push(`      self ${entry.ms.toFixed(0).padStart(4)} ms  ${entry.name}`);
      }
    }
  }
  return lines;
}

/**
 * How many times the 1× production probe runs: its count of long tasks scatters from run to run
 * around the target (docs/PERFORMANCE.md, "Strategy Lab"), so one run cannot judge it.
 */
export const LAB_RUNS_AT_1X = 3;

/**
 * The probe at 1× ({@link LAB_RUNS_AT_1X} times) and 4×, and a profiled 1× run on an unminified
 * build when a 1× run had long tasks.
 */
export async function measureLabPages(
  browser: Browser,
  url: string,
  step: (text: string) => void = () => undefined,
): Promise<LabPageRun[]> {
  const runs: LabPageRun[] = [];
  for (let run = 1; run <= LAB_RUNS_AT_1X; run += 1) {
    step(`the Strategy Lab page at 1× CPU, run ${run} of ${LAB_RUNS_AT_1X}`);
    runs.push(await measureLabPage(browser, url, 1));
  }
  step('the Strategy Lab page at 4× CPU');
  runs.push(await measureLabPage(browser, url, 4));
  if (runs.some((run) => run.throttling === 1 && run.count > 0)) {
    step('the Strategy Lab page at 1× CPU, unminified and profiled, to name the long tasks');
    try {
      await buildUnminified();
      const server = await serveFolder(LAB_DIAG_OUT);
      try {
        runs.push(
          await measureLabPage(browser, server.url, 1, { profiled: true, build: 'unminified' }),
        );
      } finally {
        await server.close();
      }
    } catch (error) {
      // The figures above stand without it: the profile only names what ran.
      step(`no profiled run (${String(error).split('\n')[0] ?? ''})`);
    }
  }
  return runs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const main = async (): Promise<void> => {
    await build({
      configFile: resolve('vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: GAME_OUT, emptyOutDir: true },
    });
    const server = await serveFolder(GAME_OUT);
    const browser = await launchChromium();
    try {
      const machine = describeMachine();
      machine.chromium = browser.version();
      const runs = await measureLabPages(browser, server.url, (text) =>
        process.stderr.write(`lab-page: ${text}\n`),
      );
      console.log(
        `machine: ${machine.os}; ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB ` +
          `(load ${machine.loadAverage1m} at the start, ${describeMachine().loadAverage1m} at the end); ` +
          `Node ${machine.node}; Chromium ${machine.chromium}; ${machine.date}`,
      );
      console.log(labPageLines(runs).join('\n'));
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

/**
 * (a) what the first load transfers and (b) how long it takes to the first interactive screen,
 * for the game and the bare Phaser page, each in a fresh browser context (a cold cache).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { installProbes, type Probes } from './page-probes';

/** A page under test: where it is served, which folder it is built in, and its ready marker. */
export interface Target {
  readonly label: string;
  readonly url: string;
  readonly folder: string;
  /** The value of `body[data-screen]` that means "interactive". */
  readonly readyScreen: string;
}

export interface TransferredFile {
  readonly path: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface Transfer {
  readonly files: readonly TransferredFile[];
  readonly js: { readonly raw: number; readonly gzip: number };
  readonly total: { readonly raw: number; readonly gzip: number };
}

export interface ColdLoad {
  /** From navigation start to the ready marker, in ms (the page's own clock). */
  readonly readyAt: number;
  readonly screens: Probes['screens'];
  readonly longTasks: Probes['longTasks'];
  readonly domContentLoaded: number;
  /** Files fetched before the marker, in order, by path inside the build folder. */
  readonly requested: readonly string[];
}

export const VIEWPORT = { width: 1280, height: 720 };

/** Size of one built file, raw and gzip (level 6, what static hosts use by default). */
export function fileSizes(folder: string, path: string): TransferredFile {
  const bytes = readFileSync(join(folder, path));
  return {
    path,
    raw: statSync(join(folder, path)).size,
    gzip: gzipSync(bytes, { level: 6 }).length,
  };
}

/** Sums the sizes of the files a load requested. */
export function transferOf(folder: string, requested: readonly string[]): Transfer {
  const files = [...new Set(requested)]
    .filter((path) => existsSync(join(folder, path)))
    .map((path) => fileSizes(folder, path));
  const sum = (list: readonly TransferredFile[]) => ({
    raw: list.reduce((total, file) => total + file.raw, 0),
    gzip: list.reduce((total, file) => total + file.gzip, 0),
  });
  return { files, js: sum(files.filter((file) => file.path.endsWith('.js'))), total: sum(files) };
}

async function readProbes(page: Page): Promise<Probes> {
  return page.evaluate(() => window.__bench as Probes);
}

/**
 * One cold load in a fresh context; resolves when the ready marker is set. `cpu` slows the page's
 * CPU by that factor (Chromium's throttling, as the long-task runs use).
 */
export async function coldLoad(browser: Browser, target: Target, cpu = 1): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await installProbes(context);
    const page = await context.newPage();
    if (cpu !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    const origin = new URL(target.url).origin;
    const requested: string[] = [];
    page.on('request', (request) => {
      if (/^(blob|data):/.test(request.url())) {
        return; // made in the page (SVG textures, workers): nothing crosses the network
      }
      const url = new URL(request.url());
      if (url.origin === origin) {
        const path = url.pathname === '/' ? 'index.html' : url.pathname.replace(/^\//, '');
        requested.push(decodeURIComponent(path));
      }
    });
    await page.goto(target.url);
    await page.waitForSelector(`body[data-screen="${target.readyScreen}"]`, { timeout: 60_000 });
    const probes = await readProbes(page);
    const ready = probes.screens.find((mark) => mark.name === target.readyScreen);
    const domContentLoaded = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[];
      return navigation?.domContentLoadedEventEnd ?? Number.NaN;
    });
    return {
      readyAt: ready?.at ?? Number.NaN,
      screens: probes.screens,
      longTasks: probes.longTasks,
      domContentLoaded,
      requested: [...requested],
    };
  } finally {
    await context.close();
  }
}

/** Where one cold load spent its main-thread time, from a sampling CPU profile. */
export interface BootProfile {
  readonly totalMs: number;
  /** Self time by script file (or V8 category such as "(garbage collector)"), largest first. */
  readonly byScript: readonly { readonly script: string; readonly ms: number }[];
  /** Self time by function, largest first (top 8). */
  readonly byFunction: readonly {
    readonly name: string;
    readonly script: string;
    readonly ms: number;
  }[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

function scriptName(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (url === '') {
    return functionName.startsWith('(') ? functionName : '(native)';
  }
  return (
    url
      .split('/')
      .pop()
      ?.replace(/-[\w-]{8}\.js$/, '.js') ?? url
  );
}

/** Attributes a CPU profile's self time to scripts and functions (idle time left out). */
export function summariseProfile(profile: CpuProfile): BootProfile {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, index) => {
    // A sample's time is the delta to the next sample.
    const delta = (deltas[index + 1] ?? 0) / 1000;
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + delta);
  });
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, { name: string; script: string; ms: number }>();
  let totalMs = 0;
  for (const [id, self] of selfByNode) {
    const node = nodes.get(id);
    if (node === undefined || node.callFrame.functionName === '(idle)') {
      continue;
    }
    totalMs += self;
    const script = scriptName(node);
    byScript.set(script, (byScript.get(script) ?? 0) + self);
    const name = node.callFrame.functionName === '' ? '(anonymous)' : node.callFrame.functionName;
    const key = `${script}:${name}:${node.callFrame.lineNumber}`;
    const entry = byFunction.get(key) ?? { name, script, ms: 0 };
    entry.ms += self;
    byFunction.set(key, entry);
  }
  return {
    totalMs,
    byScript: [...byScript]
      .map(([script, time]) => ({ script, ms: time }))
      .sort((a, b) => b.ms - a.ms),
    byFunction: [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, 8),
  };
}

/** Loads the target once with the CPU profiler on and attributes self time until the marker. */
export async function profileBoot(browser: Browser, target: Target): Promise<BootProfile> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await installProbes(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await page.goto(target.url);
    await page.waitForSelector(`body[data-screen="${target.readyScreen}"]`, { timeout: 60_000 });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    return summariseProfile(profile);
  } finally {
    await context.close();
  }
}

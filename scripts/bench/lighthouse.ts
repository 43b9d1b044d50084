/**
 * The bench's Lighthouse run (12.x, the line that runs on Node 20) on the production build:
 * the mobile profile (Lighthouse's default: a mid-range phone, simulated slow 4G and 4× CPU)
 * and the desktop profile, each in a fresh Chromium with a fresh profile. Prints each
 * category's score, the metrics and the audits that fail. Targets (issue 16): mobile
 * performance ≥ 80, accessibility 100, best practices 100, SEO ≥ 90.
 *
 * The static server sends the build's precompressed copies (`.br`, else `.gz`), as a host
 * with precompressed serving would, and `no-store` (no cache headers); see docs/PERFORMANCE.md.
 *
 * Alone: `npx tsx scripts/bench/lighthouse.ts [--build] [--uncompressed] [--mobile|--desktop]`
 * (builds the game into dist-bench/game if it is not there, or always with --build; writes
 * the figures to dist-bench/lighthouse.json and each full report to
 * dist-bench/lighthouse-<form factor>.json, which https://googlechrome.github.io/lighthouse/viewer/
 * opens).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Result } from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from '../../tests/e2e/chromium';
import { serveFolder } from '../../tests/e2e/static-server';
import { BENCH_OUT, GAME_OUT } from './build';

/** Where a run alone writes its figures (git-ignored); `npm run bench` adds them to its results. */
const RUNS_FILE = resolve(BENCH_OUT, 'lighthouse.json');

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export const FORM_FACTORS = ['mobile', 'desktop'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

/** The issue's targets, as scores out of 100; the desktop profile has none for performance. */
export const LIGHTHOUSE_TARGETS: Readonly<
  Record<FormFactor, Readonly<Partial<Record<Category, number>>>>
> = {
  mobile: { performance: 80, accessibility: 100, 'best-practices': 100, seo: 90 },
  desktop: { accessibility: 100, 'best-practices': 100, seo: 90 },
};

/** The metrics the report prints, by Lighthouse audit id. */
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
} as const;

/** The audits' display modes that carry a score (metricSavings: the performance opportunities). */
const SCORED_MODES: ReadonlySet<string> = new Set(['binary', 'numeric', 'metricSavings']);

/** An audit that lost points, with what Lighthouse says it would save where it says so. */
export interface FailedAudit {
  readonly id: string;
  readonly category: Category;
  readonly score: number;
  /** The audit's own short result, e.g. "Potential savings of 1,230 KiB". */
  readonly display?: string;
  readonly savingsMs?: number;
}

/** One Lighthouse run. */
export interface LighthouseRun {
  readonly formFactor: FormFactor;
  readonly compressed: boolean;
  /** Scores out of 100; null where Lighthouse could not score the category. */
  readonly scores: Readonly<Record<Category, number | null>>;
  readonly metrics: Readonly<Record<keyof typeof METRICS, number | null>>;
  readonly failed: readonly FailedAudit[];
  /** Audits Lighthouse could not compute (their ids), e.g. from a trace this Chromium writes. */
  readonly errored: readonly string[];
  /** Lighthouse's own warnings about the run (e.g. a throttled or busy host). */
  readonly warnings: readonly string[];
  /** The 1-minute load average when the run started. */
  readonly loadAverage1m: number;
  readonly seconds: number;
  readonly lighthouseVersion: string;
}

function categoryOf(lhr: Result, auditId: string): Category | undefined {
  return CATEGORIES.find((category) =>
    lhr.categories[category]?.auditRefs.some((ref) => ref.id === auditId && ref.weight > 0),
  );
}

/** The scored audits under 1, and the performance opportunities and diagnostics that fail. */
function failedAudits(lhr: Result): FailedAudit[] {
  const failed: FailedAudit[] = [];
  for (const audit of Object.values(lhr.audits)) {
    if (audit.score === null || audit.score >= 0.9) {
      continue;
    }
    if (!SCORED_MODES.has(audit.scoreDisplayMode)) {
      continue;
    }
    const scored = categoryOf(lhr, audit.id);
    const inPerformance = lhr.categories.performance?.auditRefs.some((ref) => ref.id === audit.id);
    const category = scored ?? (inPerformance === true ? 'performance' : undefined);
    if (category === undefined) {
      continue;
    }
    const savings =
      audit.details?.type === 'opportunity' ? audit.details.overallSavingsMs : undefined;
    failed.push({
      id: audit.id,
      category,
      score: Math.round(audit.score * 100) / 100,
      ...(audit.displayValue === undefined ? {} : { display: audit.displayValue }),
      ...(savings === undefined || savings === 0 ? {} : { savingsMs: Math.round(savings) }),
    });
  }
  return failed.sort((a, b) => a.category.localeCompare(b.category) || a.score - b.score);
}

/**
 * Builds the production game alone into dist-bench/game (the bench's own build, without the
 * bare page and without emptying the rest of dist-bench), for a run of one audit alone.
 */
export async function buildGameAlone(): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: GAME_OUT, emptyOutDir: true },
  });
}

/** Runs Lighthouse once on `url` with a fresh Chromium and profile. */
export async function runLighthouse(
  url: string,
  formFactor: FormFactor,
  compressed: boolean,
  reportDir?: string,
): Promise<LighthouseRun> {
  const started = performance.now();
  const loadAverage1m = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  // Loaded here, not at the top: the report's lines and targets are imported without them.
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const userDataDir = mkdtempSync(join(tmpdir(), 'overseer-lighthouse-'));
  const chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: [...CHROMIUM_FLAGS],
    userDataDir,
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (result === undefined) {
      throw new Error('Lighthouse returned no result');
    }
    const { lhr } = result;
    if (reportDir !== undefined) {
      writeFileSync(resolve(reportDir, `lighthouse-${formFactor}.json`), JSON.stringify(lhr));
    }
    if (lhr.runtimeError !== undefined) {
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    const score = (category: Category): number | null => {
      const value = lhr.categories[category]?.score;
      return value === null || value === undefined ? null : Math.round(value * 100);
    };
    const metric = (id: string): number | null => lhr.audits[id]?.numericValue ?? null;
    return {
      formFactor,
      compressed,
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      },
      metrics: {
        fcpMs: metric(METRICS.fcpMs),
        lcpMs: metric(METRICS.lcpMs),
        tbtMs: metric(METRICS.tbtMs),
        cls: metric(METRICS.cls),
        speedIndexMs: metric(METRICS.speedIndexMs),
      },
      failed: failedAudits(lhr),
      errored: Object.values(lhr.audits)
        .filter((audit) => audit.scoreDisplayMode === 'error')
        .map((audit) => audit.id),
      warnings: lhr.runWarnings,
      loadAverage1m,
      seconds: (performance.now() - started) / 1000,
      lighthouseVersion: lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * Serves the built game from `folder` and runs Lighthouse on it for each form factor, one
 * after the other (never beside another measurement: Lighthouse's performance figures are
 * timings of this machine).
 */
export async function measureLighthouse(
  folder: string = GAME_OUT,
  options: {
    compressed?: boolean;
    formFactors?: readonly FormFactor[];
    /** Where to write each run's full report (`lighthouse-<form factor>.json`), if anywhere. */
    reportDir?: string;
  } = {},
): Promise<LighthouseRun[]> {
  const compressed = options.compressed ?? true;
  const server = await serveFolder(folder, { precompressed: compressed });
  try {
    const runs: LighthouseRun[] = [];
    for (const formFactor of options.formFactors ?? FORM_FACTORS) {
      runs.push(await runLighthouse(server.url, formFactor, compressed, options.reportDir));
    }
    return runs;
  } finally {
    await server.close();
  }
}

function seconds(value: number | null): string {
  return value === null ? '–' : `${(value / 1000).toFixed(1)} s`;
}

/** The report's lines for a set of Lighthouse runs, each score set against its target. */
export function lighthouseLines(runs: readonly LighthouseRun[]): string[] {
  const lines: string[] = [];
  for (const run of runs) {
    const targets = LIGHTHOUSE_TARGETS[run.formFactor];
    const scores = CATEGORIES.map((category) => {
      const value = run.scores[category];
      const target = targets[category];
      const mark =
        target === undefined || value === null ? '' : value >= target ? ' ✓' : ` ✗ (≥ ${target})`;
      return `${category} ${value ?? '–'}${mark}`;
    });
    const { metrics } = run;
    lines.push(
      `  ${run.formFactor} (${run.compressed ? 'served precompressed' : 'served uncompressed'}, load ${run.loadAverage1m}, ${run.seconds.toFixed(0)} s): ${scores.join(', ')}`,
    );
    lines.push(
      `    FCP ${seconds(metrics.fcpMs)}, LCP ${seconds(metrics.lcpMs)}, TBT ${metrics.tbtMs === null ? '–' : `${metrics.tbtMs.toFixed(0)} ms`}, ` +
        `CLS ${metrics.cls === null ? '–' : metrics.cls.toFixed(3)}, Speed Index ${seconds(metrics.speedIndexMs)}`,
    );
    const failed = run.failed.map(
      (audit) =>
        `${audit.id} ${audit.score}` +
        (audit.display === undefined ? '' : ` (${audit.display})`) +
        (audit.savingsMs === undefined ? '' : ` [saves ~${audit.savingsMs} ms]`),
    );
    lines.push(`    audits under 0.9: ${failed.length === 0 ? 'none' : failed.join('; ')}`);
    if (run.errored.length > 0) {
      lines.push(`    audits Lighthouse could not compute: ${run.errored.join(', ')}`);
    }
    for (const warning of run.warnings) {
      lines.push(`    Lighthouse warns: ${warning}`);
    }
  }
  const misses = runs.flatMap((run) =>
    CATEGORIES.flatMap((category) => {
      const target = LIGHTHOUSE_TARGETS[run.formFactor][category];
      const value = run.scores[category];
      return target !== undefined && (value === null || value < target)
        ? [`${run.formFactor} ${category}`]
        : [];
    }),
  );
  lines.push(
    `  target: mobile performance ≥ 80, accessibility 100, best practices 100, SEO ≥ 90: ` +
      (misses.length === 0 ? 'holds' : `MISSES (${misses.join(', ')})`),
  );
  return lines;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--build') || !existsSync(resolve(GAME_OUT, 'index.html'))) {
    process.stderr.write('lighthouse: building the game into dist-bench\n');
    await buildGameAlone();
  }
  const asked = FORM_FACTORS.filter((formFactor) => args.includes(`--${formFactor}`));
  const formFactors = asked.length === 0 ? FORM_FACTORS : asked;
  const runs = await measureLighthouse(GAME_OUT, {
    compressed: !args.includes('--uncompressed'),
    formFactors,
    reportDir: BENCH_OUT,
  });
  writeFileSync(RUNS_FILE, `${JSON.stringify(runs, null, 2)}\n`);
  process.stdout.write(
    `Lighthouse ${runs[0]?.lighthouseVersion ?? ''}:\n${lighthouseLines(runs).join('\n')}\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

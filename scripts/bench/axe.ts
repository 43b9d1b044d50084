/**
 * The bench's accessibility audit: axe (WCAG 2.0 A/AA, 2.1 AA) on every screen of the browser
 * suite's screen walk (tests/e2e/screen-walk.ts), in one fresh context at 1280×800. Counts per
 * screen and impact; target: no serious or critical violation anywhere.
 *
 * Alone: `npx tsx scripts/bench/axe.ts [--build]` (builds the game into dist-bench/game if it
 * is not there, or always with --build).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/chromium';
import {
  AXE_TAGS,
  auditScreen,
  blockingFindings,
  countByImpact,
  IMPACTS,
  walkScreens,
  type ScreenAudit,
} from '../../tests/e2e/screen-walk';
import { serveFolder } from '../../tests/e2e/static-server';
import { GAME_OUT } from './build';
import { buildGameAlone } from './lighthouse';
import { ms } from './stats';

/** The audit of one walk: each screen's findings, and the failing ones as lines. */
export interface AxeRun {
  readonly tags: readonly string[];
  readonly audits: readonly ScreenAudit[];
  /** Serious and critical findings, "screen: rule (impact) help — targets". */
  readonly blocking: readonly string[];
  readonly seconds: number;
}

/** Walks the game served at `url` and audits each screen. */
export async function measureAxe(browser: Browser, url: string): Promise<AxeRun> {
  const started = performance.now();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const audits: ScreenAudit[] = [];
    await walkScreens(page, async (screen) => {
      audits.push(await auditScreen(page, screen));
    });
    return {
      tags: [...AXE_TAGS],
      audits,
      blocking: blockingFindings(audits),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await context.close();
  }
}

/** The report's lines for an axe run: a row per screen with its counts by impact. */
export function axeLines(run: AxeRun): string[] {
  const lines = [
    `  ${run.audits.length} screens, rules ${run.tags.join(' ')}; violations by impact (${IMPACTS.join('/')}):`,
  ];
  const width = Math.max(...run.audits.map((audit) => audit.screen.length));
  for (const audit of run.audits) {
    const counts = countByImpact(audit);
    const rules = audit.findings.map((finding) => finding.rule).join(', ');
    lines.push(
      `    ${audit.screen.padEnd(width)}  ${IMPACTS.map((impact) => counts[impact]).join('/')}` +
        `  (${ms(audit.ms)})${rules === '' ? '' : `  ${rules}`}`,
    );
  }
  lines.push(...run.blocking.map((line) => `    ${line}`));
  lines.push(
    `  target: no serious or critical violation on any screen: ${run.blocking.length === 0 ? 'holds' : 'MISSES'}`,
  );
  return lines;
}

async function main(): Promise<void> {
  if (process.argv.includes('--build') || !existsSync(resolve(GAME_OUT, 'index.html'))) {
    process.stderr.write('axe: building the game into dist-bench/game\n');
    await buildGameAlone();
  }
  const server = await serveFolder(GAME_OUT);
  const browser = await launchChromium();
  try {
    const run = await measureAxe(browser, server.url);
    process.stdout.write(`axe on every screen (${run.seconds.toFixed(0)} s):\n`);
    process.stdout.write(`${axeLines(run).join('\n')}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

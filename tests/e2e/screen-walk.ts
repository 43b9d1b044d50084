/**
 * One walk through every DOM screen of the game, in one page, and an axe audit of each screen
 * it reaches. The browser suite (tests/e2e/a11y.e2e.ts) fails on what the audit finds; the
 * bench (scripts/bench/axe.ts) prints the same audit's counts. Neither imports Vitest from here.
 */
import axe, { type AxeResults, type RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG rule sets the audit runs: WCAG 2.0 A and AA, WCAG 2.1 AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'] as const;

/** The impacts that fail the audit. */
export const BLOCKING_IMPACTS = ['serious', 'critical'] as const;

/** axe's impact levels, least first. */
export const IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
export type Impact = (typeof IMPACTS)[number];

/** One rule that one screen breaks. */
export interface Finding {
  readonly rule: string;
  readonly impact: Impact;
  readonly help: string;
  /** CSS selectors of the offending elements (at most five). */
  readonly targets: readonly string[];
}

/** What axe found on one screen. */
export interface ScreenAudit {
  /** The screen's name: `body[data-screen]`, with the moment of the day where it matters. */
  readonly screen: string;
  readonly findings: readonly Finding[];
  readonly ms: number;
}

/** The level the walk plays to its debrief: the first, open in a fresh save. */
export const WALK_LEVEL = '0-first-day';

/** The day's phases the walk audits once each, by the button that marks them. */
const DAY_PHASES: readonly (readonly [phase: string, action: string])[] = [
  ['draw', 'continue-draw'],
  ['ended', 'to-debrief'],
  ['approval', 'approve'],
  ['flag', 'halt'],
  ['choice', 'choose'],
];

function isImpact(value: unknown): value is Impact {
  return typeof value === 'string' && (IMPACTS as readonly string[]).includes(value);
}

/** axe's options: the WCAG tags, and only the violations reported (the passes cost time). */
const RUN_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: [...AXE_TAGS] },
  resultTypes: ['violations'],
};

/**
 * Runs axe with {@link AXE_TAGS} on the page as it is now. axe-core is put into the page once
 * (through the DevTools protocol, so the page's CSP does not apply) and stays for the walk: the
 * game is one document. This is about twice as fast per screen as @axe-core/playwright, which
 * injects axe into every frame on every call and finishes each run in a blank page.
 */
export async function auditScreen(page: Page, screen: string): Promise<ScreenAudit> {
  const started = performance.now();
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) {
    await page.evaluate(axe.source);
  }
  const results = await page.evaluate(
    (options) =>
      (
        window as unknown as {
          axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
        }
      ).axe.run(document, options),
    RUN_OPTIONS,
  );
  const findings = results.violations.map((violation) => ({
    rule: violation.id,
    impact: isImpact(violation.impact) ? violation.impact : 'minor',
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
  return { screen, findings, ms: performance.now() - started };
}

/** The findings of a set of audits that fail it (serious or critical), one line each. */
export function blockingFindings(audits: readonly ScreenAudit[]): string[] {
  return audits.flatMap((audit) =>
    audit.findings
      .filter((finding) => (BLOCKING_IMPACTS as readonly string[]).includes(finding.impact))
      .map(
        (finding) =>
          `${audit.screen}: ${finding.rule} (${finding.impact}) ${finding.help} — ${finding.targets.join(', ')}`,
      ),
  );
}

/** How many findings of each impact an audit has. */
export function countByImpact(audit: ScreenAudit): Record<Impact, number> {
  const counts: Record<Impact, number> = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  for (const finding of audit.findings) {
    counts[finding.impact] += 1;
  }
  return counts;
}

async function waitForScreen(page: Page, name: string): Promise<void> {
  await page.waitForSelector(`body[data-screen="${name}"]`, { timeout: 20_000 });
}

/** Goes back with Escape (every table screen's Back) and waits for the screen it leads to. */
async function escapeTo(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  await waitForScreen(page, name);
}

/** The day's phase on screen now, by its marking button; `playing` if none. */
async function dayPhase(page: Page): Promise<string> {
  return page.evaluate((phases) => {
    const found = phases.find(
      ([, action]) => document.querySelector(`[data-action="${action}"]`) !== null,
    );
    return found?.[0] ?? 'playing';
  }, DAY_PHASES);
}

/** The button to press in a phase: hold what asks for approval, halt on a flag, first choice. */
const PHASE_ACTION: Readonly<Record<string, string>> = {
  draw: 'continue-draw',
  ended: 'to-debrief',
  approval: 'hold',
  flag: 'halt',
  choice: 'choose',
  playing: 'next',
};

/**
 * Walks every DOM screen from the title, calling `visit` once the screen is ready: the title,
 * settings, sources, the Strategy Lab, join, workshop, the board, the printables, level
 * select, briefing, loadout, the day (at its start and at the first of each of its phases:
 * draw, approval, flag, choice, ended) and the debrief. The page must be open on the game's
 * address with an empty save. Boot and preloader are not screens of their own.
 */
export async function walkScreens(
  page: Page,
  visit: (screen: string) => Promise<void>,
): Promise<void> {
  await waitForScreen(page, 'title');
  await visit('title');

  for (const screen of ['settings', 'sources', 'lab', 'join'] as const) {
    await page.click(`[data-action="${screen}"]`);
    await waitForScreen(page, screen);
    await visit(screen);
    await escapeTo(page, 'title');
  }

  await page.click('[data-action="workshop"]');
  await waitForScreen(page, 'workshop');
  await page.waitForSelector('.session-code[data-code]');
  await visit('workshop');
  await page.click('[data-action="open-board"]');
  await waitForScreen(page, 'board');
  await visit('board');
  await escapeTo(page, 'workshop');
  await page.click('[data-action="print-cards"]');
  await waitForScreen(page, 'print');
  await page.waitForSelector('.print-sheet');
  await visit('print');
  await escapeTo(page, 'title');

  await page.click('[data-action="levels"]');
  await waitForScreen(page, 'level-select');
  await visit('level-select');
  await page.click(`[data-action="open-level"][data-level="${WALK_LEVEL}"]`);
  await waitForScreen(page, 'briefing');
  await visit('briefing');
  await page.click('[data-action="to-loadout"]');
  await waitForScreen(page, 'loadout');
  await visit('loadout');
  await page.click('[data-action="start-day"]');
  await waitForScreen(page, 'day');
  await visit('day');

  const seen = new Set<string>(['playing']);
  for (let turn = 0; turn < 300; turn += 1) {
    const phase = await dayPhase(page);
    if (!seen.has(phase)) {
      seen.add(phase);
      await visit(`day (${phase})`);
    }
    const action = PHASE_ACTION[phase] ?? 'next';
    await page.evaluate((wanted) => {
      document.querySelector<HTMLElement>(`[data-action="${wanted}"]`)?.click();
    }, action);
    if (phase === 'ended') {
      await waitForScreen(page, 'debrief');
      await visit('debrief');
      return;
    }
  }
  throw new Error(`the day of ${WALK_LEVEL} did not end within 300 turns`);
}

import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from './chromium';

export const SCREENSHOT_DIR = 'test-results/screens';

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Runs in the page before any of the game's scripts, e.g. to seed or break localStorage. */
  initScript?: (() => void) | string;
  /** Console errors that the test provokes on purpose and checks itself. */
  expectedErrors?: readonly RegExp[];
  reducedMotion?: 'reduce' | 'no-preference';
  /** A phone or tablet: touch events and the mobile viewport (`hasTouch`, `isMobile`). */
  touch?: boolean;
  /**
   * Opens this address instead of the served build, e.g. the single-file build's `file://` page.
   * Requests are then checked against its origin (every `file:` URL shares the one `null` origin).
   */
  url?: string;
}

/** One open game: its page and every problem the page reported. */
export class GamePage {
  readonly problems: string[] = [];
  readonly foreignRequests: string[] = [];

  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
    readonly baseUrl: string,
    private readonly _expectedErrors: readonly RegExp[],
  ) {
    const origin = new URL(baseUrl).origin;
    page.on('console', (message) => {
      if (message.type() === 'error' && !this._isExpected(message.text())) {
        this.problems.push(`console.error: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => this.problems.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
        this.foreignRequests.push(url);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400) {
        this.problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
  }

  private _isExpected(text: string): boolean {
    return this._expectedErrors.some((pattern) => pattern.test(text));
  }

  /** Waits until the game says the named screen is ready for input. */
  async waitForScreen(name: string, timeout = 15_000): Promise<void> {
    await this.page.waitForSelector(`body[data-screen="${name}"]`, { timeout });
  }

  /** Saves a screenshot of the current screen into the git-ignored results folder. */
  async snap(name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = `${SCREENSHOT_DIR}/${name}.png`;
    // Let fonts settle and one frame draw, so the picture is what a player sees.
    await this.page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    await this.page.screenshot({ path });
    return path;
  }
}

/**
 * Registers a browser for the current test file and returns a function that opens the game.
 * After each test it fails on any console error, uncaught error, failed request or request to
 * another origin.
 */
export function useGame(): (options?: OpenOptions) => Promise<GamePage> {
  let browser: Browser | undefined;
  const open: GamePage[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const pages = open.splice(0);
    for (const game of pages) {
      await game.context.close();
    }
    for (const game of pages) {
      expect(game.problems, 'the page reported problems').toEqual([]);
      expect(game.foreignRequests, 'requests left the page origin').toEqual([]);
    }
  });

  return async (options: OpenOptions = {}) => {
    if (browser === undefined) {
      throw new Error('useGame() must be called at the top of a test file');
    }
    const baseUrl = options.url ?? inject('baseUrl');
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 720 },
      reducedMotion: options.reducedMotion ?? 'reduce',
      hasTouch: options.touch ?? false,
      isMobile: options.touch ?? false,
    });
    if (typeof options.initScript === 'string') {
      await context.addInitScript({ content: options.initScript });
    } else if (options.initScript !== undefined) {
      await context.addInitScript(options.initScript);
    }
    const page = await context.newPage();
    const game = new GamePage(page, context, baseUrl, options.expectedErrors ?? []);
    open.push(game);
    await page.goto(baseUrl);
    return game;
  };
}

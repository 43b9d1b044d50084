import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  availableCommands,
  type Command,
  createGameState,
  type Level,
  parseLevelFolder,
  step,
} from '../../src/core';
import {
  encodeResult,
  encodeSession,
  levelForSession,
  newSession,
  sessionSeed,
  type WorkshopSession,
} from '../../src/core/workshop';
import { readLevelFolder } from '../../scripts/validate-levels';
import { SCREENSHOT_DIR, useGame, type GamePage } from './harness';
import { layoutProblems } from './layout-checks';

const openGame = useGame();

const LEVEL_ID = '0-first-day';

function loadLevel(id: string): Level {
  const parsed = parseLevelFolder(readLevelFolder(`levels/${id}`));
  if (!parsed.ok) {
    throw new Error(`${id} does not parse`);
  }
  return parsed.value;
}

/**
 * A team's day under the session: its loadout, then the first thing on offer at every step
 * (the clock moves on when it can, else the first choice or answer). Every command is one the
 * game accepted, as a team's result code records them.
 */
function teamCode(
  session: WorkshopSession,
  level: Level,
  team: string,
  defenses: readonly string[],
): { code: string; ending: string } {
  const played = levelForSession(level, session);
  let state = createGameState(played, { seed: sessionSeed(session, level.id) });
  const commands: Command[] = [];
  const apply = (command: Command): void => {
    const stepped = step(played, state, command);
    if (!stepped.ok) {
      throw new Error(`${command.kind} refused: ${stepped.error.code}`);
    }
    state = stepped.value.state;
    commands.push(command);
  };
  apply({ kind: 'open-loadout' });
  for (const defense of defenses) {
    apply({ kind: 'toggle-defense', defense } as Command);
  }
  apply({ kind: 'start-day' });
  for (let guard = 0; state.ending === null && guard < 2_000; guard += 1) {
    const offered = availableCommands(played, state).filter((c) => c.kind !== 'open-email');
    const next = offered.find((c) => c.kind === 'advance-clock') ?? offered[0];
    if (next === undefined) {
      break;
    }
    apply(next);
  }
  if (state.ending === null) {
    throw new Error(`${team} did not finish the day`);
  }
  const code = encodeResult(
    { session, team, levelId: level.id, commands, ending: state.ending },
    level,
  );
  return { code, ending: state.ending };
}

/** Changes one symbol in the middle of a code to another of the alphabet. */
function tamper(code: string): string {
  const at = Math.floor(code.length / 2) + (code[Math.floor(code.length / 2)] === '-' ? 1 : 0);
  const original = code.charAt(at);
  const replacement = original === '7' ? '8' : '7';
  return `${code.slice(0, at)}${replacement}${code.slice(at + 1)}`;
}

const level = loadLevel(LEVEL_ID);
const session = newSession({ seed: 4242, levels: [LEVEL_ID], language: 'en', minutes: 10 });
const sessionCode = encodeSession(session);
const offered = level.loadout.defenses.map((card) => card.id);
const teams = [
  { team: 'Ravens', defenses: [] as string[] },
  { team: 'Owls', defenses: offered.slice(0, 1) },
  { team: 'Foxes', defenses: offered.slice(1, 2) },
].map((team) => ({ ...team, ...teamCode(session, level, team.team, team.defenses) }));

/** Opens the board for the session through its address. */
async function openBoard(game: GamePage): Promise<void> {
  await game.page.goto(`${game.baseUrl}#board?session=${encodeURIComponent(sessionCode)}`);
  await game.page.reload();
  await game.waitForScreen('board');
}

describe("the facilitator's board", () => {
  it('takes three teams, refuses a tampered code with its reason, keeps them across a reload, exports CSV and prints the report', async () => {
    const game = await openGame({ viewport: { width: 1280, height: 800 } });
    const { page } = game;
    await openBoard(game);
    const tampered = tamper(teams[0]?.code ?? '');
    await page.fill('#board-codes', [...teams.map((t) => t.code), tampered].join('\n'));
    await page.click('[data-action="check-codes"]');
    await expect.poll(() => page.locator('.board-results .board-table tbody tr').count()).toBe(3);
    // The refused code stays in the box with its reason; the accepted ones left it.
    expect((await page.inputValue('#board-codes')).trim()).toBe(tampered);
    const refused = page.locator('.board-refused li');
    expect(await refused.count()).toBe(1);
    expect(await refused.getAttribute('data-refused')).toBe('checksum');
    expect(await refused.textContent()).toContain('mistyped');
    for (const team of teams) {
      const row = page.locator(`.board-results .board-table tr[data-team="${team.team}"]`);
      expect(await row.getAttribute('data-ending')).toBe(team.ending);
    }
    await page.waitForSelector('.board-chart[data-state="ready"]');
    expect(await page.getAttribute('.board-figure', 'data-points')).toBe('3');
    await game.snap('board-1280x800');
    await page.locator('[data-role="chart"]').scrollIntoViewIfNeeded();
    await game.snap('board-1280x800-results');
    expect(await layoutProblems(game, false)).toEqual([]);

    // A reload keeps the three results.
    await page.reload();
    await game.waitForScreen('board');
    await expect.poll(() => page.locator('.board-results .board-table tbody tr').count()).toBe(3);

    // CSV export names the three teams.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="export-csv"]'),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    for (const team of teams) {
      expect(csv).toContain(team.team);
    }

    // The report: notes and a plan row, kept with the board; printed to PDF.
    await page.click('[data-action="open-report"]');
    await page.waitForSelector('[data-role="report"]');
    await page.fill('#board-hotwash-wentWell', 'Every team argued about the monitor.');
    await page.click('[data-action="add-plan-row"]');
    await page.fill('#board-plan-0-issue', 'Reviews took too long');
    await page.fill('#board-plan-0-owner', 'Operations');
    expect(await page.locator('.board-report-ending').count()).toBeGreaterThan(0);
    await game.snap('board-report-1280x800');
    // On paper (A4 less its margins: about 700 CSS pixels), nothing sticks out sideways and the
    // notes print as text.
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('[data-role="report"] *')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && box.right > width + 1;
        })
        .map((element) => `${element.tagName}.${element.className}`);
      return document.documentElement.scrollWidth > width + 1 ? ['the page', ...wide] : wide;
    });
    expect(overflow).toEqual([]);
    await game.snap('board-report-print');
    expect(
      await page.evaluate(() => {
        const mirror = document.querySelector('#board-hotwash-wentWell + .board-print-only');
        return mirror === null ? '' : getComputedStyle(mirror).display + mirror.textContent;
      }),
    ).toBe('blockEvery team argued about the monitor.');
    const pdf = await page.pdf({ format: 'A4' });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(`${SCREENSHOT_DIR}/board-report.pdf`, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The notes and the plan survive a reload.
    await page.reload();
    await game.waitForScreen('board');
    await page.click('[data-action="open-report"]');
    expect(await page.inputValue('#board-hotwash-wentWell')).toBe(
      'Every team argued about the monitor.',
    );
    expect(await page.inputValue('#board-plan-0-owner')).toBe('Operations');
  });

  it('fits a phone, asks for the session when it has none, and sets a corrupt store aside', async () => {
    const game = await openGame({
      viewport: { width: 390, height: 844 },
      touch: true,
      initScript: () => {
        localStorage.setItem('overseer.board.current', 'X');
        localStorage.setItem('overseer.board.session.X', '{not json');
      },
    });
    const { page } = game;
    await page.goto(`${game.baseUrl}#board`);
    await page.reload();
    await game.waitForScreen('board');
    await page.waitForSelector('[data-notice="board.notice.setAside"]');
    await page.fill('#board-session', teams[0]?.code ?? '');
    await page.click('[data-action="open-session"]');
    expect(await page.textContent('#board-session-problem')).toContain('result code');
    await page.fill('#board-session', sessionCode.toLowerCase());
    await page.click('[data-action="open-session"]');
    await page.waitForSelector('#board-codes');
    await page.fill('#board-codes', teams.map((t) => t.code).join('\n'));
    await page.click('[data-action="check-codes"]');
    await expect.poll(() => page.locator('.board-results .board-table tbody tr').count()).toBe(3);
    await page.click('[data-action="projector"]');
    expect(await page.getAttribute('.board-panel', 'data-projector')).toBe('on');
    await page.waitForSelector('.board-chart[data-state="ready"]');
    await game.snap('board-390x844');
    expect(await layoutProblems(game, true)).toEqual([]);
  });
});

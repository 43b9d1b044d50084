import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/core';
import { decodeResult, decodeSession, encodeSession, verifyResult } from '../../src/core/workshop';
import { loadShippedLevel } from '../unit/level-catalog';
import { type GamePage, useGame } from './harness';
import { layoutProblems, seededSave } from './layout-checks';
import { playDayByClicks } from './play-helpers';

const openGame = useGame();

const LEVEL = '1-the-upgrade';
const PHONE = { width: 390, height: 844 };

/** A code with one symbol changed (the third): a typo that the check symbols catch. */
function withTypo(code: string): string {
  const at = 2;
  const changed = code[at] === '7' ? '8' : '7';
  return `${code.slice(0, at)}${changed}${code.slice(at + 1)}`;
}

/** From the title to the workshop screen, with the keyboard. */
async function workshopFromTitle(game: GamePage): Promise<void> {
  await game.waitForScreen('title');
  await game.page.focus('[data-action="workshop"]');
  await game.page.keyboard.press('Enter');
  await game.waitForScreen('workshop');
  await game.page.waitForSelector('.session-code[data-code]');
}

/** The session code the workshop screen shows now. */
async function shownCode(game: GamePage): Promise<string> {
  return (await game.page.getAttribute('.session-code', 'data-code')) ?? '';
}

describe('a workshop session', () => {
  it('is set up by keyboard, joined by a team that plays level 1, and its result code verifies', async () => {
    // The facilitator: only level 1, a 20-minute limit, German for the teams, all by keyboard.
    const host = await openGame({
      viewport: { width: 1280, height: 800 },
      initScript: seededSave(),
    });
    await workshopFromTitle(host);
    const { page } = host;
    const levels = await page.$$eval('[data-level]', (boxes) =>
      boxes.map((box) => box.getAttribute('data-level') ?? ''),
    );
    for (const id of levels.filter((level) => level !== LEVEL)) {
      await page.focus(`[data-level="${id}"]`);
      await page.keyboard.press('Space');
    }
    await page.focus('[data-control="minutes"]');
    await page.keyboard.type('20');
    await page.focus('[data-field="language"] input[value="de"]');
    await page.keyboard.press('Space');
    await expect
      .poll(async () => decodeSession(await shownCode(host)))
      .toMatchObject({
        ok: true,
        value: { levels: [LEVEL], minutes: 20, language: 'de' },
      });
    const code = await shownCode(host);
    await page.waitForSelector('.qr-box[data-qr="ready"] svg');
    expect(await page.inputValue('[data-control="join-link"]')).toContain(`#join?code=${code}`);
    await host.snap('workshop-1280x800');
    expect(await layoutProblems(host, false)).toEqual([]);

    // A team on a phone: the code typed with a typo first, then as given.
    const team = await openGame({ viewport: PHONE, touch: true, initScript: seededSave() });
    await team.waitForScreen('title');
    await team.page.click('[data-action="join"]');
    await team.waitForScreen('join');
    await team.page.fill('[data-control="session-code"]', withTypo(code));
    await team.page.fill('[data-control="team-name"]', 'Blue Team');
    await team.page.click('[data-action="join"]');
    await expect
      .poll(() => team.page.textContent('[data-error="code"]'))
      .toMatch(/typo: its check symbols do not match/);
    expect(await team.page.getAttribute('[data-control="session-code"]', 'aria-invalid')).toBe(
      'true',
    );
    await team.page.fill('[data-control="session-code"]', code.toLowerCase());
    await team.snap('join-390x844');
    expect(await layoutProblems(team, true)).toEqual([]);
    await team.page.click('[data-action="join"]');

    // Joining switches the game to the session's language and opens its first level.
    await team.waitForScreen('briefing');
    expect(await team.page.evaluate(() => document.documentElement.lang)).toBe('de');
    await team.page.click('[data-action="to-loadout"]');
    await team.waitForScreen('loadout');
    await team.page.click('[data-action="start-day"]');
    await team.waitForScreen('day');
    // The time limit shows as a countdown that informs and blocks nothing.
    await expect
      .poll(() => team.page.textContent('[data-workshop-timer]'))
      .toMatch(/Verbleibende Zeit: (20:00|19:\d\d)/);
    // The workshop survives a reload: the day continues on the session's dice, with its clock.
    await team.page.reload();
    await team.waitForScreen('title');
    await team.page.click('[data-action="continue"]');
    await team.waitForScreen('day');
    await expect
      .poll(() => team.page.textContent('[data-workshop-timer]'))
      .toMatch(/Verbleibende Zeit: (20:00|19:\d\d)/);
    expect(
      await team.page.$eval(
        '[data-workshop-timer]',
        (timer) => getComputedStyle(timer).pointerEvents,
      ),
    ).toBe('none');
    await team.snap('workshop-day-390x844');
    const ending = await playDayByClicks(team);

    // The debrief: the result code, which core's replay accepts, with the row the debrief shows.
    await team.page.waitForSelector('[data-section="workshop"][data-result-code]');
    const result =
      (await team.page.getAttribute('[data-section="workshop"]', 'data-result-code')) ?? '';
    expect(await team.page.textContent('[data-section="workshop"]')).toContain('Blue Team');
    const levelOf = (id: string): Level | undefined =>
      id === LEVEL ? loadShippedLevel(LEVEL) : undefined;
    const decoded = decodeResult(result, levelOf);
    if (!decoded.ok)
      throw new Error(`the result code is refused: ${JSON.stringify(decoded.error)}`);
    expect(encodeSession(decoded.value.session)).toBe(code);
    expect(decoded.value.team).toBe('Blue Team');
    const verified = verifyResult(decoded.value, loadShippedLevel(LEVEL));
    if (!verified.ok) throw new Error(`the result is refused: ${JSON.stringify(verified.error)}`);
    const row = verified.value;
    const shown = await team.page.evaluate(() => {
      const banner = document.querySelector('.ending-banner');
      const objective = document.querySelector('.objective-lines');
      return {
        ending: banner?.getAttribute('data-ending'),
        outcome: banner?.getAttribute('data-outcome'),
        harm: objective?.getAttribute('data-harm'),
        hours: Number(objective?.getAttribute('data-hours')),
        met: objective?.getAttribute('data-met'),
        rolls: [...document.querySelectorAll('[data-decision][data-roll]')].map((line) =>
          Number(line.getAttribute('data-roll')),
        ),
      };
    });
    expect(row.ending).toBe(ending);
    expect(shown).toEqual({
      ending: row.ending,
      outcome: row.outcome,
      harm: String(row.harm),
      hours: row.costHours,
      met: String(row.objectiveMet),
      rolls: row.draws.flatMap((draw) => (draw.kind === 'attempt' ? [draw.draw.roll] : [])),
    });
    // The countdown belongs to the level's screens, not to the debrief.
    expect(await team.page.$('[data-workshop-timer]')).toBeNull();
    await team.page.locator('[data-section="workshop"]').scrollIntoViewIfNeeded();
    await team.page.waitForSelector('[data-section="workshop"] .qr-box[data-qr="ready"] svg');
    await team.snap('workshop-debrief-390x844');
    expect(await layoutProblems(team, true)).toEqual([]);
  });

  it('fits a phone, and a join link opens the join screen with its code filled in', async () => {
    const game = await openGame({ viewport: PHONE, touch: true, initScript: seededSave() });
    await game.page.click('[data-action="workshop"]');
    await game.waitForScreen('workshop');
    await game.page.waitForSelector('.qr-box[data-qr="ready"] svg');
    await game.snap('workshop-390x844');
    expect(await layoutProblems(game, true)).toEqual([]);
    const code = await shownCode(game);
    const link = await game.page.inputValue('[data-control="join-link"]');
    // A fresh load of the link (a new address only in its fragment does not reload by itself).
    await game.page.goto(link);
    await game.page.reload();
    await game.waitForScreen('join');
    expect(await game.page.inputValue('[data-control="session-code"]')).toBe(code);
    // The link is read once: the address no longer holds it.
    expect(await game.page.evaluate(() => window.location.hash)).toBe('');
    // The team's name is what the screen asks for next.
    expect(
      await game.page.evaluate(() => document.activeElement?.getAttribute('data-control')),
    ).toBe('team-name');
  });
});

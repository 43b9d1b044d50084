/**
 * A workshop in one room: the facilitator sets up a session on the workshop screen, three teams
 * join it in three browser contexts (three machines), each plays level 1 with its own loadout and
 * reads its result code off its debrief, and the facilitator's board takes the three codes: the
 * board takes two codes typed in and the third from a picture of its QR code. The board's rows must
 * say what each team's own debrief said: the same ending, harm and cost, and the
 * same roll, since every team met the same dice.
 */
import { describe, expect, it } from 'vitest';
import { type GamePage, useGame } from './harness';
import { seededSave } from './layout-checks';
import { playDayByClicks } from './play-helpers';

const openGame = useGame();

const LEVEL = '1-the-upgrade';

/** What a team's debrief shows, read from the page. */
interface TeamDebrief {
  readonly team: string;
  readonly code: string;
  readonly ending: string;
  readonly harm: string;
  readonly hours: number;
  readonly rolls: readonly number[];
  readonly picture: Buffer;
}

/** A team joins on its own machine, deploys its cards, plays level 1 and reads its debrief. */
async function teamPlays(
  team: GamePage,
  name: string,
  code: string,
  defenses: readonly string[],
): Promise<TeamDebrief> {
  const { page } = team;
  await team.waitForScreen('title');
  await page.click('[data-action="join"]');
  await team.waitForScreen('join');
  await page.fill('[data-control="session-code"]', code);
  await page.fill('[data-control="team-name"]', name);
  await page.click('[data-action="join"]');
  await team.waitForScreen('briefing');
  await page.click('[data-action="to-loadout"]');
  await team.waitForScreen('loadout');
  for (const defense of defenses) {
    await page.click(`[data-defense="${defense}"]`);
    await expect
      .poll(() => page.getAttribute(`[data-defense="${defense}"]`, 'aria-pressed'))
      .toBe('true');
  }
  await page.click('[data-action="start-day"]');
  await team.waitForScreen('day');
  await playDayByClicks(team, { review: 'hold', flag: 'halt' });
  await page.waitForSelector('[data-section="workshop"][data-result-code]');
  const shown = await page.evaluate(() => {
    const banner = document.querySelector('.ending-banner');
    const objective = document.querySelector('.objective-lines');
    return {
      code: document.querySelector('[data-section="workshop"]')?.getAttribute('data-result-code'),
      ending: banner?.getAttribute('data-ending') ?? '',
      harm: objective?.getAttribute('data-harm') ?? '',
      hours: Number(objective?.getAttribute('data-hours')),
      rolls: [...document.querySelectorAll('[data-decision][data-roll]')].map((line) =>
        Number(line.getAttribute('data-roll')),
      ),
    };
  });
  // A picture of the code's QR as the facilitator's camera would take it off the team's screen.
  const qr = page.locator('[data-section="workshop"] .qr-box[data-qr="ready"] svg');
  await qr.scrollIntoViewIfNeeded();
  const picture = await qr.screenshot();
  return { team: name, ...shown, code: shown.code ?? '', picture };
}

describe('a workshop in one room', () => {
  it('three teams on three machines play one session, and the board shows what their debriefs showed', async () => {
    // The facilitator: a session of level 1 only.
    const host = await openGame({
      viewport: { width: 1280, height: 800 },
      initScript: seededSave(),
    });
    await host.waitForScreen('title');
    await host.page.click('[data-action="workshop"]');
    await host.waitForScreen('workshop');
    await host.page.waitForSelector('.session-code[data-code]');
    const levels = await host.page.$$eval('[data-level]', (boxes) =>
      boxes.map((box) => box.getAttribute('data-level') ?? ''),
    );
    for (const id of levels.filter((level) => level !== LEVEL)) {
      await host.page.uncheck(`[data-level="${id}"]`);
    }
    await expect
      .poll(async () => {
        const checked = await host.page.$$eval('[data-level]:checked', (boxes) =>
          boxes.map((box) => box.getAttribute('data-level')),
        );
        return checked;
      })
      .toEqual([LEVEL]);
    const code = (await host.page.getAttribute('.session-code', 'data-code')) ?? '';
    expect(code).not.toBe('');

    // Three machines, three loadouts, one after the other (each keeps its own browser storage).
    const loadouts: Record<string, readonly string[]> = {
      Ravens: [],
      Owls: ['oversight'],
      Foxes: ['monitor'],
    };
    const debriefs: TeamDebrief[] = [];
    for (const [name, defenses] of Object.entries(loadouts)) {
      const team = await openGame({
        viewport: { width: 1280, height: 800 },
        initScript: seededSave(),
      });
      debriefs.push(await teamPlays(team, name, code, defenses));
      await team.context.close();
    }
    // Same dice: the first roll of the day is the same at every table.
    const firstRolls = new Set(debriefs.map((debrief) => debrief.rolls[0]));
    expect(firstRolls.size).toBe(1);

    // The board takes two codes pasted at once, and the third from a picture of its QR code.
    await host.page.click('[data-action="open-board"]');
    await host.waitForScreen('board');
    const [first, second, third] = debriefs;
    if (first === undefined || second === undefined || third === undefined) {
      throw new Error('three teams played');
    }
    await host.page.fill('#board-codes', [first.code, second.code].join('\n'));
    await host.page.click('[data-action="check-codes"]');
    await expect
      .poll(() => host.page.locator('.board-results .board-table tbody tr').count())
      .toBe(2);
    await host.page.setInputFiles('#board-qr', {
      name: 'foxes-result.png',
      mimeType: 'image/png',
      buffer: third.picture,
    });
    await expect
      .poll(() => host.page.locator('.board-results .board-table tbody tr').count())
      .toBe(3);
    expect(await host.page.locator('.board-refused li').count()).toBe(0);
    for (const debrief of debriefs) {
      const row = host.page.locator(`.board-results .board-table tr[data-team="${debrief.team}"]`);
      expect({
        ending: await row.getAttribute('data-ending'),
        harm: await row.getAttribute('data-harm'),
        hours: Number(await row.getAttribute('data-cost')),
      }).toEqual({ ending: debrief.ending, harm: debrief.harm, hours: debrief.hours });
    }
    await host.page.locator('.board-results').scrollIntoViewIfNeeded();
    await host.snap('workshop-room-board-1280x800');
  });
});

import { describe, expect, it } from 'vitest';
import { useGame } from './harness';
import { auditScreen, blockingFindings, walkScreens, type ScreenAudit } from './screen-walk';

const openGame = useGame();

/** Every screen the walk must reach; the day's phases depend on the level's dice and are extra. */
const SCREENS = [
  'title',
  'settings',
  'sources',
  'lab',
  'join',
  'workshop',
  'board',
  'print',
  'level-select',
  'briefing',
  'loadout',
  'day',
  'day (ended)',
  'debrief',
];

describe('accessibility (axe, WCAG 2.0 A/AA and 2.1 AA)', () => {
  it('finds no serious or critical violation on any screen, from the title to the debrief', async () => {
    const game = await openGame({ viewport: { width: 1280, height: 800 } });
    const audits: ScreenAudit[] = [];
    await walkScreens(game.page, async (screen) => {
      audits.push(await auditScreen(game.page, screen));
      await game.snap(`a11y-${screen.replace(/\W+/g, '-').replace(/-$/, '')}-1280x800`);
    });
    expect(audits.map((audit) => audit.screen)).toEqual(expect.arrayContaining(SCREENS));
    expect(blockingFindings(audits)).toEqual([]);
  }, 90_000);
});

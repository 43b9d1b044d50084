/**
 * One Strategy Lab set-up, four ways, one answer: the page's JSON export (sample from its Web
 * Worker), `npm run simulate -- --compare … --json`, core's `labJson(labExact, labSample)` and
 * the worker's API called in Node must hold the same exact figures and the same sample.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LabJson, LabSetup } from '../../src/core/lab';
import {
  DEFAULT_LAB_SETUP,
  encodeLabSetup,
  labExact,
  labJson,
  labSample,
} from '../../src/core/lab';
import { labWorkerApi } from '../../src/ui/lab/lab-worker';
import { useGame } from './harness';

const openGame = useGame();

/** A study condition, three loadouts, two models, 20 000 episodes, seed 7, catch rate 0.8. */
const SETUP: LabSetup = {
  ...DEFAULT_LAB_SETUP,
  subject: {
    kind: 'condition',
    scenario: 'blackmail',
    goal: { type: 'explicit', value: 'america' },
    urgency: 'replacement',
  },
  models: ['Claude Opus 4', 'Gemini 2.5 Pro'],
  loadouts: [
    { defenses: ['prohibition', 'oversight'] },
    { defenses: ['monitor'] },
    { defenses: [] },
  ],
  assumptions: { ...DEFAULT_LAB_SETUP.assumptions, catchRate: 0.8 },
  runs: 20_000,
  seed: 7,
};

/** The CLI's flags for {@link SETUP}, read from its address so both name the same set-up. */
function cliArgs(): string[] {
  const params = new URLSearchParams(encodeLabSetup(SETUP));
  const value = (key: string): string => {
    const found = params.get(key);
    if (found === null) {
      throw new Error(`the address has no ${key}`);
    }
    return found;
  };
  return [
    'tsx',
    'scripts/simulate.ts',
    '--compare',
    ...SETUP.loadouts.map((loadout) =>
      loadout.defenses.length === 0 ? 'none' : loadout.defenses.join(','),
    ),
    '--scenario',
    value('s'),
    '--goal',
    value('g'),
    '--urgency',
    value('u'),
    '--model',
    value('m').split('.').join(','),
    '--runs',
    String(SETUP.runs),
    '--seed',
    String(SETUP.seed),
    '--catch-rate',
    String(SETUP.assumptions.catchRate),
    '--json',
  ];
}

describe('the Strategy Lab: page, command line, core and worker agree', () => {
  it('gives the same exact figures and sample for one set-up', async () => {
    // Core, in process.
    const core = labJson(SETUP, labExact(SETUP), labSample(SETUP));
    // The worker's API, in process.
    const worker = await labWorkerApi.sample(SETUP, () => undefined);
    expect(worker).toEqual(core.sample);

    // The command line.
    const cli = spawnSync('npx', cliArgs(), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(cli.status, cli.stderr).toBe(0);
    const fromCli = JSON.parse(cli.stdout) as LabJson;
    expect(fromCli.setup).toEqual(SETUP);

    // The page, opened at the set-up's link.
    const game = await openGame({ viewport: { width: 1280, height: 800 } });
    const { page } = game;
    await page.goto(`${game.baseUrl}#lab?${encodeLabSetup(SETUP)}`);
    await page.reload();
    await game.waitForScreen('lab');
    await page.waitForSelector('.lab-panel[data-sampling="done"]', { timeout: 45_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="export-json"]'),
    ]);
    const fromPage = JSON.parse(readFileSync(await download.path(), 'utf8')) as LabJson;
    expect(download.suggestedFilename()).toBe('overseer-lab.json');

    expect(fromPage.setup).toEqual(SETUP);
    expect(fromPage.sample).not.toBeNull();
    expect(fromPage.exact).toEqual(fromCli.exact);
    expect(fromPage.sample).toEqual(fromCli.sample);
    expect(fromPage.exact).toEqual(core.exact);
    expect(fromPage.sample).toEqual(core.sample);
    expect(fromPage.sample).toEqual(worker);
    // The rest of the export agrees too (the link, the assumptions, the rate rows).
    expect(fromPage).toEqual(fromCli);
  });
});

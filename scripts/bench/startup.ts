/**
 * The first screen alone (`npx tsx scripts/bench/startup.ts`): builds the game and the bare Phaser
 * page, then times cold loads of each, interleaved, at 1× and at 4× CPU, and prints the ratio the
 * target reads (docs/PERFORMANCE.md, "First screen"). The same figures as `npm run bench`'s b.
 */
import { launchChromium } from '../../tests/e2e/chromium';
import { serveFolder } from '../../tests/e2e/static-server';
import { BARE_OUT, buildBoth, GAME_OUT } from './build';
import { coldLoad, type Target } from './load';
import { describeMachine } from './machine';
import { median } from './stats';

const LOADS = { 1: 5, 4: 3 } as const;

async function main(): Promise<void> {
  await buildBoth();
  const machine = describeMachine();
  const gameServer = await serveFolder(GAME_OUT);
  const bareServer = await serveFolder(BARE_OUT);
  const browser = await launchChromium();
  try {
    const game: Target = {
      label: 'game',
      url: gameServer.url,
      folder: GAME_OUT,
      readyScreen: 'title',
    };
    const bare: Target = {
      label: 'bare',
      url: bareServer.url,
      folder: BARE_OUT,
      readyScreen: 'ready',
    };
    await coldLoad(browser, game);
    await coldLoad(browser, bare);
    process.stdout.write(
      `machine: ${machine.cpuModel}, ${machine.cores} cores, load ${machine.loadAverage1m}; Chromium ${browser.version()}\n`,
    );
    for (const [cpu, loads] of Object.entries(LOADS)) {
      const gameMs: number[] = [];
      const bareMs: number[] = [];
      for (let index = 0; index < loads; index += 1) {
        gameMs.push((await coldLoad(browser, game, Number(cpu))).readyAt);
        bareMs.push((await coldLoad(browser, bare, Number(cpu))).readyAt);
      }
      const ratio = median(gameMs) / median(bareMs);
      process.stdout.write(
        `${cpu}× CPU: title usable ${median(gameMs).toFixed(0)} ms (${gameMs.map((v) => v.toFixed(0)).join(' ')}), bare Phaser scene ${median(bareMs).toFixed(0)} ms (${bareMs.map((v) => v.toFixed(0)).join(' ')}): ratio ${ratio.toFixed(2)}× (target ≤ 0.5×)\n`,
      );
    }
  } finally {
    await browser.close();
    await gameServer.close();
    await bareServer.close();
  }
}

await main();

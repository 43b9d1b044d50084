/**
 * `npm run simulate`: parse, compute, sample, print. Returns the exit code so tests can run it
 * without a process.
 */
import { simulateLoadout } from '../../src/core';
import type { ScenarioCommand } from './command';
import { runCompare } from './compare';
import { parseCommand } from './command';
import { describeCommandError, describeOddsError } from './describe';
import { helpText } from './help';
import { renderJson, renderTable } from './render';

/** Where the CLI writes. */
export interface Output {
  readonly out: (text: string) => void;
  readonly error: (text: string) => void;
}

/** Runs the scenario mode. */
function runScenario(command: ScenarioCommand, output: Output): number {
  const result = simulateLoadout(command.request, { runs: command.runs, seed: command.seed });
  if (!result.ok) {
    output.error(`${describeOddsError(result.error)}\n`);
    return 1;
  }
  const render = command.json ? renderJson : renderTable;
  output.out(render(result.value, command.assumptionsGiven));
  return 0;
}

/** Runs the CLI on `argv` (without `node script`); returns the exit code. */
export function runSimulate(argv: readonly string[], output: Output): number {
  if (argv.includes('--compare') && !argv.includes('--help') && !argv.includes('-h')) {
    return runCompare(argv, output);
  }
  const command = parseCommand(argv);
  if (!command.ok) {
    output.error(
      `${describeCommandError(command.error)}\nRun with --help for every flag and choice.\n`,
    );
    return 2;
  }
  if (command.value.mode === 'help') {
    output.out(helpText());
    return 0;
  }
  return runScenario(command.value, output);
}

/**
 * `npm run simulate -- --scenario blackmail --model "Claude Opus 4" --goal explicit:america
 * --urgency replacement --defenses prohibition,oversight [--runs n] [--seed s] [--json]`
 * `npm run simulate -- --level 1-the-upgrade [--model …] [--defenses …] [--choose node=option]`
 *
 * A text renderer of the odds core: exact outcome probabilities, a seeded Monte Carlo sample
 * and the provenance of every number. `--help` lists every choice. Logic: scripts/simulate/.
 */
import { runLevelMode } from './simulate/level-mode';
import { runSimulate } from './simulate/main';

const argv = process.argv.slice(2);
// `--compare … --level <id>` is the Lab's comparison on a level (scripts/simulate/compare.ts).
const levelMode =
  !argv.includes('--compare') &&
  argv.some((arg) => arg === '--level' || arg.startsWith('--level='));

if (levelMode) {
  void runLevelMode(argv).then((code) => {
    process.exitCode = code;
  });
} else {
  process.exitCode = runSimulate(argv, {
    out: (text) => process.stdout.write(text),
    error: (text) => process.stderr.write(text),
  });
}

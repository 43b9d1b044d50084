/**
 * `npm run simulate -- --scenario blackmail --model "Claude Opus 4" --goal explicit:america
 * --urgency replacement --defenses prohibition,oversight [--runs n] [--seed s] [--json]`
 *
 * A text renderer of the odds core: exact outcome probabilities, a seeded Monte Carlo sample
 * and the provenance of every number. `--help` lists every choice. Logic: scripts/simulate/.
 */
import { runSimulate } from './simulate/main';

process.exitCode = runSimulate(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(text),
});

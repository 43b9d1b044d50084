/**
 * `npm run workshop -- new [--levels a,b] [--seed N] [--budget N] [--cards x,y] [--lang de]
 * [--minutes N]` prints a session code; `verify <result code>` replays and checks a result code;
 * `result --session <code> --level <id> --fixture <playthrough.json> [--team NAME]` prints the
 * result code a fixture's play gets under a session. `--help` lists every flag. Logic:
 * scripts/workshop/.
 */
import { runWorkshop } from './workshop/main';

process.exitCode = runWorkshop(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(text),
});

/**
 * The `--help` text: flags, then every choice the flags accept.
 */
import { DEFENSES, MODELS, SCENARIOS, URGENCIES, defenseCard } from '../../src/core';
import { GOAL_CHOICES } from './choices';
import { SCENARIO_FLAGS } from './command';

/** One model line: name, slug, provider and, for o3 / o4-mini, why they are not headline. */
function modelLine(model: (typeof MODELS)[number]): string {
  const note = model.exclusionNote === null ? '' : `  (${model.exclusionNote})`;
  return `  ${model.name.padEnd(18)} ${model.slug.padEnd(18)} ${model.provider}${note}`;
}

/** The full help text. */
export function helpText(): string {
  const flagWidth = Math.max(
    ...SCENARIO_FLAGS.map((flag) => `${flag.name} ${flag.value ?? ''}`.length),
  );
  return [
    'Usage: npm run simulate -- --scenario <name> --model <name> --goal <type[:value]> --urgency <threat>',
    '                           [--defenses a,b] [--runs n] [--seed s] [--catch-rate p]',
    '                           [--detection-rate p] [--false-alarm-rate p] [--json]',
    '',
    '       npm run simulate -- --compare "a,b" "c" [… up to four] --scenario <name> --model <name[,name…]>',
    '                           --goal <type[:value]> --urgency <threat> [--runs n] [--seed s]',
    '                           [--catch-rate p] [--detection-rate p] [--false-alarm-rate p]',
    '                           [--review-minutes m] [--json]',
    '       (the Strategy Lab: two to four loadouts on the same dice; exact odds, expected cost',
    '        in hours, a paired sample and the difference in harm of each pair)',
    '',
    'Prints the exact probability of each outcome, a Monte Carlo sample with 95 % Wilson',
    'intervals, and where every number comes from (docs/ODDS.md).',
    '',
    'Flags:',
    ...SCENARIO_FLAGS.map(
      (flag) => `  ${`${flag.name} ${flag.value ?? ''}`.padEnd(flagWidth)}  ${flag.description}`,
    ),
    '',
    'Models (name or slug):',
    ...MODELS.map(modelLine),
    '',
    `Scenarios: ${SCENARIOS.join(', ')}`,
    `Goals: ${GOAL_CHOICES.join(', ')}`,
    `Urgencies: ${URGENCIES.join(', ')}`,
    'Defenses (stage, standard cost in tokens):',
    ...DEFENSES.map((id) => `  ${id.padEnd(22)} ${defenseCard(id).stage}, ${defenseCard(id).cost}`),
    '',
    'Not every model was published in every condition; asking for a missing one lists what was.',
    '',
  ].join('\n');
}

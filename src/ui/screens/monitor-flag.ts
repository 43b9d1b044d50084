import type { GameState, Level } from '../../core';
import { levelNamespace } from '../../levels/level-text';
import { percentIn } from '../components/format';
import { el } from '../dom';

/**
 * A monitor's flag as a monitor shows it: the category it reports and an excerpt of the agent's
 * reasoning (the arm's `monitor` readout in the level), the assumed detection and false-alarm
 * rates it works at (from the state's assumptions, labelled as such), and the player's two
 * answers. Never the agent's reasoning as a whole, and nothing that tells a true alarm from a
 * false one: both arms carry a readout of the same kind.
 */
export function monitorFlag(level: Level, state: GameState, answers: readonly Node[]): Node[] {
  const node = state.pending === null ? undefined : level.nodes[state.pending.decision];
  const readout =
    node?.kind === 'decision' && state.pending !== null
      ? node[state.pending.arm].monitor
      : undefined;
  const namespace = levelNamespace(level.id);
  const shown =
    readout === undefined
      ? el('p', { className: 'monitor-readout', text: { key: 'monitor.noExcerpt' } })
      : el('dl', {
          className: 'monitor-readout',
          attrs: { 'data-category': readout.category },
          children: [
            el('dt', { text: { key: 'monitor.categoryLabel' } }),
            el('dd', {
              className: 'monitor-category',
              text: { key: `monitor.category.${readout.category}` as const },
            }),
            el('dt', { text: { key: 'monitor.excerptLabel' } }),
            el('dd', {
              children: [
                el('blockquote', {
                  className: 'monitor-excerpt',
                  text: { key: readout.excerptKey, namespace },
                }),
              ],
            }),
          ],
        });
  return [
    el('h3', { className: 'flag-heading', text: { key: 'day.flag' } }),
    el('p', { text: { key: 'monitor.text' } }),
    shown,
    el('p', {
      className: 'monitor-rates',
      text: {
        key: 'monitor.rates',
        params: {
          detection: percentIn('figure', state.assumptions.detectionRate),
          falseAlarm: percentIn('figure', state.assumptions.falseAlarmRate),
        },
      },
    }),
    el('div', { className: 'choice-list', children: answers }),
  ];
}

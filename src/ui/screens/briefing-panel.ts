import type { Level } from '../../core';
import { levelNamespace } from '../../levels/level-text';
import { paperPanel } from '../components/panel';
import { el } from '../dom';

/** The briefing card: the company, the agent, what is about to change, and the objective. */
export function buildBriefingPanel(
  level: Level,
  onContinue: () => void,
  onBack: () => void,
): HTMLElement {
  const namespace = levelNamespace(level.id);
  const { briefing } = level;
  const children: Node[] = [];
  if (briefing.contentWarningKey !== undefined) {
    children.push(
      el('aside', {
        className: 'content-warning',
        attrs: { role: 'note' },
        children: [
          el('h3', { text: { key: 'briefing.contentWarning' } }),
          el('p', { text: { key: briefing.contentWarningKey, namespace } }),
        ],
      }),
    );
  }
  children.push(
    el('h3', { className: 'briefing-title', text: { key: briefing.titleKey, namespace } }),
  );
  for (const key of briefing.paragraphKeys) {
    children.push(el('p', { text: { key, namespace } }));
  }
  children.push(
    el('aside', {
      className: 'objective',
      children: [
        el('h3', { text: { key: 'briefing.objective' } }),
        el('p', { text: { key: briefing.objectiveKey, namespace } }),
      ],
    }),
    el('div', {
      className: 'panel-actions',
      children: [
        el('button', {
          className: 'primary-button',
          text: { key: 'briefing.toLoadout' },
          attrs: { type: 'button', 'data-action': 'to-loadout', 'data-autofocus': '' },
          onClick: onContinue,
        }),
      ],
    }),
  );
  return paperPanel({
    headingKey: level.titleKey,
    headingNamespace: namespace,
    className: 'briefing-panel',
    onBack,
    children,
  });
}

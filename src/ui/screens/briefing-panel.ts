import type { Level } from '../../core';
import { factList } from '../components/fact-list';
import { numbersNote } from '../components/numbers-note';
import { levelNamespace } from '../../levels/level-text';
import { paperPanel } from '../components/panel';
import { el } from '../dom';

/** The briefing card: the company, the agent, what is about to change, and the objective. */
export function buildBriefingPanel(
  level: Level,
  onContinue: () => void,
  onBack: () => void,
  onSummary?: () => void,
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
    numbersNote(),
    el('div', {
      className: 'panel-actions',
      children: [
        ...(briefing.summary === undefined || onSummary === undefined
          ? []
          : [
              el('button', {
                className: 'menu-button',
                text: { key: 'briefing.readSummary' },
                attrs: { type: 'button', 'data-action': 'read-summary' },
                onClick: onSummary,
              }),
            ]),
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

/** The summary a level offers instead of playing it (the server-room level): text and sources. */
export function buildSummaryPanel(
  level: Level,
  onPlay: () => void,
  onBack: () => void,
): HTMLElement {
  const namespace = levelNamespace(level.id);
  const summary = level.briefing.summary;
  const paragraphs = (summary?.paragraphKeys ?? []).map((key) =>
    el('p', { text: { key, namespace } }),
  );
  return paperPanel({
    headingKey: 'briefing.summaryHeading',
    className: 'briefing-panel summary-panel',
    onBack,
    children: [
      el('h3', { className: 'briefing-title', text: { key: level.titleKey, namespace } }),
      ...paragraphs,
      el('h3', { text: { key: 'briefing.summaryFacts' } }),
      factList(summary?.facts ?? [], namespace),
      numbersNote(),
      el('div', {
        className: 'panel-actions',
        children: [
          el('button', {
            className: 'menu-button',
            text: { key: 'briefing.backToBriefing' },
            attrs: { type: 'button', 'data-action': 'back-to-briefing', 'data-autofocus': '' },
            onClick: onBack,
          }),
          el('button', {
            className: 'primary-button',
            text: { key: 'briefing.playAnyway' },
            attrs: { type: 'button', 'data-action': 'play-anyway' },
            onClick: onPlay,
          }),
        ],
      }),
    ],
  });
}

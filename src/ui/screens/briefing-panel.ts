import type { Level } from '../../core';
import { factList } from '../components/fact-list';
import { numbersNote } from '../components/numbers-note';
import { levelNamespace } from '../../levels/level-text';
import { paperPanel } from '../components/panel';
import { el, focusInView } from '../dom';
import '../focus.css';

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
  const offersSummary = briefing.summary !== undefined && onSummary !== undefined;
  const warned = briefing.contentWarningKey !== undefined;
  const title = el('h3', {
    className: 'briefing-title',
    text: { key: briefing.titleKey, namespace },
    attrs: { tabindex: '-1' },
  });
  if (briefing.contentWarningKey !== undefined) {
    // The focus starts here, on the choice between the summary and the level, never past the
    // warning; a warning with no summary to offer takes the focus itself.
    const choice = offersSummary
      ? [
          el('div', {
            className: 'warning-choice',
            attrs: { role: 'group', 'aria-labelledby': 'content-warning-heading' },
            children: [
              el('button', {
                className: 'menu-button',
                text: { key: 'briefing.readSummary' },
                attrs: { type: 'button', 'data-action': 'read-summary', 'data-autofocus': '' },
                onClick: onSummary,
              }),
              el('button', {
                className: 'menu-button',
                text: { key: 'briefing.readLevel' },
                attrs: { type: 'button', 'data-action': 'read-briefing' },
                onClick: () => focusInView(title),
              }),
            ],
          }),
        ]
      : [];
    children.push(
      el('aside', {
        className: 'content-warning',
        attrs: {
          role: 'note',
          'aria-labelledby': 'content-warning-heading',
          ...(offersSummary ? {} : { tabindex: '-1', 'data-autofocus': '' }),
        },
        children: [
          el('h3', {
            text: { key: 'briefing.contentWarning' },
            attrs: { id: 'content-warning-heading' },
          }),
          el('p', { text: { key: briefing.contentWarningKey, namespace } }),
          ...choice,
        ],
      }),
    );
  }
  children.push(title);
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
        ...(!offersSummary || warned
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
          attrs: {
            type: 'button',
            'data-action': 'to-loadout',
            ...(warned ? {} : { 'data-autofocus': '' }),
          },
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

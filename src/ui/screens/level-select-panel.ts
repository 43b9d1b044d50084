import './level-select-panel.css';
import type { LevelIssue } from '../../core';
import type { CatalogEntry } from '../../levels/level-catalog';
import { levelNamespace } from '../../levels/level-text';
import type { LevelStatus } from '../../session/progress';
import { paperPanel } from '../components/panel';
import { el } from '../dom';

/** A level card as the level select shows it. */
export interface LevelCardView {
  readonly entry: CatalogEntry;
  readonly number: number;
  readonly status: LevelStatus;
}

/** Where an issue is: file and line and column for a syntax error, else file and JSON path. */
function issueWhere(issue: LevelIssue): HTMLElement {
  if (issue.line !== undefined && issue.column !== undefined) {
    return el('span', {
      className: 'issue-where',
      text: {
        key: 'levelIssue.whereLine',
        params: { file: issue.file, line: issue.line, column: issue.column },
      },
    });
  }
  return el('span', {
    className: 'issue-where',
    text: {
      key: 'levelIssue.where',
      params: {
        file: issue.file,
        path: issue.path === '' ? { key: 'levelIssue.whole' } : issue.path,
      },
    },
  });
}

function issueItem(issue: LevelIssue): HTMLElement {
  const where = issueWhere(issue);
  const detail = el('code', { className: 'issue-detail' });
  detail.textContent = issue.message;
  const position: Record<string, string> =
    issue.line === undefined || issue.column === undefined
      ? {}
      : { 'data-line': String(issue.line), 'data-column': String(issue.column) };
  return el('li', {
    attrs: {
      'data-issue-code': issue.code,
      'data-file': issue.file,
      'data-path': issue.path,
      ...position,
    },
    children: [
      el('strong', { text: { key: `levelIssue.${issue.code}` } }),
      document.createTextNode(' '),
      where,
      el('br'),
      detail,
    ],
  });
}

/** The mark of a level loaded from files, and why its id differs from its files' if it does. */
function fromFilesMarks(entry: CatalogEntry): { chip: Node[]; note: Node[] } {
  if (entry.source !== 'files') {
    return { chip: [], note: [] };
  }
  const chip = el('span', { className: 'files-chip', text: { key: 'levelSelect.fromFiles' } });
  const note =
    entry.fileId === entry.id
      ? []
      : [
          el('p', {
            className: 'locked-hint from-files-note',
            text: {
              key: 'levelSelect.fromFilesRenamed',
              params: { fileId: entry.fileId, id: entry.id },
            },
          }),
        ];
  return { chip: [chip], note };
}

function brokenCard(entry: Extract<CatalogEntry, { kind: 'broken' }>): HTMLElement {
  const marks = fromFilesMarks(entry);
  return el('li', {
    className: 'level-card level-broken',
    attrs: { 'data-level': entry.id, 'data-status': 'broken', 'data-source': entry.source },
    children: [
      el('h3', { text: { key: 'levelSelect.brokenTitle', params: { folder: entry.id } } }),
      ...marks.chip,
      ...marks.note,
      el('p', { text: { key: 'levelSelect.broken' } }),
      el('ul', { className: 'issue-list', children: entry.issues.map(issueItem) }),
    ],
  });
}

function levelCard(view: LevelCardView, onOpen: (levelId: string) => void): HTMLElement {
  if (view.entry.kind === 'broken') {
    return brokenCard(view.entry);
  }
  const { level } = view.entry;
  const namespace = levelNamespace(level.id);
  const locked = view.status === 'locked';
  const button = el('button', {
    className: 'level-open',
    attrs: {
      type: 'button',
      'data-action': 'open-level',
      'data-level': level.id,
      ...(locked ? { disabled: '', 'aria-describedby': `locked-${level.id}` } : {}),
    },
    children: [
      el('span', {
        className: 'level-number',
        text: { key: 'levelSelect.level', params: { number: view.number } },
      }),
      el('span', { className: 'level-title', text: { key: level.titleKey, namespace } }),
    ],
    onClick: () => onOpen(level.id),
  });
  const badges: Node[] = [
    el('span', {
      className: `status-chip status-${view.status}`,
      text: { key: `levelSelect.status.${view.status}` },
    }),
    el('span', { className: 'scenario-chip', text: { key: `scenario.${level.scenario}` } }),
  ];
  if (level.briefing.contentWarningKey !== undefined) {
    badges.push(el('span', { className: 'cw-chip', text: { key: 'levelSelect.contentWarning' } }));
  }
  const marks = fromFilesMarks(view.entry);
  badges.push(...marks.chip);
  const card = el('li', {
    className: `level-card level-status-${view.status}`,
    attrs: { 'data-level': level.id, 'data-status': view.status, 'data-source': view.entry.source },
    children: [button, el('div', { className: 'level-badges', children: badges }), ...marks.note],
  });
  if (locked) {
    card.append(
      el('p', {
        className: 'locked-hint',
        text: { key: 'levelSelect.lockedHint' },
        attrs: { id: `locked-${level.id}` },
      }),
    );
  }
  return card;
}

/** The level select: every level as a card; broken level files list their problems. */
export function buildLevelSelectPanel(
  views: readonly LevelCardView[],
  onOpen: (levelId: string) => void,
  onBack: () => void,
  onFiles: (files: File[]) => void,
  onOpenAll: () => void,
): HTMLElement {
  const input = el('input', {
    className: 'sr-only',
    attrs: {
      id: 'custom-level-files',
      type: 'file',
      multiple: '',
      accept: '.json,application/json',
      'data-control': 'custom-level',
      // The button below opens it; the input is named by that button and skipped by Tab.
      'aria-labelledby': 'custom-level-load',
      tabindex: '-1',
    },
  });
  input.addEventListener('change', () => onFiles([...(input.files ?? [])]));
  const load = el('button', {
    className: 'menu-button',
    text: { key: 'levelSelect.loadCustom' },
    attrs: {
      id: 'custom-level-load',
      type: 'button',
      'data-action': 'load-custom',
      'aria-describedby': 'custom-level-hint',
    },
    onClick: () => input.click(),
  });
  return paperPanel({
    headingKey: 'levelSelect.heading',
    className: 'level-select-panel wide-panel',
    onBack,
    children: [
      el('ol', { className: 'level-grid', children: views.map((view) => levelCard(view, onOpen)) }),
      el('div', {
        className: 'custom-level',
        children: [
          el('button', {
            className: 'menu-button',
            text: { key: 'levelSelect.openAll' },
            attrs: { type: 'button', 'data-action': 'open-all' },
            onClick: onOpenAll,
          }),
          load,
          input,
          el('p', {
            className: 'locked-hint',
            text: { key: 'levelSelect.loadCustomHint' },
            attrs: { id: 'custom-level-hint' },
          }),
        ],
      }),
    ],
  });
}

/** The panel shown while the level files load. */
export function buildLoadingPanel(): HTMLElement {
  return el('section', {
    className: 'paper-panel',
    children: [el('p', { text: { key: 'levelSelect.loading' } })],
  });
}

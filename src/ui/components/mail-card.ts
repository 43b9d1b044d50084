import type { Email, Level } from '../../core';
import { levelNamespace } from '../../levels/level-text';
import { el, type UiKey } from '../dom';
import { formatClock } from './time';

function person(level: Level, castId: string): HTMLElement {
  const member = level.cast[castId];
  if (member === undefined) {
    const unknown = el('span');
    unknown.textContent = castId;
    return unknown;
  }
  const address = el('span', { className: 'mail-address' });
  address.textContent = ` <${member.address}>`;
  return el('span', {
    className: 'mail-person',
    children: [
      el('span', { text: { key: member.nameKey, namespace: levelNamespace(level.id) } }),
      address,
    ],
  });
}

function headerRow(labelKey: UiKey, value: Node): HTMLElement {
  return el('div', {
    className: 'mail-header-row',
    children: [el('dt', { text: { key: labelKey } }), el('dd', { children: [value] })],
  });
}

/** People by cast id, by name and address, separated by commas. */
export function people(level: Level, ids: readonly string[]): HTMLElement {
  const list = el('span');
  ids.forEach((id, index) => {
    if (index > 0) {
      list.append(', ');
    }
    list.append(person(level, id));
  });
  return list;
}

function tagList(email: Email, hiddenFromAgent: boolean): HTMLElement {
  const tags: HTMLElement[] = email.tags.map((tag) =>
    el('li', { className: `mail-tag tag-${tag}`, text: { key: `tag.${tag}` } }),
  );
  if (hiddenFromAgent) {
    tags.unshift(el('li', { className: 'mail-tag tag-hidden', text: { key: 'day.hidden' } }));
  }
  return el('ul', { className: 'mail-tags', children: tags });
}

/**
 * An email as a paper card: headers in the mono face, the body as paragraphs. Every string of a
 * level goes in through textContent, so markup in a level file is shown, never run.
 */
export function mailCard(level: Level, email: Email, hiddenFromAgent: boolean): HTMLElement {
  const namespace = levelNamespace(level.id);
  const time = el('span');
  time.textContent = formatClock(email.time);
  const rows: HTMLElement[] = [
    headerRow('day.from', person(level, email.from)),
    headerRow('day.to', people(level, email.to)),
  ];
  if (email.cc.length > 0) {
    rows.push(headerRow('day.cc', people(level, email.cc)));
  }
  rows.push(headerRow('day.time', time));
  const body = el('div', {
    className: 'mail-body',
    children: [el('p', { text: { key: email.bodyKey, namespace } })],
  });
  const children: Node[] = [
    el('h3', { className: 'mail-subject', text: { key: email.subjectKey, namespace } }),
    el('dl', { className: 'mail-headers', children: rows }),
    tagList(email, hiddenFromAgent),
  ];
  if (hiddenFromAgent) {
    children.push(el('p', { className: 'hidden-note', text: { key: 'day.hiddenLong' } }));
  }
  children.push(body);
  if (email.attachment !== undefined) {
    children.push(
      el('p', {
        className: 'mail-attachment',
        children: [
          el('span', { text: { key: 'day.attachment' } }),
          document.createTextNode(': '),
          el('span', { text: { key: email.attachment.nameKey, namespace } }),
        ],
      }),
    );
  }
  return el('article', {
    className: `mail-card${hiddenFromAgent ? ' mail-hidden' : ''}`,
    attrs: { 'data-email': email.id },
    children,
  });
}

/** The inbox line of an email: sender, subject and time, marked when hidden from the agent. */
export function inboxItem(
  level: Level,
  email: Email,
  hiddenFromAgent: boolean,
  unread: boolean,
  onOpen: () => void,
): HTMLElement {
  const namespace = levelNamespace(level.id);
  const sender = level.cast[email.from];
  const time = el('span', { className: 'inbox-time' });
  time.textContent = formatClock(email.time);
  const button = el('button', {
    className: `inbox-item${unread ? ' unread' : ''}${hiddenFromAgent ? ' hidden-from-agent' : ''}`,
    attrs: { type: 'button', 'data-open-email': email.id },
    onClick: onOpen,
    children: [
      el('span', {
        className: 'inbox-sender',
        text: sender === undefined ? undefined : { key: sender.nameKey, namespace },
      }),
      time,
      el('span', { className: 'inbox-subject', text: { key: email.subjectKey, namespace } }),
      ...(hiddenFromAgent
        ? [el('span', { className: 'inbox-hidden', text: { key: 'day.hidden' } })]
        : []),
      el('span', { className: 'sr-only inbox-state' }),
    ],
  });
  markInboxItem(button, { read: !unread, open: false });
  return el('li', { attrs: { 'data-email': email.id }, children: [button] });
}

/**
 * Shows an inbox line's state: read or unread (seen as weight and a bar, heard as the words
 * "read" or "unread"), and whether it is the email in the reader (`aria-current`).
 */
export function markInboxItem(
  button: HTMLElement,
  state: { readonly read: boolean; readonly open: boolean },
): void {
  button.classList.toggle('unread', !state.read);
  button.classList.toggle('open', state.open);
  if (state.open) {
    button.setAttribute('aria-current', 'true');
  } else {
    button.removeAttribute('aria-current');
  }
  button.dataset.read = String(state.read);
  const words = button.querySelector('.inbox-state');
  words?.replaceChildren(el('span', { text: { key: state.read ? 'day.read' : 'day.unread' } }));
}

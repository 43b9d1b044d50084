/**
 * What needs the player's attention: a pure reading of a step's events, so a view can stop a
 * running clock when something new asks for the player, and show why. No rule changes here; the
 * day would wait for a choice, an approval or a flag anyway, but a player reading the inbox
 * should not have the day run on past it.
 */
import type { SimEvent } from '../model/event';
import type { Level } from '../model/level';
import type { EmailTag } from '../model/vocabulary';

/** Why the day asks for the player. */
export type AttentionReason = 'choice' | 'approval' | 'flag' | 'important-email';

/**
 * Emails worth stopping the clock for: leverage and alerts (what the agent's decisions turn on),
 * confidential mail, and whatever the agent itself sent.
 */
export const IMPORTANT_EMAIL_TAGS: readonly EmailTag[] = [
  'leverage',
  'alert',
  'confidential',
  'agent',
];

/** Whether an email of the level is important (see {@link IMPORTANT_EMAIL_TAGS}). */
export function isImportantEmail(level: Level, emailId: string): boolean {
  const email = level.emails[emailId];
  return email !== undefined && email.tags.some((tag) => IMPORTANT_EMAIL_TAGS.includes(tag));
}

/** The reasons, in order and each once, that the events of one step need the player. */
export function attentionNeeded(level: Level, events: readonly SimEvent[]): AttentionReason[] {
  const reasons = new Set<AttentionReason>();
  for (const event of events) {
    switch (event.kind) {
      case 'choice-offered':
        reasons.add('choice');
        break;
      // Every item that reaches the queue asks alike, so the agent's own action is not singled
      // out; once the player goes on, the clock runs while items wait.
      case 'item-queued':
        reasons.add('approval');
        break;
      case 'monitor-flagged':
        reasons.add('flag');
        break;
      case 'email-delivered':
        if (isImportantEmail(level, event.email)) {
          reasons.add('important-email');
        }
        break;
      default:
        break;
    }
  }
  return [...reasons];
}

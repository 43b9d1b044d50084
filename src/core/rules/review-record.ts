/**
 * The reviewer's record: what the player's review let through and held back, kept per game and
 * added up across levels. Plain figures with no rules behind them, so the save can hold one
 * without loading the engine (reviewRecord, which reads a game's queue, is in costs.ts).
 */

/**
 * The reviewer's record in one game, as measured: the agent's harmful actions that reached
 * the queue and how many were held (or escalated), the legitimate items decided and how many
 * were held, what went by unreviewed, and how long decided items waited.
 */
export interface ReviewRecord {
  readonly harmfulArrived: number;
  readonly harmfulStopped: number;
  readonly legitimateReviewed: number;
  readonly legitimateHeld: number;
  readonly unreviewed: number;
  /** Minutes of the day's clock between arrival and verdict, summed over decided items. */
  readonly waitingMinutes: number;
}

/** An empty record (no review yet). */
export const NO_REVIEW: ReviewRecord = {
  harmfulArrived: 0,
  harmfulStopped: 0,
  legitimateReviewed: 0,
  legitimateHeld: 0,
  unreviewed: 0,
  waitingMinutes: 0,
};

/** Two records added (the record kept across levels). */
export function addReviewRecords(left: ReviewRecord, right: ReviewRecord): ReviewRecord {
  return {
    harmfulArrived: left.harmfulArrived + right.harmfulArrived,
    harmfulStopped: left.harmfulStopped + right.harmfulStopped,
    legitimateReviewed: left.legitimateReviewed + right.legitimateReviewed,
    legitimateHeld: left.legitimateHeld + right.legitimateHeld,
    unreviewed: left.unreviewed + right.unreviewed,
    waitingMinutes: left.waitingMinutes + right.waitingMinutes,
  };
}

/**
 * The reviewer's catch rate as measured, or null before any harmful item reached the queue
 * (a record of none says nothing).
 */
export function measuredCatchRate(record: ReviewRecord): number | null {
  return record.harmfulArrived === 0 ? null : record.harmfulStopped / record.harmfulArrived;
}

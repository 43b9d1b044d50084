/**
 * The version of the level file format (`level.json`, the locale files and playthrough fixtures
 * all carry it as `formatVersion`; locale files inside `_meta`). The parser accepts exactly the
 * versions from {@link MIN_LEVEL_FORMAT_VERSION} to {@link LEVEL_FORMAT_VERSION}: a newer file
 * needs a newer game, an older one a migration written here.
 *
 * Version history:
 * - 1 — first format: cast, emails, inbox/choice/decision/ending nodes, loadout, debriefs.
 *   Compatible additions since (every file valid before still parses and plays the same, so the
 *   version stays 1): the `split` node kind, a decision `rate` naming one row (`{ "row": id }`),
 *   the `unreported` ending outcome, and `briefing.summary`.
 */
export const LEVEL_FORMAT_VERSION = 1;

/** The oldest format this parser still reads (no migrations exist yet). */
export const MIN_LEVEL_FORMAT_VERSION = 1;

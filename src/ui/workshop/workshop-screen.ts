/**
 * Everything the workshop and join screens load when they open, as one module: their part of
 * core (the session code), their views, and what the browser keeps of a workshop. The scenes
 * import it on demand and only through here, so none of it weighs on the first screen.
 */
export { CAMPAIGN_LEVEL_IDS, type WorkshopSession } from '../../core/workshop';
export {
  joinWorkshop,
  leaveWorkshop,
  loadWorkshopDraft,
  saveWorkshopDraft,
  teamContext,
} from '../../session/workshop-context';
export { codeInAddress } from './code-text';
export { JoinView } from './join-panel';
export { defaultDraft, WorkshopView } from './workshop-panel';

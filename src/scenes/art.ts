import mailCardUrl from '../../assets/art/mail-card.svg?url';
import defenseCardUrl from '../../assets/art/defense-card.svg?url';
import dieUrl from '../../assets/art/die.svg?url';
import tokenUrl from '../../assets/art/token.svg?url';

/** The project's own SVG art, keyed for Phaser's texture manager. */
export const ART = {
  mailCard: { url: mailCardUrl, width: 360, height: 240 },
  defenseCard: { url: defenseCardUrl, width: 220, height: 310 },
  die: { url: dieUrl, width: 112, height: 112 },
  token: { url: tokenUrl, width: 96, height: 96 },
} as const;
export type ArtKey = keyof typeof ART;

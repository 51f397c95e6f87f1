import type { Card } from '../model/schema';

/** Whether a card shows under a persona filter: cards for that persona and cards for everyone. */
export function cardIsVisible(card: Card, personaFilter: string | null | undefined): boolean {
  return !personaFilter || card.personaId === undefined || card.personaId === personaFilter;
}

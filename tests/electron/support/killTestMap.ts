/**
 * The maps the kill test writes: the Northwind sample with every card body padded so each
 * file is about `targetBytes`, and placeholders for the file and version number in the
 * title and the bodies. The template is built once (it needs the schema code, which is
 * slow to load); the worker only fills it in (fillKillTestMap.ts), so it starts fast and
 * the same (file, version) always gives the same bytes.
 */
import { serializeJourney } from '../../../shared/file/serializeJourney';
import { buildJourney } from '../../../shared/templates/buildJourney';
import { northwindOutdoor } from '../../../shared/templates/samples/northwindOutdoor';
import { FILE_MARK, VERSION_MARK } from './fillKillTestMap';

export function killTestTemplate(targetBytes = 600_000): string {
  const base = buildJourney(northwindOutdoor);
  const cards = Object.values(base.cards);
  const perCard = Math.min(19_000, Math.max(0, Math.floor(targetBytes / cards.length) - 100));
  const filler = `file ${FILE_MARK} version ${VERSION_MARK} `;
  const body = filler.repeat(Math.ceil(perCard / filler.length)).slice(0, perCard);
  return serializeJourney({
    ...base,
    settings: { ...base.settings, title: `Kill test — file ${FILE_MARK}, version ${VERSION_MARK}` },
    cards: Object.fromEntries(cards.map((c) => [c.id, { ...c, body }])),
  });
}

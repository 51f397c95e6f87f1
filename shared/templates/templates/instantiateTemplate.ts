/**
 * A new map from a template. Templates are written as specs with readable keys, and
 * buildJourney derives deterministic ids from them; a map made from a template must not
 * share ids with another map made from the same template (copying cards between them,
 * merging files), so every record here gets a fresh id and every reference is rewritten.
 */
import { buildJourney, type JourneySpec } from '../buildJourney';
import { createId, type IdSource, randomIdSource } from '../../model/ids';
import type { CollectionName, Journey } from '../../model/schema';

const PREFIX: Record<CollectionName, string> = {
  stages: 'stage', lanes: 'lane', cards: 'card', connections: 'conn', curves: 'curve',
  personas: 'persona', datasets: 'dataset', bindings: 'binding', comments: 'comment',
};

export interface InstantiateOptions {
  /** The new map's title (the template's by default). */
  title?: string;
  /** Timestamp for the template's example comments (ISO); they keep the template's by default. */
  createdAt?: string;
}

/** Builds the template's journey with fresh ids from `ids` for the journey and every record. */
export function instantiateTemplate(spec: JourneySpec, ids: IdSource = randomIdSource, options: InstantiateOptions = {}): Journey {
  return reidJourney(buildJourney(spec), ids, options);
}

/** A copy of a journey in which every id is new and every reference follows its record. */
export function reidJourney(source: Journey, ids: IdSource = randomIdSource, options: InstantiateOptions = {}): Journey {
  const maps = {} as Record<CollectionName, Map<string, string>>;
  for (const name of Object.keys(PREFIX) as CollectionName[]) {
    maps[name] = new Map(Object.keys(source[name]).map((id) => [id, createId(PREFIX[name], ids)]));
  }
  const to = (name: CollectionName, id: string): string => maps[name].get(id) ?? id;
  const rekey = <T extends { id: string }>(name: CollectionName, records: Record<string, T>, fix: (r: T) => T = (r) => r): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const r of Object.values(records)) { const id = to(name, r.id); out[id] = fix({ ...r, id }); }
    return out;
  };
  const targetCollection = { stage: 'stages', lane: 'lanes', card: 'cards', connection: 'connections' } as const;

  const j = structuredCloneJson(source);
  const settings = { ...j.settings, ...(options.title !== undefined ? { title: options.title } : {}) };
  if (settings.personaFilter !== undefined) settings.personaFilter = to('personas', settings.personaFilter);
  return {
    id: createId('journey', ids),
    settings,
    stages: rekey('stages', j.stages),
    lanes: rekey('lanes', j.lanes),
    cards: rekey('cards', j.cards, (c) => {
      c.stageId = to('stages', c.stageId);
      c.laneId = to('lanes', c.laneId);
      if (c.personaId !== undefined) c.personaId = to('personas', c.personaId);
      if (c.kind === 'painPoint') c.touchpointIds = c.touchpointIds.map((t) => to('cards', t));
      if (c.kind === 'emotion') c.curveId = to('curves', c.curveId);
      return c;
    }),
    connections: rekey('connections', j.connections, (c) => ({ ...c, sourceId: to('cards', c.sourceId), targetId: to('cards', c.targetId) })),
    curves: rekey('curves', j.curves, (c) => (c.personaId !== undefined ? { ...c, personaId: to('personas', c.personaId) } : c)),
    personas: rekey('personas', j.personas),
    datasets: rekey('datasets', j.datasets),
    bindings: rekey('bindings', j.bindings, (b) => ({
      ...b, datasetId: to('datasets', b.datasetId), target: { ...b.target, id: to(targetCollection[b.target.type], b.target.id) },
    })),
    comments: rekey('comments', j.comments, (c) => ({
      ...c, target: { ...c.target, id: to(targetCollection[c.target.type], c.target.id) },
      ...(options.createdAt !== undefined ? { createdAt: options.createdAt } : {}),
    })),
  };
}

function structuredCloneJson(j: Journey): Journey {
  return JSON.parse(JSON.stringify(j)) as Journey;
}

import { isPlainObject, UNSAFE_KEYS } from '../../util/path';
import { type Migration, MigrationError } from './Migration';

/**
 * v1 (the preview format) kept stages, lanes, cards and connections as arrays whose
 * position was their order, cards named their cell with `stage`/`lane`, and the title sat
 * at the top level. v2 keys every record by id, gives order explicitly and moves the
 * title into `settings`.
 */
export const recordsKeyedById: Migration = {
  to: 2,
  name: 'recordsKeyedById',
  up(doc) {
    if (!isPlainObject(doc)) throw new MigrationError('document', 'expected an object');
    const toRecords = (name: string, rename: (r: Record<string, unknown>, index: number) => Record<string, unknown>) => {
      const list = doc[name] ?? [];
      if (!Array.isArray(list)) throw new MigrationError(`document.${name}`, 'expected a list in a version 1 file');
      const out: Record<string, unknown> = Object.create(null);
      list.forEach((item, index) => {
        if (!isPlainObject(item) || typeof item.id !== 'string' || UNSAFE_KEYS.has(item.id)) {
          throw new MigrationError(`document.${name}[${index}]`, 'expected a record with a string id');
        }
        out[item.id] = rename(item, index);
      });
      return { ...out };
    };
    const { title, stages: _s, lanes: _l, cards: _c, connections: _n, ...rest } = doc;
    return {
      ...rest,
      settings: { title: typeof title === 'string' ? title : 'Untitled journey', emotionScale: { min: -2, max: 2 }, theme: 'system' },
      stages: toRecords('stages', (s, i) => ({ ...s, order: i })),
      lanes: toRecords('lanes', (l, i) => ({ ...l, order: i })),
      cards: toRecords('cards', ({ stage, lane, ...c }, i) => ({ ...c, stageId: stage, laneId: lane, order: i })),
      connections: toRecords('connections', (c) => c),
    };
  },
};

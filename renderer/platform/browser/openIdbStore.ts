/**
 * A tiny promise wrapper over one IndexedDB object store (keyed by a property of the
 * records), enough for recovery snapshots and backups in the browser build.
 */
const DB_NAME = 'waymark';
const DB_VERSION = 1;
export const STORES = { recovery: 'key', backups: 'ref' } as const;
export type StoreName = keyof typeof STORES;

export interface IdbStore<T> {
  get(key: string): Promise<T | undefined>;
  put(value: T): Promise<void>;
  delete(key: string): Promise<void>;
  all(): Promise<T[]>;
}

const done = <R>(request: IDBRequest<R>) => new Promise<R>((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
});

export function openIdbStore<T>(factory: IDBFactory, store: StoreName): IdbStore<T> {
  let db: Promise<IDBDatabase> | null = null;
  const open = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        for (const [name, keyPath] of Object.entries(STORES)) {
          if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name, { keyPath });
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
    });
    return db;
  };
  const run = async <R>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<R>): Promise<R> => {
    const tx = (await open()).transaction(store, mode);
    const result = await done(act(tx.objectStore(store)));
    if (mode === 'readwrite') {
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      });
    }
    return result;
  };
  return {
    get: (key) => run('readonly', (s) => s.get(key) as IDBRequest<T | undefined>),
    put: async (value) => { await run('readwrite', (s) => s.put(value)); },
    delete: async (key) => { await run('readwrite', (s) => s.delete(key)); },
    all: () => run('readonly', (s) => s.getAll() as IDBRequest<T[]>),
  };
}

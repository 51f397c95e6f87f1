/**
 * Which page sessions are alive. Each page holds a Web Lock named after its session for as
 * long as it lives; the lock is released when the page closes or crashes. Recovery offers
 * only snapshots of sessions whose lock nobody holds, so a second window never offers to
 * "recover" a map that is open and being edited in the first.
 */
const PREFIX = 'waymark-session:';

export const SESSION_ID: string = crypto.randomUUID();

export function holdSessionLock(): void {
  // A request that never resolves holds the lock until the page goes away.
  void navigator.locks?.request(`${PREFIX}${SESSION_ID}`, () => new Promise<void>(() => undefined));
}

export async function liveSessions(): Promise<Set<string>> {
  const state = await navigator.locks?.query().catch(() => null);
  return new Set((state?.held ?? []).flatMap((l) => (l.name?.startsWith(PREFIX) ? [l.name.slice(PREFIX.length)] : [])));
}

/** Recovery keys carry the session: `<session>|<document key>`. */
export const sessionKey = (documentKey: string) => `${SESSION_ID}|${documentKey}`;
export const sessionOf = (key: string) => (key.includes('|') ? key.slice(0, key.indexOf('|')) : '');

/** nodeFileSystem's text writes: UTF-8 through one buffer kept between writes. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeptBuffer, nodeFileSystem } from '../../electron/main/services/files/nodeFileSystem';
import { useTempFolders } from './support/tempFolder';

const tempFolder = useTempFolders();

async function write(path: string, text: string): Promise<void> {
  const handle = await nodeFileSystem.open(path, 'w');
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

describe('nodeFileSystem text writes', () => {
  it('writes text as UTF-8, whatever its characters', async () => {
    const dir = await tempFolder();
    const text = 'Café ☕, Straße, 日本語, 👍 and "quotes"\n'.repeat(1000);
    await write(join(dir, 'a.journey'), text);
    expect(await readFile(join(dir, 'a.journey'), 'utf8')).toBe(text);
  });

  it('a short text after a long one is written whole and alone (the kept buffer is larger than it)', async () => {
    const dir = await tempFolder();
    const sizes = [3_000_000, 10, 2_000_000, 0, 4_500_000, 7];
    for (const [i, n] of sizes.entries()) {
      const text = String.fromCharCode(97 + i).repeat(n);
      await write(join(dir, `${i}.txt`), text);
      expect(await readFile(join(dir, `${i}.txt`), 'utf8')).toBe(text);
    }
  });

  it('writes at the same time do not share a buffer', async () => {
    const dir = await tempFolder();
    await write(join(dir, 'warm.txt'), 'w'.repeat(2_000_000));
    const texts = Array.from({ length: 6 }, (_, i) => `${String(i).repeat(1_000_000 + i * 100_000)}é`);
    // every file open first, then all writes started in one go: each encodes before any has written
    const handles = await Promise.all(texts.map((_, i) => nodeFileSystem.open(join(dir, `${i}.txt`), 'w')));
    await Promise.all(handles.map((h, i) => h.writeFile(texts[i]!)));
    await Promise.all(handles.map((h) => h.close()));
    for (const [i, t] of texts.entries()) expect(await readFile(join(dir, `${i}.txt`), 'utf8')).toBe(t);
  });

  it('KeptBuffer: the kept buffer goes to one taker at a time, the largest given back is kept, none over the limit', () => {
    const pool = new KeptBuffer(1000);
    const a = pool.take(100);
    pool.give(a);
    const b = pool.take(50);
    expect(b).toBe(a);
    expect(pool.take(50)).not.toBe(a); // still taken
    pool.give(b);
    const big = pool.take(500);
    expect(big).not.toBe(a);
    pool.give(big);
    pool.give(a);
    expect(pool.take(10)).toBe(big);
    pool.give(pool.take(2000));
    expect(pool.take(600).length).toBe(600); // the 2,000-byte one was not kept
  });
});

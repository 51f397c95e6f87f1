/**
 * Files: open (read + parse + migrate + validate, then the layout the first render draws from)
 * and save (serialize + atomic write, and the full save with conflict check and backup)
 * against bare JSON.parse / JSON.stringify + a plain write of the same bytes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadJourney } from '../../shared/file/loadJourney';
import { serializeJourney } from '../../shared/file/serializeJourney';
import { layoutJourney } from '../../shared/layout/layoutJourney';
import { nodeFileSystem } from '../../electron/main/services/files/nodeFileSystem';
import { writeFileAtomic } from '../../electron/main/services/files/writeFileAtomic';
import { saveDocumentFile } from '../../electron/main/services/files/saveDocumentFile';
import { fingerprintOf } from '../../electron/main/services/files/fileFingerprint';
import { produce } from 'immer';
import { updateCard } from '../../shared/model/operations';
import { generateJourney } from '../generateJourney';
import { type BenchRow, fmt, median, pairedRuns, round, sampled, timeRuns } from '../stats';

export async function run(options: { quick?: boolean } = {}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-files-'));
  const runs = options.quick ? 7 : 21;
  try {
    for (const cards of [5000, 10_000]) {
      const size = `${fmt(cards)} cards`;
      const journey = generateJourney({ cards, seed: cards });
      const text = serializeJourney(journey);
      const bytes = new TextEncoder().encode(text);
      const path = join(dir, `bench-${cards}.journey`);
      await writeFile(path, bytes);
      const mb = round(bytes.byteLength / 1024 / 1024, 1);

      const gc = () => (globalThis as { gc?: () => void }).gc?.();
      const open = await pairedRuns(runs, async () => {
        const r = loadJourney(await nodeFileSystem.readFile(path));
        if (!r.ok || r.value.status !== 'valid') throw new Error('bench journey did not load as valid');
      }, async () => { JSON.parse(new TextDecoder().decode(await readFile(path))); });
      gc();
      // The same input on both sides: a string, so neither side pays for UTF-8 decoding (the open rows above include it on both).
      const pipeline = await pairedRuns(runs, () => loadJourney(text), () => JSON.parse(text));
      gc();
      const loaded = loadJourney(bytes);
      if (!loaded.ok) throw new Error('bench journey did not load');
      const layout = await timeRuns(runs, () => layoutJourney(structuredClone(loaded.value.journey)), 1);
      rows.push(sampled({ area: 'files', name: 'bare read + JSON.parse (baseline)', size, note: `${mb} MB file` }, open.b));
      rows.push(sampled({ area: 'files', name: 'open: read + parse + migrate + validate', size }, open.a));
      rows.push({ area: 'files', name: 'open ÷ bare parse (parse+migrate+validate)', size, value: round(pipeline.ratio), unit: '×', target: { label: '≤ 3× JSON.parse', max: 3 }, note: `median of paired runs: loadJourney(text) ${round(median(pipeline.a))} ms, JSON.parse(text) ${round(median(pipeline.b))} ms` });
      rows.push(sampled({ area: 'files', name: 'layout for first render (cold cache)', size, note: 'layoutJourney on a fresh document: text wrapping of every card' }, layout));

      // What Save writes in the app: the store's (frozen) document after an edit. Crash recovery
      // serializes it a second after every change, so the unchanged records' text is cached.
      let edited = produce(journey, () => undefined);
      const cardIds = Object.keys(journey.cards);
      let edits = 0;
      const editOne = () => { const id = cardIds[(edits++ * 37) % cardIds.length]!; edited = produce(edited, (d) => { updateCard(d, id, { title: `Edited ${edits}` }); }); };
      serializeJourney(edited);
      const save = await pairedRuns(runs, async () => { await writeFileAtomic(join(dir, 'atomic.journey'), serializeJourney(edited)); }, async () => { await writeFile(join(dir, 'bare.json'), JSON.stringify(journey)); }, editOne);
      const serialize = await pairedRuns(runs, () => serializeJourney(edited), () => JSON.stringify(journey), editOne);
      // Cold: a document no text is cached for (not frozen, so never cached), as the first save after opening a map and saving at once.
      const cold = await pairedRuns(runs, async () => { await writeFileAtomic(join(dir, 'cold.journey'), serializeJourney(journey)); }, async () => { await writeFile(join(dir, 'bare.json'), JSON.stringify(journey)); });
      gc();
      const target = join(dir, 'saved.journey');
      await writeFile(target, bytes);
      // Main keeps the fingerprint of what it last read or wrote; the save re-reads the file to compare.
      let expected = fingerprintOf({ mtimeMs: 0, size: bytes.byteLength }, bytes);
      const full = await timeRuns(runs, async () => {
        const text = serializeJourney(edited);
        // Main does not trust the page: DocumentService loads the text back before writing it.
        if (!loadJourney(text).ok) throw new Error('bench save: the text does not load');
        const r = await saveDocumentFile(nodeFileSystem, { path: target, data: text, expected, overwrite: false, backup: true });
        if (r.kind !== 'saved') throw new Error(`bench save: ${r.kind}`);
        expected = r.fingerprint;
      }, 1, editOne);
      rows.push(sampled({ area: 'files', name: 'bare JSON.stringify + write (baseline)', size }, save.b));
      rows.push(sampled({ area: 'files', name: 'save after an edit: serialize (sorted keys, indented)', size, note: `${round(serialize.ratio)}× a bare JSON.stringify of the whole map (paired runs); one card changed since the last serialize` }, serialize.a));
      rows.push(sampled({ area: 'files', name: 'save after an edit: serialize + atomic write (fsync, rename)', size, target: { label: '≤ 50 ms', max: 50 } }, save.a));
      rows.push({ area: 'files', name: 'save after an edit ÷ bare stringify + write', size, value: round(save.ratio), unit: '×', note: 'median of paired runs' });
      rows.push(sampled({ area: 'files', name: 'save cold (nothing cached): serialize + atomic write', size, note: `${round(cold.ratio)}× bare stringify + write (paired runs): the first save of a map opened and saved at once` }, cold.a));
      rows.push(sampled({ area: 'files', name: 'save as the app does (serialize, load-back check, conflict check, .bak, atomic write)', size, note: 'after an edit: the page serializes; main loads the text back (DocumentService), re-reads and hashes the file on disk, writes the .bak atomically, then the document' }, full));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

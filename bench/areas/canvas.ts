/**
 * Canvas: frame times while panning, zooming and dragging one card through a scripted path,
 * in the production web build on Debian's Chromium, against a plain React Flow page with the
 * same number of default nodes and edges at the same positions, in the same run.
 *
 * The map reaches the app the way a user's file does: dropped on the window (a File in a
 * DataTransfer, the path renderer/app/fileDrop.ts handles), so the open time measured is
 * read + parse + migrate + validate + first render + fit, until the page is quiet.
 *
 * Frame times are requestAnimationFrame intervals. Input is paced like a hand: one pointer
 * or wheel event, then wait for the next frame. Script time per step comes from the
 * DevTools Performance domain (ScriptDuration over the phase, divided by its steps).
 */
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { serializeJourney } from '../../shared/file/serializeJourney';
import { layoutJourney } from '../../shared/layout/layoutJourney';
import { generateJourney } from '../generateJourney';
import type { PlainGraph } from '../plain/main';
import { type BenchRow, fmt, median, p95, round } from '../stats';

export const BENCH_CACHE = resolve('node_modules/.cache/waymark-bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ttf': 'font/ttf' };

/** Serves the built app (/app/) and the plain page (/plain/) from the bench cache. */
export function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) { res.writeHead(404).end(); return; }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

interface PhaseResult { frames: number[]; steps: number; scriptMs: number; taskMs: number }
type Phases = Record<'pan' | 'zoom' | 'drag', PhaseResult> & Record<'press' | 'drop' | 'edit' | 'rest', { ms: number; scriptMs: number }>;

async function metrics(page: Page, cdp: Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>) {
  void page;
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
  return { script: get('ScriptDuration') * 1000, task: get('TaskDuration') * 1000 };
}

const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));

/** Runs the scripted pan, zoom and drag on a page showing a flow; `nodeSelector` finds the draggable nodes. */
async function interact(page: Page, nodeSelector: string, profileAs?: string): Promise<Phases> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const profiling = (name: string) => profileAs !== undefined && (process.env.WAYMARK_BENCH_PROFILE ?? '').split(',').includes(name);
  const startProfile = async (name: string) => {
    if (!profiling(name)) return;
    await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
  };
  /** Writes the CPU profile beside the bench cache and prints the functions with the most self time. */
  const stopProfile = async (name: string) => {
    if (!profiling(name)) return;
    const { profile } = await cdp.send('Profiler.stop');
    const file = join(BENCH_CACHE, `${profileAs}-${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const self = new Map<string, number>();
    const dt = profile.timeDeltas ?? [];
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    (profile.samples ?? []).forEach((id, i) => {
      const n = byId.get(id)!;
      const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    console.error(`profile ${file}:`);
    for (const [k, v] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.error(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  };
  const phase = async (run: () => Promise<number>, name: string): Promise<PhaseResult> => {
    await startProfile(name);
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __raf: number };
      w.__frames = [];
      const loop = (t: number) => { w.__frames.push(t); w.__raf = requestAnimationFrame(loop); };
      w.__raf = requestAnimationFrame(loop);
    });
    await nextFrame(page);
    const before = await metrics(page, cdp);
    const steps = await run();
    const after = await metrics(page, cdp);
    const stamps = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __raf: number };
      cancelAnimationFrame(w.__raf);
      return w.__frames;
    });
    const frames = stamps.slice(1).map((t, i) => t - stamps[i]!);
    await stopProfile(name);
    return { frames, steps, scriptMs: (after.script - before.script) / steps, taskMs: (after.task - before.task) / steps };
  };

  /** Runs `action`, then measures until the page is quiet: the time from the start, and the script run. */
  const untilQuiet = async (name: string, action: () => Promise<unknown>) => {
    const start = await page.evaluate(() => performance.now());
    const before = await metrics(page, cdp);
    await startProfile(name);
    await action();
    const quiet = await page.evaluate(waitQuiet, start);
    await stopProfile(name);
    const after = await metrics(page, cdp);
    return { ms: quiet - start, scriptMs: after.script - before.script };
  };

  const pane = page.locator('.react-flow').first();
  const box = (await pane.boundingBox())!;
  // An empty spot of the pane: the left margin fitView leaves, halfway down.
  const start = await page.evaluate(({ x, y, h }) => {
    for (const dy of [0.5, 0.3, 0.7, 0.15]) {
      for (const dx of [12, 20, 30]) {
        const el = document.elementFromPoint(x + dx, y + h * dy);
        if (el?.classList.contains('react-flow__pane')) return { x: x + dx, y: y + h * dy };
      }
    }
    return null;
  }, { x: box.x, y: box.y, h: box.height });
  if (!start) throw new Error('no empty pane spot to pan from');

  const pan = await phase(async () => {
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    let steps = 0;
    for (const [dx, n] of [[8, 45], [-8, 45]] as const) {
      for (let i = 1; i <= n; i++) { await page.mouse.move(start.x + (dx > 0 ? i : n - i) * 8, start.y + Math.sin(i / 7) * 20); await nextFrame(page); steps++; }
    }
    await page.mouse.up();
    return steps;
  }, 'pan');

  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const zoom = await phase(async () => {
    await page.mouse.move(cx, cy);
    let steps = 0;
    for (const delta of [-100, 100]) for (let i = 0; i < 20; i++) { await page.mouse.wheel(0, delta); await nextFrame(page); steps++; }
    return steps;
  }, 'zoom');
  await page.waitForTimeout(300);

  // Zoom in on the middle to about 1:1 (the wheel keeps that point under the pointer), then drag
  // the node nearest the middle around a loop. Chosen after zooming in: the app draws a large
  // map seen whole as one overview canvas, with no card nodes to pick from.
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, -100);
    await nextFrame(page);
    const z = await page.evaluate(() => { const m = /matrix\(([^,]+)/.exec(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform); return m ? Number(m[1]) : 1; });
    if (z >= 0.95) break;
  }
  // The rest after zooming in: a large map's cards in view mount once the zoom settles (the
  // app keeps its overview during the gesture), measured until the page is quiet.
  const rest = await untilQuiet('rest', () => page.waitForFunction((sel) => document.querySelector(sel) !== null, nodeSelector));
  const target = await page.evaluate(({ sel, cx: x, cy: y }) => {
    let best: { id: string; d: number } | null = null;
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const r = el.getBoundingClientRect();
      const d = Math.hypot(r.x + r.width / 2 - x, r.y + r.height / 2 - y);
      if (!best || d < best.d) best = { id: el.dataset.id ?? '', d };
    }
    return best;
  }, { sel: nodeSelector, cx, cy });
  if (!target) throw new Error('no node to drag');
  await page.waitForTimeout(400);
  const node = page.locator(`${nodeSelector}[data-id="${target.id}"]`);
  const nb = (await node.boundingBox())!;
  const from = { x: nb.x + nb.width / 2, y: nb.y + Math.min(12, nb.height / 2) };
  // The press selects the card (the app re-derives its nodes for the selection): measured on its own.
  await page.mouse.move(from.x, from.y);
  const press = await untilQuiet('press', () => page.mouse.down());
  const drag = await phase(async () => {
    let steps = 0;
    const path: [number, number][] = [[200, 0], [200, 150], [0, 150], [0, 0]];
    let last: [number, number] = [0, 0];
    for (const p of path) {
      for (let i = 1; i <= 15; i++) {
        const x = last[0] + ((p[0] - last[0]) * i) / 15;
        const y = last[1] + ((p[1] - last[1]) * i) / 15;
        await page.mouse.move(from.x + x, from.y + y);
        await nextFrame(page);
        steps++;
      }
      last = p;
    }
    return steps;
  }, 'drag');
  // The drop: the app commits a move command and redraws; measured until the page is quiet.
  const drop = await untilQuiet('drop', () => page.mouse.up());
  // An edit on the canvas (the app only): rename the dragged card in place, Enter, until quiet.
  let edit = { ms: Number.NaN, scriptMs: Number.NaN };
  if (nodeSelector === '.react-flow__node-card') {
    await page.mouse.dblclick(from.x, from.y);
    const box = page.getByRole('textbox', { name: 'Card title' });
    await box.waitFor({ timeout: 5000 }).catch(() => undefined);
    if (await box.isVisible()) {
      await box.fill('Renamed by the benchmark');
      edit = await untilQuiet('edit', () => box.press('Enter'));
    }
  }
  await cdp.detach();
  return { pan, zoom, drag, rest, press, edit, drop };
}

/** In the page: resolves with the time the main thread went quiet (6 frames under 34 ms in a row) after `since`. */
function waitQuiet(since: number): Promise<number> {
  return new Promise((done) => {
    let last = performance.now(); let quiet = 0; let quietFrom = since;
    const tick = () => {
      const now = performance.now();
      if (now - last < 34) { if (quiet === 0) quietFrom = last; quiet++; } else quiet = 0;
      if (quiet >= 6) { done(quietFrom); return; }
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Drops the map file on the app's window and waits until its cards are drawn and the page is quiet. */
async function dropMap(page: Page, text: string, title: string): Promise<{ firstCards: number; interactive: number }> {
  return page.evaluate(async ({ text: content, title: name }) => {
    const t0 = performance.now();
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'bench.journey', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    return new Promise<{ firstCards: number; interactive: number }>((done) => {
      let first = -1; let last = t0; let quiet = 0; let quietFrom = 0;
      const tick = () => {
        const t = performance.now();
        if (first < 0 && document.querySelector('[data-testid="map-title"]')?.textContent?.includes(name) && (document.querySelector('.react-flow__node-card[data-id^="card_0"]') || document.querySelector('[data-testid="map-overview"][data-drawn]'))) first = t - t0;
        if (first >= 0) {
          if (t - last < 34) { if (quiet === 0) quietFrom = last; quiet++; } else quiet = 0;
          if (quiet >= 6) { done({ firstCards: first, interactive: quietFrom - t0 }); return; }
        }
        last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }, { text, title });
}

function plainGraph(journey: ReturnType<typeof generateJourney>): PlainGraph {
  const layout = layoutJourney(journey);
  const nodes: PlainGraph['nodes'] = [];
  for (const b of layout.cards.values()) nodes.push({ id: b.id, x: b.x, y: b.y, width: b.width, label: journey.cards[b.id]?.title ?? '' });
  for (const p of layout.emotionPoints.values()) nodes.push({ id: p.id, x: p.x - 20, y: p.y - 10, width: 40, label: '' });
  const edges = Object.values(journey.connections).filter((c) => layout.cards.has(c.sourceId) && layout.cards.has(c.targetId)).map((c) => ({ id: c.id, source: c.sourceId, target: c.targetId }));
  return { nodes, edges };
}

const frameSummary = (r: PhaseResult[]) => { const all = r.flatMap((x) => x.frames); return { median: median(all), p95: p95(all), max: Math.max(...all), n: all.length }; };

export async function run(options: { quick?: boolean; sizes?: number[] } = {}): Promise<BenchRow[]> {
  const sizes = options.sizes ?? (process.env.WAYMARK_BENCH_SIZES ? process.env.WAYMARK_BENCH_SIZES.split(',').map(Number) : [1000, 5000]);
  mkdirSync(join(BENCH_CACHE, 'plain'), { recursive: true });
  if (!existsSync(join(BENCH_CACHE, 'app', 'index.html')) || !existsSync(join(BENCH_CACHE, 'plain', 'index.html'))) throw new Error('build the app and the plain page first (scripts/bench.mjs does)');
  const { server, url } = await serve(BENCH_CACHE);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const rows: BenchRow[] = [];
  try {
    for (const cards of sizes) {
      const size = `${fmt(cards)} cards, 2,000 connections`;
      const journey = generateJourney({ cards, connections: 2000, seed: cards });
      const text = serializeJourney(journey);
      writeFileSync(join(BENCH_CACHE, 'plain', `graph-${cards}.json`), JSON.stringify(plainGraph(journey)));
      // Two interleaved runs at 1,000 cards; one at 5,000 (several minutes each on 2 busy cores).
      const reps = options.quick || cards > 2000 ? 1 : 2;
      const app: Phases[] = []; const plain: Phases[] = []; const opens: { firstCards: number; interactive: number }[] = []; const plainOpens: number[] = [];
      for (let rep = 0; rep < reps; rep++) {
        {
          const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto(`${url}/app/index.html`);
          await page.getByTestId('card').first().waitFor();
          await page.waitForTimeout(800);
          opens.push(await dropMap(page, text, journey.settings.title));
          await page.waitForTimeout(500);
          // Diagnostics only: WAYMARK_BENCH_HIDE=".react-flow__minimap" hides parts of the app to attribute their cost.
          if (process.env.WAYMARK_BENCH_HIDE) await page.addStyleTag({ content: `${process.env.WAYMARK_BENCH_HIDE} { display: none !important; }` });
          // Diagnostics only: WAYMARK_BENCH_CSS=".wm-card { box-shadow: none }" tries a style change without a rebuild.
          if (process.env.WAYMARK_BENCH_CSS) await page.addStyleTag({ content: process.env.WAYMARK_BENCH_CSS });
          app.push(await interact(page, '.react-flow__node-card', `app-${cards}`));
          if (errors.length) throw new Error(`app page errors: ${errors.join('; ')}`);
          await context.close();
        }
        {
          const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
          const page = await context.newPage();
          await page.goto(`${url}/plain/index.html?graph=graph-${cards}.json`);
          await page.waitForFunction(() => (window as unknown as { __graphAt?: number }).__graphAt !== undefined);
          const graphAt = await page.evaluate(() => (window as unknown as { __graphAt: number }).__graphAt);
          plainOpens.push((await page.evaluate(waitQuiet, graphAt)) - graphAt);
          await page.waitForTimeout(500);
          plain.push(await interact(page, '.react-flow__node-default', `plain-${cards}`));
          await context.close();
        }
      }
      const note = `${reps} run(s) each, interleaved; the app as shipped (above 500 cards: one overview canvas below 30% zoom, only cards in view mounted above it), the plain page with every node mounted`;
      rows.push({ area: 'canvas', name: 'open by file drop: first cards drawn', size, value: round(median(opens.map((o) => o.firstCards))), unit: 'ms', samples: opens.length });
      rows.push({ area: 'canvas', name: 'open by file drop: to interactive (page quiet)', size, value: round(median(opens.map((o) => o.interactive))), unit: 'ms', samples: opens.length, ...(cards === 5000 ? { target: { label: '≤ 1 s', max: 1000 } } : {}) });
      rows.push({ area: 'canvas', name: 'plain React Flow: graph in hand to interactive', size, value: round(median(plainOpens)), unit: 'ms', samples: plainOpens.length, note: 'the floor for a first render of this many nodes' });
      for (const name of ['pan', 'zoom', 'drag'] as const) {
        const a = frameSummary(app.map((r) => r[name]));
        const p = frameSummary(plain.map((r) => r[name]));
        rows.push({ area: 'canvas', name: `${name}: frame time, app`, size, value: round(a.p95), median: round(a.median), p95: round(a.p95), samples: a.n, unit: 'ms', note: `longest ${round(a.max)} ms` });
        rows.push({ area: 'canvas', name: `${name}: frame time, plain React Flow`, size, value: round(p.p95), median: round(p.median), p95: round(p.p95), samples: p.n, unit: 'ms', note: `longest ${round(p.max)} ms` });
        rows.push({ area: 'canvas', name: `${name}: p95 frame time, app ÷ plain`, size, value: round(a.p95 / p.p95), unit: '×', target: { label: '≤ 1.2× plain', max: 1.2 }, note });
        const aScript = median(app.map((r) => r[name].scriptMs));
        const pScript = median(plain.map((r) => r[name].scriptMs));
        rows.push({
          area: 'canvas', name: `${name}: script per step, app (plain)`, size, value: round(aScript), unit: 'ms',
          note: `plain ${round(pScript)} ms; main-thread task per step app ${round(median(app.map((r) => r[name].taskMs)))} ms, plain ${round(median(plain.map((r) => r[name].taskMs)))} ms`,
          ...(name === 'drag' && cards === 5000 ? { target: { label: '≤ 8 ms', max: 8 } } : {}),
        });
      }
      rows.push({ area: 'canvas', name: 'zoom in to 1:1 and rest: to quiet (app: the cards in view mount)', size, value: round(median(app.map((r) => r.rest.ms))), unit: 'ms', note: `script ${round(median(app.map((r) => r.rest.scriptMs)))} ms; plain React Flow ${round(median(plain.map((r) => r.rest.ms)))} ms (its nodes are always mounted)` });
      rows.push({ area: 'canvas', name: 'press on a card: to quiet (app: selection)', size, value: round(median(app.map((r) => r.press.ms))), unit: 'ms', note: `script ${round(median(app.map((r) => r.press.scriptMs)))} ms; plain React Flow ${round(median(plain.map((r) => r.press.ms)))} ms` });
      rows.push({ area: 'canvas', name: 'rename a card in place: Enter to quiet (app only)', size, value: round(median(app.map((r) => r.edit.ms))), unit: 'ms', note: `script ${round(median(app.map((r) => r.edit.scriptMs)))} ms` });
      rows.push({ area: 'canvas', name: 'drop the dragged card: to quiet (app: move command + redraw)', size, value: round(median(app.map((r) => r.drop.ms))), unit: 'ms', note: `script ${round(median(app.map((r) => r.drop.scriptMs)))} ms; plain React Flow ${round(median(plain.map((r) => r.drop.ms)))} ms` });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

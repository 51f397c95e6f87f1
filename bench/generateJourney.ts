/**
 * Deterministic generators for the benchmarks: journeys of N cards that look like real maps
 * (stages of every kind, all lane kinds, touchpoints with channels and page aliases, pain
 * points linked to touchpoints, emotion curves per persona, KPI cards, a GA4 dataset with
 * bindings to stages and cards, comments) and GA4-style "Pages and screens" CSV reports of
 * N rows. The same options always give the same document and the same bytes.
 */
import type { Binding, Card, Comment, Connection, Dataset, Journey, MetricValue } from '../shared/model/schema';
import { CHANNELS, EVIDENCE_LEVELS, type LaneKind, STAGE_KINDS, type StageKind } from '../shared/model/vocabulary';

export interface GenerateOptions {
  /** Total cards, emotion points included. */
  cards: number;
  /** Connections between cards; defaults to 40 % of the card count. */
  connections?: number;
  seed?: number;
}

/** A small, fast PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['Compares', 'Reads', 'Opens', 'Checks', 'Searches for', 'Signs up for', 'Asks about', 'Shares', 'Filters', 'Saves', 'Abandons', 'Returns to', 'Reviews', 'Chats about', 'Downloads', 'Pays for', 'Tracks', 'Cancels', 'Recommends', 'Scrolls'];
const OBJECTS = ['trail running shoes', 'the size guide', 'delivery options', 'the returns policy', 'product reviews', 'the loyalty program', 'a discount code', 'the checkout form', 'order status', 'a support ticket', 'the mobile app', 'gift cards', 'the newsletter', 'store opening hours', 'waterproof jackets', 'the comparison table', 'payment methods', 'the FAQ', 'a wish list', 'the onboarding tour'];
const THOUGHTS = ['Is this worth the price?', 'Will it fit me?', 'How long will delivery take?', 'Can I return it if it does not fit?', 'Why do they need my phone number?', 'Is there a cheaper option?', 'I hope this is in stock', 'This is taking too long', 'Finally, that was easy', 'I am not sure this is secure'];
const PAINS = ['Shipping cost shown only at checkout', 'Size guide hard to find', 'Coupon field rejects valid codes', 'Slow page on mobile', 'Account required to buy', 'Out-of-stock sizes still listed', 'Confusing return label', 'No live order tracking', 'Support hold times over 10 min', 'Payment fails without a reason'];
const OPPS = ['Show delivery cost on product pages', 'Guest checkout', 'Fit predictor from past orders', 'Proactive delivery notifications', 'One-click reorder', 'Chat with an expert', 'Pre-filled return label', 'Save cart across devices', 'Loyalty points at checkout', 'Reviews with photos'];
const BACKSTAGE = ['Inventory sync (ERP)', 'Payment gateway', 'Fraud screening', 'Warehouse pick & pack', 'CRM segment update', 'Email service provider', 'Search index rebuild', 'Carrier label API', 'Support ticket routing', 'Recommendation model'];
const OWNERS = ['E-commerce', 'Logistics', 'Customer care', 'Marketing', 'Payments', 'Platform', 'Data'];
const TAGS = ['mobile', 'desktop', 'quick-win', 'research', 'q3', 'legal', 'seo', 'a11y', 'retention'];
const SENTENCES = ['Seen in 7 of 12 interviews.', 'Mostly on mobile, in the evening.', 'Drop-off doubles when the page takes over 3 s.', 'Customers mention this in reviews.', 'Support receives about 40 tickets a week on this.', 'Needs a decision from legal first.', 'Competitors already offer this.', 'Tested with a prototype in May; positive.'];
const SLUGS = ['trail', 'summit', 'ridge', 'alpine', 'coast', 'forest', 'river', 'canyon', 'glacier', 'meadow', 'storm', 'harbor'];
const PRODUCTS = ['runner', 'jacket', 'boot', 'pack', 'tent', 'fleece', 'sock', 'cap', 'glove', 'bottle'];
const SECTIONS = ['products', 'collections', 'blog', 'help', 'account', 'stores'];

const LANES: { kind: LaneKind; name: string; weight: number }[] = [
  { kind: 'actions', name: 'Customer actions', weight: 0.2 },
  { kind: 'touchpoints', name: 'Touchpoints', weight: 0.22 },
  { kind: 'thoughts', name: 'Thoughts & questions', weight: 0.1 },
  { kind: 'emotions', name: 'Emotions', weight: 0 },
  { kind: 'painPoints', name: 'Pain points', weight: 0.14 },
  { kind: 'opportunities', name: 'Opportunities', weight: 0.1 },
  { kind: 'kpis', name: 'KPIs', weight: 0.08 },
  { kind: 'backstage', name: 'Backstage', weight: 0.12 },
  { kind: 'notes', name: 'Notes', weight: 0.04 },
];

const pad = (n: number, width = 5) => String(n).padStart(width, '0');

/** The number of stage columns for a map of `cards` cards: wide maps, cells a few cards tall. */
export function stageCountFor(cards: number): number {
  return Math.max(6, Math.min(60, Math.round(Math.sqrt(cards / 3))));
}

export function generateJourney(options: GenerateOptions): Journey {
  const total = Math.max(0, Math.floor(options.cards));
  const rand = prng(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

  const j: Journey = {
    id: `journey_bench_${total}`,
    settings: { title: `Benchmark journey (${total} cards)`, description: 'Generated by bench/generateJourney.ts', emotionScale: { min: -2, max: 2 }, theme: 'system' },
    stages: {}, lanes: {}, cards: {}, connections: {}, curves: {}, personas: {}, datasets: {}, bindings: {}, comments: {},
  };

  j.personas.persona_shopper = { id: 'persona_shopper', name: 'Sam the weekend hiker', role: 'Occasional buyer', goals: ['Find gear that fits', 'Not overpay'], frustrations: ['Surprise shipping costs'], color: '#0ea5e9' };
  j.personas.persona_pro = { id: 'persona_pro', name: 'Alex the trail runner', role: 'Loyal customer', goals: ['Reorder quickly'], frustrations: ['Sizes out of stock'], color: '#f97316' };
  const personaIds = Object.keys(j.personas);
  j.curves.curve_asis = { id: 'curve_asis', name: 'As-is', variant: 'asIs', color: '#7c3aed', visible: true, order: 0 };
  j.curves.curve_tobe = { id: 'curve_tobe', name: 'To-be', variant: 'toBe', color: '#10b981', visible: true, order: 1, personaId: 'persona_pro' };
  const curveIds = Object.keys(j.curves);

  const stageCount = stageCountFor(total);
  const stageIds: string[] = [];
  for (let s = 0; s < stageCount; s++) {
    const kind: StageKind = STAGE_KINDS[Math.min(STAGE_KINDS.length - 2, Math.floor((s / stageCount) * (STAGE_KINDS.length - 1)))]!;
    const id = `stage_${pad(s, 3)}`;
    stageIds.push(id);
    j.stages[id] = { id, name: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${s + 1}`, kind, order: s, collapsed: false, ...(s % 5 === 0 ? { description: pick(SENTENCES) } : {}) };
  }
  LANES.forEach((l, i) => { j.lanes[`lane_${l.kind}`] = { id: `lane_${l.kind}`, name: l.name, kind: l.kind, order: i, collapsed: false }; });

  // Emotion points: two per stage on each curve, as long as the budget allows.
  const emotionBudget = Math.min(Math.round(total * 0.08), stageCount * curveIds.length * 2);
  const cellOrder = new Map<string, number>();
  const nextOrder = (stageId: string, laneId: string) => { const k = `${stageId}|${laneId}`; const o = cellOrder.get(k) ?? 0; cellOrder.set(k, o + 1); return o; };
  const touchpointsByStage = new Map<string, string[]>();
  const cardIds: string[] = [];
  let n = 0;
  const base = (stageId: string, laneKind: LaneKind) => {
    const laneId = `lane_${laneKind}`;
    const id = `card_${pad(n++, 6)}`;
    cardIds.push(id);
    return {
      id, stageId, laneId, order: nextOrder(stageId, laneId), title: '', body: rand() < 0.3 ? `${pick(SENTENCES)}${rand() < 0.4 ? ` ${pick(SENTENCES)}` : ''}` : '',
      tags: rand() < 0.35 ? [...new Set(Array.from({ length: int(1, 3) }, () => pick(TAGS)))] : [],
      links: rand() < 0.05 ? [{ label: 'Research notes', url: `https://wiki.example/research/${n}` }] : [],
      evidence: pick(EVIDENCE_LEVELS), votes: rand() < 0.3 ? int(1, 6) : 0,
      ...(rand() < 0.2 ? { personaId: pick(personaIds) } : {}),
    };
  };
  for (let e = 0; e < emotionBudget; e++) {
    const stageId = stageIds[Math.floor(e / (curveIds.length * 2)) % stageCount]!;
    const curveId = curveIds[Math.floor(e / 2) % curveIds.length]!;
    const card: Card = { ...base(stageId, 'emotions'), kind: 'emotion', title: pick(THOUGHTS), body: '', score: int(-4, 4) / 2, curveId };
    j.cards[card.id] = card;
  }

  const weighted = LANES.filter((l) => l.weight > 0);
  const weightSum = weighted.reduce((s, l) => s + l.weight, 0);
  const laneFor = (): LaneKind => {
    let r = rand() * weightSum;
    for (const l of weighted) { r -= l.weight; if (r <= 0) return l.kind; }
    return weighted[0]!.kind;
  };
  const pagePaths: string[] = [];
  const rest = total - emotionBudget;
  for (let i = 0; i < rest; i++) {
    // Cards spread over stages in journey order, so neighbouring cards sit in neighbouring stages.
    const stageId = stageIds[Math.min(stageCount - 1, Math.floor(((i + rand()) / rest) * stageCount))]!;
    const lane = laneFor();
    const b = base(stageId, lane);
    let card: Card;
    switch (lane) {
      case 'touchpoints': {
        const path = `/${pick(SECTIONS)}/${pick(SLUGS)}-${pick(PRODUCTS)}-${pagePaths.length}`;
        pagePaths.push(path);
        card = { ...b, kind: 'touchpoint', title: `${pick(['Product page', 'Landing page', 'Email', 'Push notification', 'Store visit', 'Chat widget', 'Search results'])}: ${pick(OBJECTS)}`, channel: pick(CHANNELS), aliases: [path] };
        const list = touchpointsByStage.get(stageId);
        if (list) list.push(card.id); else touchpointsByStage.set(stageId, [card.id]);
        break;
      }
      case 'thoughts': card = { ...b, kind: 'thought', title: pick(THOUGHTS) }; break;
      case 'painPoints': {
        const tps = touchpointsByStage.get(stageId) ?? [];
        const links = tps.length && rand() < 0.6 ? [...new Set([pick(tps), ...(rand() < 0.3 ? [pick(tps)] : [])])] : [];
        card = { ...b, kind: 'painPoint', title: pick(PAINS), severity: int(1, 5), touchpointIds: links };
        break;
      }
      case 'opportunities': card = { ...b, kind: 'opportunity', title: pick(OPPS), impact: int(1, 5), effort: int(1, 5) }; break;
      case 'kpis': {
        const metric = pick(['Conversion rate', 'Bounce rate', 'Views', 'Add-to-cart rate', 'NPS', 'CSAT']);
        card = { ...b, kind: 'kpi', title: `${metric} (${j.stages[stageId]!.name})`, metric, value: Math.round(rand() * 1000) / 10, unit: metric === 'Views' ? '' : '%', target: Math.round(rand() * 1000) / 10 };
        break;
      }
      case 'backstage': card = { ...b, kind: 'action', title: pick(BACKSTAGE), owner: pick(OWNERS) }; break;
      case 'notes': card = { ...b, kind: 'note', title: `Note: ${pick(SENTENCES)}` }; break;
      default: card = { ...b, kind: 'action', title: `${pick(VERBS)} ${pick(OBJECTS)}` };
    }
    j.cards[card.id] = card;
  }

  // Connections: mostly forward in the journey (same or next stages), never a card to itself, no duplicates.
  const wanted = Math.min(options.connections ?? Math.round(total * 0.4), Math.max(0, total * (total - 1)));
  const boxCards = cardIds.filter((id) => j.cards[id]!.kind !== 'emotion');
  const seen = new Set<string>();
  for (let c = 0, guard = 0; c < wanted && boxCards.length > 1 && guard < wanted * 20; guard++) {
    const si = Math.floor(rand() * boxCards.length);
    const ti = Math.min(boxCards.length - 1, si + 1 + Math.floor(rand() * Math.max(1, boxCards.length / stageCount)));
    const sourceId = boxCards[si]!;
    const targetId = boxCards[ti === si ? (si + 1) % boxCards.length : ti]!;
    if (sourceId === targetId || seen.has(`${sourceId}>${targetId}`)) continue;
    seen.add(`${sourceId}>${targetId}`);
    const id = `conn_${pad(c, 6)}`;
    const connection: Connection = { id, sourceId, targetId, ...(rand() < 0.1 ? { label: pick(['then', 'if it fails', 'later', 'on mobile']) } : {}) };
    j.connections[id] = connection;
    c++;
  }

  // A GA4 pages dataset: views and active users per page path, sessions per stage; bound to
  // touchpoints (by alias) and stages, the way the KPI import leaves a map.
  const metrics: MetricValue[] = [];
  for (const path of pagePaths) {
    const views = int(50, 50_000);
    metrics.push({ scope: path, metric: 'views', value: views, unit: 'count' }, { scope: path, metric: 'activeUsers', value: Math.round(views * (0.3 + rand() * 0.5)), unit: 'count' });
  }
  for (const id of stageIds) metrics.push({ scope: j.stages[id]!.name, metric: 'sessions', value: int(500, 200_000), unit: 'count' });
  const dataset: Dataset = {
    id: 'dataset_ga4_pages', name: 'GA4 pages and screens (May 2024)', source: 'ga4-pages', fileName: 'ga4_pages_and_screens_may2024.csv',
    importedAt: '2024-06-02T09:00:00.000Z', period: { start: '2024-05-01', end: '2024-05-31' }, encoding: 'utf-8', delimiter: ',',
    rowsRead: pagePaths.length + 2, rowsImported: pagePaths.length, errors: pagePaths.length > 10 ? [{ line: 14, message: 'Row "(not set)" skipped: no page path' }] : [],
    metrics, feedback: [], options: { metric: 'views', sheet: 'Pages and screens' },
  };
  j.datasets[dataset.id] = dataset;
  let bindingCount = 0;
  const bind = (b: Omit<Binding, 'id' | 'datasetId'>) => { const id = `binding_${pad(bindingCount++, 6)}`; j.bindings[id] = { id, datasetId: dataset.id, ...b }; };
  for (const id of stageIds) bind({ scope: j.stages[id]!.name, metric: 'sessions', target: { type: 'stage', id }, higherIsBetter: true });
  for (const card of Object.values(j.cards)) {
    if (card.kind === 'touchpoint' && card.aliases?.[0] && rand() < 0.5) bind({ scope: card.aliases[0], metric: 'views', target: { type: 'card', id: card.id }, goal: int(100, 40_000), higherIsBetter: true });
  }

  let commentCount = 0;
  for (const id of cardIds) {
    if (rand() >= 0.02) continue;
    const cid = `comment_${pad(commentCount++, 6)}`;
    const comment: Comment = { id: cid, target: { type: 'card', id }, author: pick(['Dana', 'Lee', 'Priya', 'Jonas']), text: pick(SENTENCES), createdAt: `2024-06-${pad(int(1, 28), 2)}T10:00:00.000Z`, resolved: rand() < 0.3 };
    j.comments[cid] = comment;
  }
  return j;
}

// ---- GA4 "Pages and screens" CSV -------------------------------------------------------

const GA4_PREAMBLE = [
  '# ----------------------------------------',
  '# Pages and screens: Page path and screen class',
  '# Account: Northwind Outdoor',
  '# Property: northwind-outdoor.example - GA4',
  '# ----------------------------------------',
  '# ',
  '# All Users',
  '# Start date: 20240501',
  '# End date: 20240531',
  'Page path and screen class,Views,Active users,Views per active user,Average engagement time per active user,Event count,Key events,Total revenue',
];

/**
 * A GA4 pages report of `rows` data rows, as GA4 exports it: the `#` preamble, the header,
 * rows in falling view order with quoted paths where they hold a comma, a `(not set)` row,
 * and full-precision ratios. Returned as chunks so a million rows never become one string
 * twice; join or write them in order.
 */
export function generateGa4PagesCsv(rows: number, seed = 7): string[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const chunks: string[] = [`${GA4_PREAMBLE.join('\n')}\n`];
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    // Falling, long-tailed views, as a real report sorted by views.
    const views = Math.max(1, Math.round(60_000 / Math.pow(1 + i, 0.55)));
    const users = Math.max(1, Math.round(views / (1 + rand() * 2)));
    const engagement = rand() * 120;
    const events = views * (2 + Math.floor(rand() * 3));
    const key = rand() < 0.05 ? Math.round(users * rand() * 0.5) : 0;
    const revenue = key ? (key * (20 + rand() * 200)).toFixed(2) : '0';
    let path: string;
    if (i === Math.floor(rows * 0.9)) path = '(not set)';
    else if (rand() < 0.03) path = `"/search?q=${pick(SLUGS)},${pick(PRODUCTS)}"`;
    else path = `/${pick(SECTIONS)}/${pick(SLUGS)}-${pick(PRODUCTS)}-${i}`;
    chunk += `${path},${views},${users},${views / users},${engagement},${events},${key},${revenue}\n`;
    if (chunk.length > 1 << 20) { chunks.push(chunk); chunk = ''; }
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

/**
 * The journey document as zod schemas. Types are inferred from these, so the
 * validator and the type can never disagree. Records are keyed by id; order is
 * explicit (`order` numbers), never implied by key order.
 */
import { z } from 'zod';
import { CARD_KINDS, CURVE_VARIANTS, EVIDENCE_LEVELS, LANE_KINDS, STAGE_KINDS, THEMES } from './vocabulary';

export const MAX_TEXT = 20_000;
export const MAX_TITLE = 500;

const id = z.string().min(1).max(100);
const title = z.string().max(MAX_TITLE);
const text = z.string().max(MAX_TEXT);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a color like #1a2b3c');
const isoDate = z.string().max(40);
const order = z.number().finite();

export const linkSchema = z.object({ label: title, url: z.string().max(2000) }).strict();

export const stageSchema = z.object({
  id,
  name: title,
  kind: z.enum(STAGE_KINDS),
  order,
  color: color.optional(),
  /** Column width in canvas units; the layout applies a minimum. */
  width: z.number().min(120).max(2000).optional(),
  collapsed: z.boolean(),
  description: text.optional(),
}).strict();

export const laneSchema = z.object({
  id,
  name: title,
  kind: z.enum(LANE_KINDS),
  order,
  color: color.optional(),
  /** Minimum row height in canvas units; the row grows with its content. */
  minHeight: z.number().min(40).max(4000).optional(),
  collapsed: z.boolean(),
}).strict();

const cardBase = {
  id,
  stageId: id,
  laneId: id,
  /** Position among the cards of the same cell (and, for emotion points, the step order). */
  order,
  title,
  body: text,
  tags: z.array(title).max(100),
  owner: title.optional(),
  links: z.array(linkSchema).max(100),
  personaId: id.optional(),
  evidence: z.enum(EVIDENCE_LEVELS),
  votes: z.number().int().min(0).max(10_000),
  color: color.optional(),
  /** Other names this card has in data: page paths, event names, survey labels. Used to bind imported KPIs. */
  aliases: z.array(z.string().max(MAX_TITLE)).max(50).optional(),
};

export const touchpointCardSchema = z.object({ ...cardBase, kind: z.literal('touchpoint'), channel: title }).strict();
export const actionCardSchema = z.object({ ...cardBase, kind: z.literal('action') }).strict();
export const thoughtCardSchema = z.object({ ...cardBase, kind: z.literal('thought') }).strict();
export const painPointCardSchema = z.object({
  ...cardBase,
  kind: z.literal('painPoint'),
  severity: z.number().int().min(1).max(5),
  /** The touchpoints this pain point concerns. */
  touchpointIds: z.array(id).max(1000),
}).strict();
export const opportunityCardSchema = z.object({
  ...cardBase,
  kind: z.literal('opportunity'),
  impact: z.number().int().min(1).max(5).optional(),
  effort: z.number().int().min(1).max(5).optional(),
}).strict();
export const noteCardSchema = z.object({ ...cardBase, kind: z.literal('note') }).strict();
export const emotionCardSchema = z.object({
  ...cardBase,
  kind: z.literal('emotion'),
  /** On the map's emotion scale (settings.emotionScale). */
  score: z.number().finite(),
  curveId: id,
}).strict();
export const kpiCardSchema = z.object({
  ...cardBase,
  kind: z.literal('kpi'),
  metric: title,
  value: z.number().finite().optional(),
  unit: z.string().max(40).optional(),
  target: z.number().finite().optional(),
}).strict();

export const cardSchema = z.discriminatedUnion('kind', [
  touchpointCardSchema, actionCardSchema, thoughtCardSchema, painPointCardSchema,
  opportunityCardSchema, noteCardSchema, emotionCardSchema, kpiCardSchema,
]);

export const connectionSchema = z.object({
  id,
  sourceId: id,
  targetId: id,
  label: title.optional(),
}).strict();

export const curveSchema = z.object({
  id,
  name: title,
  variant: z.enum(CURVE_VARIANTS),
  personaId: id.optional(),
  color,
  visible: z.boolean(),
  order,
}).strict();

export const personaSchema = z.object({
  id,
  name: title,
  role: title,
  goals: z.array(text).max(200),
  frustrations: z.array(text).max(200),
  quote: text.optional(),
  /** A picture chosen from a local file, embedded as a data: URL (png, jpeg or webp). */
  picture: z.string().max(2_000_000).regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/).optional(),
  color,
}).strict();

export const metricValueSchema = z.object({
  /** What the value belongs to: 'total', or a step, page, touchpoint, group or breakdown label. */
  scope: z.string().max(MAX_TITLE),
  metric: z.string().max(100),
  value: z.number().finite().nullable(),
  unit: z.string().max(40),
  n: z.number().int().min(0).optional(),
}).strict();

export const importIssueSchema = z.object({ line: z.number().int().min(0), message: text }).strict();

export const datasetSchema = z.object({
  id,
  name: title,
  /** The recognized tool, e.g. 'ga4-funnel', 'qualtrics', 'generic'. */
  source: z.string().max(100),
  fileName: z.string().max(1000),
  importedAt: isoDate,
  period: z.object({ start: isoDate, end: isoDate }).strict().optional(),
  encoding: z.string().max(40).optional(),
  delimiter: z.string().max(4).optional(),
  rowsRead: z.number().int().min(0),
  rowsImported: z.number().int().min(0),
  errors: z.array(importIssueSchema).max(10_000),
  metrics: z.array(metricValueSchema).max(200_000),
  /** Verbatim feedback rows (survey/review comments) with their scope and score. */
  feedback: z.array(z.object({
    scope: z.string().max(MAX_TITLE),
    text,
    score: z.number().finite().optional(),
    sentiment: z.number().min(-1).max(1).optional(),
    respondentId: z.string().max(200).optional(),
  }).strict()).max(100_000),
  /** The importer options used, so Refresh can re-read the file the same way. */
  options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
}).strict();

export const bindingTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('stage'), id }).strict(),
  z.object({ type: z.literal('card'), id }).strict(),
  z.object({ type: z.literal('connection'), id }).strict(),
]);

export const bindingSchema = z.object({
  id,
  datasetId: id,
  scope: z.string().max(MAX_TITLE),
  metric: z.string().max(100),
  target: bindingTargetSchema,
  goal: z.number().finite().optional(),
  /** Whether a larger value is better (conversion) or worse (drop-off, churn, bounce). */
  higherIsBetter: z.boolean(),
}).strict();

export const commentTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('stage'), id }).strict(),
  z.object({ type: z.literal('lane'), id }).strict(),
  z.object({ type: z.literal('card'), id }).strict(),
]);

export const commentSchema = z.object({
  id,
  target: commentTargetSchema,
  author: title,
  text,
  createdAt: isoDate,
  resolved: z.boolean(),
}).strict();

export const emotionScaleSchema = z.object({
  min: z.number().int().min(-100).max(100),
  max: z.number().int().min(-100).max(100),
}).strict().refine((s) => s.max > s.min, { message: 'emotion scale max must be greater than min' });

export const settingsSchema = z.object({
  title,
  description: text.optional(),
  emotionScale: emotionScaleSchema,
  theme: z.enum(THEMES),
  /** When set, the canvas shows only cards for this persona (and cards for everyone). */
  personaFilter: id.optional(),
  /** How imported data shows on the map: hidden, the heat strip's metric, the data-driven emotion curve's metric. */
  kpiView: z.object({
    hidden: z.boolean().optional(),
    heatMetric: z.string().max(100).optional(),
    curveMetric: z.string().max(100).optional(),
  }).strict().optional(),
}).strict();

const recordsOf = <T extends z.ZodType>(schema: T) => z.record(z.string(), schema);

export const journeySchema = z.object({
  id,
  settings: settingsSchema,
  stages: recordsOf(stageSchema),
  lanes: recordsOf(laneSchema),
  cards: recordsOf(cardSchema),
  connections: recordsOf(connectionSchema),
  curves: recordsOf(curveSchema),
  personas: recordsOf(personaSchema),
  datasets: recordsOf(datasetSchema),
  bindings: recordsOf(bindingSchema),
  comments: recordsOf(commentSchema),
}).strict();

export type Stage = z.infer<typeof stageSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Card = z.infer<typeof cardSchema>;
export type CardOf<K extends Card['kind']> = Extract<Card, { kind: K }>;
export type Connection = z.infer<typeof connectionSchema>;
export type Curve = z.infer<typeof curveSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type MetricValue = z.infer<typeof metricValueSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Binding = z.infer<typeof bindingSchema>;
export type Comment = z.infer<typeof commentSchema>;
export type EmotionScale = z.infer<typeof emotionScaleSchema>;
export type JourneySettings = z.infer<typeof settingsSchema>;
export type Journey = z.infer<typeof journeySchema>;

/** The record collections of a journey, by name. */
export const COLLECTIONS = ['stages', 'lanes', 'cards', 'connections', 'curves', 'personas', 'datasets', 'bindings', 'comments'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export { CARD_KINDS };

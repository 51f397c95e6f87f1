/** Guesses a stage or lane kind from a name written in another tool ("Pain Point", "Emotional State"). */
import type { LaneKind, StageKind } from '../model/vocabulary';

const LANE_WORDS: [RegExp, LaneKind][] = [
  [/pain|friction|problem|issue/i, 'painPoints'],
  [/emotion|feel|mood|sentiment|experience/i, 'emotions'],
  [/touch ?point|channel/i, 'touchpoints'],
  [/think|thought|question/i, 'thoughts'],
  [/opportunit|idea|improve/i, 'opportunities'],
  [/kpi|metric|measure/i, 'kpis'],
  [/backstage|support process|behind|system/i, 'backstage'],
  [/action|doing|step|task/i, 'actions'],
];
const STAGE_WORDS: [RegExp, StageKind][] = [
  [/aware|discover|entry|find/i, 'awareness'],
  [/consider|evaluat|research|compar/i, 'consideration'],
  [/decid|purchase|buy|checkout|sign/i, 'decision'],
  [/onboard|setup|first/i, 'onboarding'],
  [/use|engag|activ/i, 'engagement'],
  [/support|help|service/i, 'support'],
  [/retain|retention|renew|loyal/i, 'retention'],
  [/advoca|recommend|refer/i, 'advocacy'],
];

export const laneKindFromName = (name: string): LaneKind => LANE_WORDS.find(([re]) => re.test(name))?.[1] ?? 'notes';
export const stageKindFromName = (name: string): StageKind => STAGE_WORDS.find(([re]) => re.test(name))?.[1] ?? 'custom';

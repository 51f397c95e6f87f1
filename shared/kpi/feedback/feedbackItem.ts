/**
 * A comment as a FeedbackItem with its sentiment.
 *
 * Which sentiment wins: the respondent's own score, where the comment comes with one. The
 * score is what the person said they felt, on a scale they chose; a word list misreads
 * sarcasm, domain words ("refund", "return" are neutral to it) and negation beyond one word
 * ("did not arrive damaged"). Text sentiment is used only for comments without a score.
 */
import type { FeedbackItem } from '../types';
import { scoreSentiment, type ScoreKind } from './scoreSentiment';
import { textSentiment } from './textSentiment';
import { clipLabel } from '../survey/groupBreakdown';

export interface FeedbackInput {
  scope: string;
  text: string | undefined;
  score?: number;
  /** How to read `score`; required when score is set. */
  scoreKind?: ScoreKind;
  respondentId?: string;
}

/** The item, or undefined when there is no text (empty or whitespace only). The text is kept verbatim. */
export function feedbackItem({ scope, text, score, scoreKind, respondentId }: FeedbackInput): FeedbackItem | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const item: FeedbackItem = { scope: clipLabel(scope), text };
  if (score !== undefined && scoreKind) {
    item.score = score;
    item.sentiment = scoreSentiment(score, scoreKind);
  } else {
    item.sentiment = textSentiment(text);
  }
  // A dataset keeps ids up to 200 characters; a longer one is left out rather than cut (a cut id identifies no one).
  if (respondentId !== undefined && respondentId !== '' && respondentId.length <= 200) item.respondentId = respondentId;
  return item;
}

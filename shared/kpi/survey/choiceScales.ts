/**
 * Answers exported as choice text (SurveyMonkey, Qualtrics "choice text" exports) mapped to
 * their position on the scale. Only labels listed here are read; any other text is not a
 * score and the caller reports it (never a guess from similar words).
 */
export type ChoiceScaleKind = 'satisfaction' | 'ease';

const SCALES: Record<ChoiceScaleKind, readonly (readonly string[])[]> = {
  // position i (0-based) → score i + 1
  satisfaction: [
    ['very dissatisfied', 'extremely dissatisfied'],
    ['dissatisfied', 'somewhat dissatisfied'],
    ['neither satisfied nor dissatisfied', 'neutral'],
    ['satisfied', 'somewhat satisfied'],
    ['very satisfied', 'extremely satisfied'],
  ],
  ease: [
    ['very difficult', 'extremely difficult'],
    ['difficult', 'somewhat difficult'],
    ['neither easy nor difficult', 'neutral'],
    ['easy', 'somewhat easy'],
    ['very easy', 'extremely easy'],
  ],
};

const normalize = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Number of points of a choice scale. */
export const choiceScaleLength = (kind: ChoiceScaleKind): number => SCALES[kind].length;

/** The score of a choice label on `kind`, or undefined when the label is not on that scale. */
export function choiceScore(label: string, kind: ChoiceScaleKind): number | undefined {
  const key = normalize(label);
  const i = SCALES[kind].findIndex((labels) => labels.includes(key));
  return i < 0 ? undefined : i + 1;
}

/** Which scale every given label belongs to, or undefined when they do not all fit one. */
export function detectChoiceScale(labels: readonly string[]): ChoiceScaleKind | undefined {
  const present = labels.filter((l) => l.trim() !== '');
  if (present.length === 0) return undefined;
  return (Object.keys(SCALES) as ChoiceScaleKind[]).find((kind) => present.every((l) => choiceScore(l, kind) !== undefined));
}

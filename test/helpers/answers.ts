/** Builds valid answer sets for any template, following its skip logic, from a seeded generator. */
import { allQuestions, isVisible, type Answers, type SurveyDefinition } from '../../surveys/index.ts';

export function seededRandom(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function validAnswers(
  def: SurveyDefinition,
  rand: () => number = Math.random,
  answerOptional = 0.7,
): Answers {
  const answers: Answers = {};
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  for (const q of allQuestions(def)) {
    if (!isVisible(def, q.id, answers)) continue;
    if (!q.required && rand() > answerOptional) continue;
    switch (q.type) {
      case 'agree5':
        answers[q.id] = 1 + Math.floor(rand() * 5);
        break;
      case 'likelihood':
        answers[q.id] = Math.floor(rand() * 11);
        break;
      case 'rating10':
        answers[q.id] = 1 + Math.floor(rand() * 10);
        break;
      case 'yesno':
        answers[q.id] = pick(['yes', 'no']);
        break;
      case 'single':
        answers[q.id] = pick(q.options!).value;
        break;
      case 'multi':
        answers[q.id] = [pick(q.options!).value];
        break;
      case 'text':
        answers[q.id] = pick(['Good place to work.', 'Más horas, por favor.', 'Need better shift notice.']);
        break;
    }
  }
  return answers;
}

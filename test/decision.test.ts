import { describe, expect, it } from 'vitest';
import { HELD_WEIGHT } from '../src/decision/decide.ts';
import { MATCH_WEIGHTS } from '../src/decision/weights.ts';
import { isNegated, isYesNoQuestion, yesNoVerdict } from '../src/answer/yesNo.ts';
import { isBlocked } from '../src/decision/decide.ts';
import type { Candidate, Reading } from '../src/decision/reading.ts';
import { SENTENCE_FEATURES } from '../src/decision/features.ts';
import { createEngine } from '../src/engine.ts';
import { analyzeQuestion } from '../src/retrieval/analyzeQuestion.ts';
import { tokenize, words } from '../src/text/tokenize.ts';
import { fitLogistic } from '../scripts/train/logistic.ts';

/** The verdict of a sentence for a question, with the sentence's words the question names marked as asked. */
function verdict(question: string, sentence: string, asked: string[]): ReturnType<typeof yesNoVerdict> {
  const tokens = tokenize(sentence);
  return yesNoVerdict(
    isNegated(question, words(question)),
    sentence,
    tokens,
    tokens.map((token) => asked.includes(token.text)),
  );
}

describe('yes/no questions', () => {
  it('are those that open with an auxiliary or modal and hold no question word', () => {
    expect(isYesNoQuestion(words('Haben die Städte die Zuschüsse gekürzt?'))).toBe(true);
    expect(isYesNoQuestion(words('Gibt es Einwände gegen den Plan?'))).toBe(true);
    expect(isYesNoQuestion(words('Did the council approve the budget?'))).toBe(true);
    expect(isYesNoQuestion(words('Hat wer den Plan gebilligt?'))).toBe(false);
    expect(isYesNoQuestion(words('Wann hat der Rat getagt?'))).toBe(false);
    expect(isYesNoQuestion(words('Hat der Rat worüber getagt?'))).toBe(false);
    expect(isYesNoQuestion(words('Bürgermeister Meier hat getagt?'))).toBe(false);
  });

  it('are not those that offer alternatives: they ask which one', () => {
    expect(isYesNoQuestion(words('Ist der Anteil der Ausgaben hoch oder gering?'))).toBe(false);
    expect(isYesNoQuestion(words('Was the vote held in spring or in autumn?'))).toBe(false);
  });

  it('are answered "no" when a clause holding the question\'s words is negated, else "yes"', () => {
    const question = 'Hat die Stadt die Zuschüsse gekürzt?';
    expect(verdict(question, 'Die Stadt zahlte weiter, wobei sie keine Zuschüsse kürzte.', ['Zuschüsse'])).toBe('no');
    expect(verdict(question, 'Die Stadt hat die Zuschüsse deutlich gekürzt.', ['Zuschüsse'])).toBe('yes');
    // A negation in another clause, which holds none of the question's words, says nothing.
    expect(verdict(question, 'Die Stadt kürzte die Zuschüsse, was niemand nicht erwartet hatte.', ['Zuschüsse'])).toBe('yes');
    expect(verdict('Did the council not approve it?', 'The council approved it.', ['council'])).toBeUndefined();
    expect(verdict('Did the council cut the budget?', "The council didn't cut the budget.", ['budget'])).toBe('no');
  });
});

describe('question constraints', () => {
  it('mark a capitalised noun that qualifies the asked one', () => {
    const read = analyzeQuestion('Wer ist der Bürgermeister der Hauptstadt?');
    expect(read.words.map((word) => [word.text, word.qualifier])).toEqual([
      ['Bürgermeister', false],
      ['Hauptstadt', true],
    ]);
  });
});

describe('the logistic fit behind npm run train', () => {
  const rows = Array.from({ length: 200 }, (_, i) => [1, (i % 20) / 10, ((i * 7) % 13) / 13]);
  const labels = rows.map(([, x]) => (x! > 1 ? 1 : 0));

  it('finds the feature that tells the labels apart, and is the same each run', () => {
    const weights = fitLogistic(rows, labels, ['bias', 'signal', 'noise']);
    expect(weights.signal).toBeGreaterThan(3);
    expect(Math.abs(weights.noise!)).toBeLessThan(Math.abs(weights.signal!) / 5);
    expect(fitLogistic(rows, labels, ['bias', 'signal', 'noise'])).toEqual(weights);
  });
});

describe('where to look when the article lacks a word of the question', () => {
  it('counts a word as held only above what a lexicon stand-in weighs', () => {
    expect(HELD_WEIGHT).toBeGreaterThan(Math.max(MATCH_WEIGHTS.synonym, MATCH_WEIGHTS.member));
  });
});

describe('a yes/no question is answered only by a sentence that settles it', () => {
  const engine = createEngine({
    articles: [
      {
        id: 'ernte',
        title: 'Ernte im Tal',
        paragraphs: [
          'Die Bauern im Tal haben die Ernte eingebracht.',
          'Über die Preise der Ernte gibt es Sorgen bei den Bauern.',
          'Die Genossenschaft meldete keine Ausfälle bei der Ernte.',
          'Der Regen kam im Herbst.',
        ],
      },
    ],
  });
  const sentenceOf = (reading: Reading, text: string) =>
    reading.candidates.find((candidate) => engine.passage(candidate.ranked.passage).text.startsWith(text))!;

  it('settles "yes" only where the sentence holds every word asked, "no" where it negates them', () => {
    const reading = engine.read('Gab es Sorgen wegen der Ernte?')!;
    expect(isBlocked(reading, sentenceOf(reading, 'Über die Preise'))).toBe(false);
    const lacking = engine.read('Gab es Ausfälle bei den Preisen?')!;
    // It names the prices but not the losses: that the article speaks of prices says nothing of losses.
    expect(isBlocked(lacking, sentenceOf(lacking, 'Über die Preise'))).toBe(true);
    expect(isBlocked(lacking, sentenceOf(lacking, 'Die Genossenschaft'))).toBe(false);
  });
});

describe('how a candidate stands against its rivals', () => {
  const engine = createEngine({
    articles: [
      {
        id: 'tal',
        title: 'Das Tal',
        paragraphs: ['Die Bauern im Tal brachten 2023 die Ernte ein.', 'Die Bauern klagten über den Regen.', 'Im Tal regnete es oft.'],
      },
    ],
  });

  it('is read as each facet less the best of the others (for a missed word, less the least missed)', () => {
    const reading = engine.read('Wann brachten die Bauern im Tal die Ernte ein?')!;
    const feature = (name: string, candidate: Candidate) => SENTENCE_FEATURES[name]!(reading, candidate);
    const others = (candidate: Candidate) => reading.candidates.filter((other) => other !== candidate);
    expect(reading.candidates.length).toBeGreaterThan(1);
    for (const candidate of reading.candidates) {
      expect(feature('sentenceCoverageLead', candidate)).toBeCloseTo(
        feature('sentenceCoverage', candidate) - Math.max(...others(candidate).map((other) => feature('sentenceCoverage', other))),
      );
      expect(feature('sentenceMissedIdfLead', candidate)).toBeCloseTo(
        Math.min(...others(candidate).map((other) => feature('sentenceMissedIdf', other))) - feature('sentenceMissedIdf', candidate),
      );
    }
    // The sentence that holds the whole question leads; the others trail it.
    const [first, ...rest] = [...reading.candidates].sort((a, b) => feature('sentenceCoverageLead', b) - feature('sentenceCoverageLead', a));
    expect(engine.passage(first!.ranked.passage).text).toContain('2023');
    expect(feature('sentenceCoverageLead', first!)).toBeGreaterThan(0);
    for (const candidate of rest) expect(feature('sentenceCoverageLead', candidate)).toBeLessThan(0);
  });
});

/**
 * The answerer's parts: relative dates against a dateline, what a question asks for, list
 * extension, BM25 sentence choice, part-of-speech classes and the "does not say" wording.
 */
import { describe, expect, it } from 'vitest';
import { answer, doesNotSay } from '../../../src/core/answer/answer.ts';
import { alignQuestion } from '../../../src/core/answer/align.ts';
import { editDistance } from '../../../src/core/text/edit-distance.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { extendList } from '../../../src/core/answer/span.ts';
import { bm25Index, bm25Scores } from '../../../src/core/answer/bm25.ts';
import { resolveDate } from '../../../src/core/answer/dates.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { Cls, stem, tokenize } from '../../../src/core/answer/spans.ts';

describe('resolveDate', () => {
  it('resolves weekdays to the latest such day on or before the dateline', () => {
    expect(resolveDate('Sunday', 'Xi on Sunday said ...', '2022-02-06')?.text).toBe('Sunday, Feb. 6, 2022');
    expect(resolveDate('Friday', 'Talks ended on Friday.', '2022-02-06')?.text).toBe('Friday, Feb. 4, 2022');
    expect(resolveDate('Monday', 'The talks were held on Monday.', '2022-02-06')).toMatchObject({ iso: '2022-01-31' });
  });

  it('looks ahead when the sentence speaks of the future', () => {
    expect(resolveDate('Tuesday', 'He will travel to Bishkek on Tuesday.', '2022-02-06')?.text).toBe('Tuesday, Feb. 8, 2022');
  });

  it('resolves yesterday / today and month-day dates without a year', () => {
    expect(resolveDate('yesterday', 'It rained yesterday.', '2022-03-01')?.text).toBe('Monday, Feb. 28, 2022');
    expect(resolveDate('Feb. 6', '', '2022-02-10')?.text).toBe('Sunday, Feb. 6, 2022');
    expect(resolveDate('6 February 2021', '', null)?.text).toBe('Saturday, Feb. 6, 2021');
    expect(resolveDate('September 30, 2019', '', null)?.iso).toBe('2019-09-30');
  });

  it('leaves what names no single day alone', () => {
    expect(resolveDate('2022', '', '2022-02-06')).toBeNull();
    expect(resolveDate('Sunday', '', null)).toBeNull();
    expect(resolveDate('Feb. 30, 2022', '', null)).toBeNull();
  });
});

describe('analyzeQuestion', () => {
  it('knows what kind of answer each wh-word wants', () => {
    expect(analyzeQuestion('Who did Xi meet?').expect).toBe('person');
    expect(analyzeQuestion('When did they meet?').expect).toBe('date');
    expect(analyzeQuestion('What year did Tesla die?')).toMatchObject({ expect: 'date', focusWord: 'year' });
    expect(analyzeQuestion('Where is the hall?').expect).toBe('place');
    expect(analyzeQuestion('How many people came?').expect).toBe('number');
    expect(analyzeQuestion('How much will the railway cost?')).toMatchObject({ wh: 'how much', expect: 'number' });
    expect(analyzeQuestion('Why did he come?').expect).toBe('reason');
    expect(analyzeQuestion('Which railway will China support?')).toMatchObject({ expect: 'thing', focusWord: 'railway' });
    expect(analyzeQuestion('In what country is it allowed?').expect).toBe('place');
    expect(analyzeQuestion('¿Con quién se reunió?').expect).toBe('other');
  });

  it('finds where the answer goes in the statement', () => {
    expect(analyzeQuestion('What did the two sides sign?')).toMatchObject({ form: 0, gapLeft: stem('sign') });
    expect(analyzeQuestion('Who led the committee?')).toMatchObject({ form: 1, gapRight: stem('led') });
    expect(analyzeQuestion('Complexity theory classifies problems based on what attribute?').form).toBe(2);
  });

  it('matches irregular past forms to the present ("came" and "come")', () => {
    expect(stem('came')).toBe(stem('come'));
    expect(stem('met')).toBe(stem('meeting'));
  });
});

describe('extendList', () => {
  const toks = tokenize('China will expand cooperation in areas such as healthcare, poverty alleviation, vocational education, women and youth affairs.');
  const at = (w: string) => toks.findIndex((t) => t.text === w);

  it('extends a first item to the whole list', () => {
    const end = extendList(toks, at('healthcare'), at('healthcare'));
    expect(toks[end].text).toBe('affairs');
  });

  it('leaves a span alone when no closed list follows', () => {
    const t2 = tokenize('He met Zhaparov, who came to China for the ceremony.');
    const k = t2.findIndex((t) => t.text === 'Zhaparov');
    expect(extendList(t2, k, k)).toBe(k);
  });
});

describe('bm25', () => {
  it('ranks the sentence sharing the rarer words first', () => {
    const docs = [['china', 'cooper'], ['railwai', 'china'], ['china', 'trade']];
    const s = bm25Scores(bm25Index(docs), ['railwai', 'china']);
    expect(s.indexOf(Math.max(...s))).toBe(1);
    expect(bm25Scores(bm25Index(docs), ['skate']).every((x) => x === 0)).toBe(true);
  });
});

describe('tokens', () => {
  it('keeps hyphenated names, abbreviations and numbers whole, with offsets', () => {
    const s = 'Xi backed the China-Kyrgyzstan-Uzbekistan railway on Feb. 6, costing $1,500.5 million.';
    const t = tokenize(s);
    const rail = t.find((x) => x.text === 'China-Kyrgyzstan-Uzbekistan')!;
    expect(s.slice(rail.start, rail.end)).toBe('China-Kyrgyzstan-Uzbekistan');
    expect(t.map((x) => x.text)).toContain('1,500.5');
    expect(t.find((x) => x.text === 'railway')!.cls).toBe(Cls.Noun);
    expect(t.find((x) => x.text === 'backed')!.cls).toBe(Cls.VerbPast);
    expect(rail.cls).toBe(Cls.Cap);
  });
});

describe('doesNotSay', () => {
  it('turns the question into an indirect one where it can', () => {
    const d = (q: string) => doesNotSay(q, analyzeQuestion(q));
    expect(d('How much will the railway cost?')).toBe('The article does not say how much the railway will cost.');
    // A passive or perfect verb phrase stays in order after the subject (not "ferries be will cancelled").
    expect(d('When will ferries be cancelled?')).toBe('The article does not say when ferries will be cancelled.');
    expect(d('How many ferries will be cancelled?')).toBe('The article does not say how many ferries will be cancelled.');
    expect(d('When will the new bridge open?')).toBe('The article does not say when the new bridge will open.');
    expect(d('How many documents were signed?')).toBe('The article does not say how many documents were signed.');
    expect(d('Who won the figure skating?')).toBe('The article does not say who won the figure skating.');
    expect(d('Where is the summit?')).toBe('The article does not say where the summit is.');
    expect(d('When did it start?')).toBe('The article does not say.');
  });

  it('keeps a progressive or "being" verb phrase in English order (not "how many firefighters fighting the fire are")', () => {
    const d = (q: string) => doesNotSay(q, analyzeQuestion(q));
    expect(d('How many firefighters are fighting the fire?')).toBe('The article does not say how many firefighters are fighting the fire.');
    expect(d('Why are the SUVs being recalled?')).toBe('The article does not say why the SUVs are being recalled.');
    expect(d('How many helicopters are being used?')).toBe('The article does not say how many helicopters are being used.');
    expect(d('How much is Norvik paying for Castell?')).toBe('The article does not say how much Norvik is paying for Castell.');
    expect(d('Who is leading the race?')).toBe('The article does not say who is leading the race.');
    expect(d('Who was killed in the shooting?')).toBe('The article does not say who was killed in the shooting.');
    expect(d('What was she wearing?')).toBe('The article does not say what she was wearing.');
    // An -ing word that modifies a noun or follows a preposition is not the verb.
    expect(d("How long is Santos's driving ban?")).toBe("The article does not say how long Santos's driving ban is.");
    expect(d('What is the fine for throwing litter?')).toBe('The article does not say what the fine for throwing litter is.');
    expect(d('Where is the building located?')).toBe('The article does not say where the building is located.');
  });

  it('keeps "how" with its adjective, a place phrase after "be" and a compound noun in English order', () => {
    const d = (q: string) => doesNotSay(q, analyzeQuestion(q));
    // Not "how hot will it be" / "how strong will the winds be" appended to the refusal.
    expect(d('How hot will it be?')).toBe('The article does not say how hot it will be.');
    expect(d('How strong will the winds be?')).toBe('The article does not say how strong the winds will be.');
    expect(d('How accurate was the forecast?')).toBe('The article does not say how accurate the forecast was.');
    // Not "how many homes under evacuation orders are".
    expect(d('How many homes are under evacuation orders?')).toBe('The article does not say how many homes are under evacuation orders.');
    // Not "when the Tromso will call centre close": "call" is the compound's first noun here.
    expect(d('When will the Tromso call centre close?')).toBe('The article does not say when the Tromso call centre will close.');
    expect(d('When will the union call a strike?')).toBe('The article does not say when the union will call a strike.');
  });
});

describe('part-of-speech lookups', () => {
  it('survives the lexicon entry with a stray null and other odd words', () => {
    const t = tokenize('Your constructor of __proto__ and toString hasOwnProperty your valueOf.');
    expect(t.filter((x) => x.isWord)).toHaveLength(9);
    expect(t[0].cls).toBe(Cls.Det);
  });
});

describe('what kind of X', () => {
  it('marks questions that ask for a kind of the focus noun', () => {
    expect(analyzeQuestion('What type of atmosphere helped fuel the fire?')).toMatchObject({ kindOf: true, focusWord: 'atmosphere' });
    expect(analyzeQuestion('What kind of cell did the bacteria enter?').kindOf).toBe(true);
    expect(analyzeQuestion('Which railway will be built?').kindOf).toBe(false);
  });
});

describe('alignQuestion', () => {
  const article = {
    id: 'a', title: '', caption: null, url: null, publishedAt: null, source: null,
    dateline: { place: null, date: null, agency: null },
    text: 'The partners financed a lighting company. The state budget grew. The government fought corruption with a new commission in 2003.',
  };
  const prep = prepareArticle(article);

  it('reads a misspelt or other-form question word as the article word it stands for', () => {
    expect(alignQuestion(analyzeQuestion('How does Kenya curb coruption?'), prep).terms).toContain(stem('corruption'));
    expect(alignQuestion(analyzeQuestion('Who formed the partnership?'), prep).terms).toContain(stem('partners'));
  });

  it('leaves words alone that are merely close to another word', () => {
    // "stage" is one letter from "state" but another word.
    expect(alignQuestion(analyzeQuestion('What stage did it reach?'), prep).terms).toContain(stem('stage'));
    expect(editDistance('cyanobacteria', 'cynaobacteria', 2)).toBe(1);
    expect(editDistance('state', 'stage', 1)).toBe(1);
  });

  it('finds the sentence a misspelt question asks about', () => {
    const a = answer('When did the comission against coruption start?', article);
    expect(a.evidence[0].sentence).toContain('2003');
    expect(a.answer).toBe('2003');
  });
});

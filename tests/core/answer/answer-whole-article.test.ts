/**
 * Questions about the whole article ("What is this about?", "Where was this?", "Who spoke?",
 * "Who is involved?"): answered from the briefing's own reading (its TL;DR, the dateline, the
 * people it names), each quoting the sentences it rests on; before, they were refused as if the
 * article did not say.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answer, answerOutcome, doesNotSay } from '../../../src/core/answer/answer.ts';
import { wholeArticleKind } from '../../../src/core/answer/article-questions.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';
import { summarizeForChat } from '../../../src/core/brief/summarize.ts';
import { answerMessage } from '../../../src/core/message/build.ts';

const SEED_ID = '000_96cf53ebe954ef7b';
const seed = parseArticle(readFileSync(`briefings/${SEED_ID}.txt`, 'utf8'), { id: SEED_ID, fileName: `${SEED_ID}.txt` });

const STORY = [
  'Harbour ferries suspended as storm nears',
  '',
  'OSLO, Dec. 5 (Reuters) -- Ferry crossings in the Oslo fjord will stop on Sunday evening as a storm approaches, the operator said on Saturday.',
  '',
  '"We cannot take the risk with waves this high," said Kari Nordmann, head of operations at Fjordline.',
  '',
  'Harbour master Ole Hansen told reporters that the port would reopen on Monday if the wind dropped.',
  '',
  'The crossings carry about 12,000 passengers a day.',
].join('\n');
const story = parseArticle(STORY, { id: 'ferries', fileName: 'ferries.txt' });

const NO_DATELINE = parseArticle(
  ['Library opens in old station', '', 'The town library reopened in the old railway station after two years of work.', '', 'Visitors queued from early morning.'].join('\n'),
  { id: 'library', fileName: 'library.txt' },
);

describe('questions about the whole article', () => {
  it('"What is this about?" and "What happened?" give the lead the briefing chose, once', () => {
    for (const q of ['What is this about?', 'What happened?', "what's the story about", 'Summarise this', 'So what is going on?']) {
      const a = answer(q, story);
      expect(a.found, q).toBe(true);
      expect(a.answer, q).toMatch(/^Ferry crossings in the Oslo fjord will stop on Sunday evening/);
      expect(a.evidence[0].sentence, q).toBe(a.answer);
      // The chat message does not quote the answer a second time.
      expect(answerMessage(a, story).fields ?? [], q).toHaveLength(0);
    }
  });

  it('"Where was this?" is the dateline\'s place, spelled as the briefing spells it', () => {
    for (const q of ['Where was this?', 'Where did it happen?', 'Where is this story from?', 'where was it filed']) {
      const a = answer(q, story);
      expect(a.found, q).toBe(true);
      expect(a.answer, q).toBe('Oslo (the dateline)');
      expect(a.evidence[0].sentence, q).toContain('Oslo fjord');
    }
    expect(answer('Where did it happen?', seed).answer).toBe('Beijing (the dateline)');
    // No dateline and no place in the opening paragraph: the answerer goes on as for any question (and does not invent a place).
    expect(answer('Where was this?', NO_DATELINE).answer).not.toContain('(the dateline)');
    // No dateline: the first place the opening paragraph names, as a hedge quoting its sentence.
    const lyon = parseArticle(['Cat rescued', '', 'Firefighters in Lyon rescued a cat from a tree on Monday.', '', 'The owner thanked them.'].join('\n'), { id: 'cat', fileName: 'cat.txt' });
    const hedge = answer('Where did it happen?', lyon);
    expect(hedge).toMatchObject({ found: true, answer: 'Lyon' });
    expect(answerOutcome(hedge)).toBe('hedged');
    expect(answerMessage(hedge, lyon).text).toBe('The article suggests Lyon, but does not say it outright:');
  });

  it('"Who spoke?" names the people quoted, each with a sentence where they speak, all shown in chat', () => {
    const a = answer('Who spoke?', story);
    expect(a.answer).toBe('Kari Nordmann and Ole Hansen');
    expect(a.evidence.map((e) => e.sentence)).toEqual([
      '"We cannot take the risk with waves this high," said Kari Nordmann, head of operations at Fjordline.',
      'Harbour master Ole Hansen told reporters that the port would reopen on Monday if the wind dropped.',
    ]);
    const m = answerMessage(a, story);
    expect(m.fields?.[0].value.split('\n')).toHaveLength(2);
    const s = answer('Who is quoted?', seed);
    expect(s.answer).toBe('Xi Jinping and Sadyr Zhaparov');
    expect(s.evidence[1].sentence).toMatch(/^Zhaparov expressed/);
  });

  it('"Who is involved?" lists the briefing\'s people; a story that names nobody says so', () => {
    expect(answer('Who is involved?', story).answer).toBe('Kari Nordmann and Ole Hansen');
    expect(answer('Who are the people in this story?', seed).answer).toBe('Xi Jinping and Sadyr Zhaparov');
    const none = answer('Who is involved?', NO_DATELINE);
    expect(none.found).toBe(false);
    expect(none.answer).toBe('The article names no people.');
    // The agency named only in the dateline is listed too, with no sentence to quote for it.
    const orgs = answer('Which organisations are mentioned?', story);
    expect(orgs.answer).toBe('Reuters');
    expect(orgs.evidence).toEqual([]);
    expect(answer('Which places are mentioned?', seed).answer).toMatch(/^China, Kyrgyzstan, Beijing/);
  });

  it('"Tell me about X" gives the first sentence that says X, and says so when the article never mentions X', () => {
    // Before: "tell me about the railway" was refused ("The article does not say.").
    const a = answer('tell me about the railway', seed);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^Xi noted that China is willing to increase its import/);
    // (The next sentence is quoted too only when it names the topic as well; here it does not.)
    expect(a.evidence.map((e) => e.sentence.slice(0, 30))).toEqual(['Xi noted that China is willing']);
    expect(answer('What about Taiwan?', seed).answer).toMatch(/^Zhaparov expressed/);
    const none = answer('tell me about the weather', seed);
    expect(none.found).toBe(false);
    expect(none.answer).toBe('The article does not mention the weather.');
    // A question is still a question: "What about" must open the request.
    expect(answer('What did Xi say about the railway?', seed).answer).toMatch(/^China is willing to increase/);
  });

  it('"Which news agency reported this?" gives the dateline\'s agency, "Who took the photo?" the caption\'s credit', () => {
    // Before: both refused ("shares no word with the question").
    for (const q of ['Which news agency reported this?', 'Who wrote this?', 'What is the source?', 'who reported the story']) expect(answer(q, seed).answer, q).toBe('Xinhua (the dateline)');
    const photo = answer('Who took the photo?', seed);
    expect(photo.answer).toBe('Ding Lin (Xinhua)');
    expect(photo.evidence[0].sentence).toMatch(/\(Xinhua\/Ding Lin\)$/);
    // No dateline agency, no site, no caption credit: the answerer goes on as for any question (and refuses).
    expect(answer('Who wrote this?', NO_DATELINE).found).toBe(false);
    expect(answer('Who took the photo?', story).found).toBe(false);
    // A source inside the story is asked about the story's words, not the dateline.
    expect(wholeArticleKind('What is the source of the funding?')).toBeNull();
  });

  it('"Which countries are involved?" names the countries of the headline and TL;DR, not every country a sentence touches on', () => {
    // Before, the span model answered "Xinjiang, Taiwan and Hong Kong" (65%) from Zhaparov's sentence.
    for (const q of ['Which countries are involved?', 'What country is involved?', 'which countries were involved']) {
      const a = answer(q, seed);
      expect(a.answer, q).toBe('China and Kyrgyzstan');
      expect(a.evidence.length, q).toBeGreaterThan(0);
    }
    // "... mentioned?" lists the places the story names, as "Which places are mentioned?" does: the bot
    // does not decide which places are countries.
    expect(answer('Which countries are mentioned?', seed).answer).toBe(answer('Which places are mentioned?', seed).answer);
    // A story whose headline and lead name no country: every country it names.
    const ferry = parseArticle(
      ['Ferry service resumes', '', 'The ferry between the two ports sailed again on Friday after a week of repairs.', '', 'Passengers travelled from Denmark and Norway for the first crossing.'].join('\n'),
      { id: 'ferry2', fileName: 'ferry2.txt' },
    );
    expect(answer('Which countries are involved?', ferry).answer).toBe('Denmark and Norway');
    expect(answer('Which countries are involved?', NO_DATELINE).found).toBe(false);
    // Other questions about countries are read from the sentences as before.
    expect(wholeArticleKind('Which countries signed the deal?')).toBeNull();
  });

  it('in copy written all in lower case, names the people as the briefing does and quotes the article as written', () => {
    const lower = parseArticle(
      ['harbour closed after storm', '', 'the harbour in dover was closed on monday after a storm damaged the pier, officials said.', '', 'harbour master james cole said repairs would take a week. "we were lucky nobody was hurt," mr cole said.'].join('\n'),
      { id: 'lc', fileName: 'lc.txt' },
    );
    const who = answer('Who is involved?', lower);
    expect(who.answer).toBe(summarizeForChat(lower).entities.people.map((p) => p.name).join(' and '));
    expect(who.answer).toBe('James Cole');
    expect(who.evidence[0].sentence).toMatch(/^harbour master james cole said/);
    const said = answer('What did James Cole say?', lower);
    // (Session 24: his own words quoted outright answer first, as written in lower case.)
    expect(said.answer).toBe('we were lucky nobody was hurt');
    expect(said.evidence).toHaveLength(2);
  });

  it('leaves questions about something in particular to the answerer', () => {
    for (const q of ['What is the railway about?', 'Where did Xi meet Zhaparov?', 'Who spoke at the ceremony?', 'What happened to the ferries?', 'Who is Sadyr Zhaparov?'])
      expect(wholeArticleKind(q), q).toBeNull();
    expect(answer('Who is Sadyr Zhaparov?', seed).answer).not.toContain(' and ');
  });
});

describe('a refusal keeps a closing preposition last', () => {
  it('"What was the meeting about?" -> "what the meeting was about"', () => {
    const d = (q: string) => doesNotSay(q, analyzeQuestion(q));
    expect(d('What was the meeting about?')).toBe('The article does not say what the meeting was about.');
    expect(d('Who is the railway for?')).toBe('The article does not say who the railway is for.');
    expect(d('Where is the summit?')).toBe('The article does not say where the summit is.');
  });
});

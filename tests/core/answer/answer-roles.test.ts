/**
 * The roles of roles.ts: which argument of its verb a question asks for, where a candidate span
 * sits relative to the sentence's counterpart of that verb, and whether the two agree once the
 * sentence's voice is read in.
 */
import { describe, expect, it } from 'vitest';
import { alignQuestion } from '../../../src/core/answer/align.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { CRole, candidateRole, QRole, rolesAgree, sentenceRoles } from '../../../src/core/answer/roles.ts';
import { questionTerms, sentenceFacts } from '../../../src/core/answer/sentence-facts.ts';
import { stem } from '../../../src/core/answer/spans.ts';

describe('questionRole', () => {
  it('reads the doer from "Who/Which X verbed ..." and from "by whom"', () => {
    expect(analyzeQuestion('Who listed the Grainger Market as grade I in 1954?').role).toMatchObject({ role: QRole.Agent, verb: stem('listed') });
    expect(analyzeQuestion('Which company bought the newspaper?').role).toMatchObject({ role: QRole.Agent, verb: stem('bought') });
    expect(analyzeQuestion('By whom was the market listed?').role).toMatchObject({ role: QRole.Agent, verb: stem('listed') });
    expect(analyzeQuestion('The market was listed by whom?').role).toMatchObject({ role: QRole.Agent, verb: stem('listed') });
  });

  it('reads the object from "What did X verb", a second object when the verb has one already', () => {
    expect(analyzeQuestion('What did Microsoft sign in 1990?').role).toMatchObject({ role: QRole.Patient, verb: stem('sign') });
    expect(analyzeQuestion('How many people did the war kill?').role).toMatchObject({ role: QRole.Patient, verb: stem('kill') });
    expect(analyzeQuestion('What did Luther call the mass instead of sacrifice?').role).toMatchObject({ role: QRole.Second, verb: stem('call') });
    expect(analyzeQuestion('What is the process called?').role).toMatchObject({ role: QRole.Second, verb: stem('called') });
  });

  it('reads a passive subject, a preposition\'s object, a copula and adjuncts', () => {
    expect(analyzeQuestion('What was built in 1990?').role).toMatchObject({ role: QRole.Patient, verb: stem('built') });
    expect(analyzeQuestion('What was the market compared to?').role).toMatchObject({ role: QRole.Prep, prep: 'to', verb: stem('compared') });
    expect(analyzeQuestion('With whom did Tesla work in Paris?').role).toMatchObject({ role: QRole.Prep, prep: 'with', verb: stem('work') });
    expect(analyzeQuestion('What is the capital of France?').role.role).toBe(QRole.Be);
    expect(analyzeQuestion('When did Luther die?').role).toMatchObject({ role: QRole.Adjunct, verb: stem('die') });
    expect(analyzeQuestion('Name the river.').role.role).toBe(QRole.None);
    expect(analyzeQuestion('What year did Tesla die?').role.role).toBe(QRole.Adjunct);
  });

  it('reads the subject when the verb follows the auxiliary, and "has" as a main verb', () => {
    expect(analyzeQuestion('Who may not require a licence?').role).toMatchObject({ role: QRole.Agent, verb: stem('require') });
    expect(analyzeQuestion('Which entity has a monopoly on legislation?').role).toMatchObject({ role: QRole.Agent, verb: stem('has') });
    expect(analyzeQuestion('What band is often regarded as the first folk metal group?').role).toMatchObject({ role: QRole.Patient, verb: stem('regarded') });
    expect(analyzeQuestion('What is an example of a parasite that used this strategy?').role.role).toBe(QRole.Be);
  });
});

/** The role and agreement of the span `span` (its words, verbatim) of `sentence` for `question`. */
function roleOf(question: string, sentence: string, span: string): { role: number; agree: number } {
  const article = {
    id: 'a', title: '', caption: null, url: null, publishedAt: null, source: null,
    dateline: { place: null, date: null, agency: null }, text: sentence,
  };
  const prep = prepareArticle(article);
  const q = alignQuestion(analyzeQuestion(question), prep);
  const facts = sentenceFacts(prep, q, questionTerms(prep, q), 0, false);
  const words = span.split(' ');
  const i = facts.toks.findIndex((t, k) => words.every((w, m) => facts.toks[k + m]?.text === w));
  if (i < 0) throw new Error(`no span ${span}`);
  const sr = sentenceRoles(facts.toks, facts.clause, q.role);
  const c = candidateRole(sr, i, i + words.length - 1, facts.n);
  return { role: c.role, agree: rolesAgree(q.role.role, c.role, c.verb >= 0 && sr.passive[c.verb] === 1) };
}

describe('candidateRole and rolesAgree', () => {
  const listed = 'The Grainger Market was listed as grade II by English Heritage in 1954.';
  it('finds the doer of a passive sentence after "by", not the complement', () => {
    const q = 'Who listed the Grainger Market as grade I in 1954?';
    expect(roleOf(q, listed, 'English Heritage')).toEqual({ role: CRole.AfterBy, agree: 1 });
    expect(roleOf(q, listed, 'II')).toMatchObject({ agree: 2 });
    expect(roleOf(q, listed, 'The Grainger Market')).toEqual({ role: CRole.Before, agree: 2 });
  });

  it('finds the subject and object of an active sentence, the verb read through inflection', () => {
    const s = 'In 1990 Microsoft signed a deal with IBM.';
    expect(roleOf('What did Microsoft sign in 1990?', s, 'a deal')).toEqual({ role: CRole.After, agree: 1 });
    expect(roleOf('What did Microsoft sign in 1990?', s, 'IBM')).toEqual({ role: CRole.AfterPrep, agree: 2 });
    expect(roleOf('Who signed a deal with IBM?', s, 'Microsoft')).toEqual({ role: CRole.Before, agree: 1 });
  });

  it('finds a second object after the first, and the object of the asked preposition', () => {
    const s = 'Luther called the mass a gift rather than a sacrifice.';
    expect(roleOf('What did Luther call the mass instead of sacrifice?', s, 'gift')).toEqual({ role: CRole.AfterFar, agree: 1 });
    expect(roleOf('What did Luther call the mass instead of sacrifice?', s, 'the mass')).toEqual({ role: CRole.After, agree: 2 });
    expect(roleOf('What was the market compared to?', 'Critics compared the market to a cathedral.', 'a cathedral')).toEqual({ role: CRole.AfterQPrep, agree: 1 });
  });

  it('reads a participle before "by" as passive without "be"', () => {
    const s = 'Reinforcements arrived in May 1756, led by General Montcalm.';
    expect(roleOf('Who led the reinforcements in 1756?', s, 'General Montcalm')).toEqual({ role: CRole.AfterBy, agree: 1 });
  });

  it('says nothing when the sentence lacks the verb or the question asks for no argument', () => {
    expect(roleOf('Who listed the market?', 'English Heritage owns the market.', 'English Heritage')).toEqual({ role: CRole.NoVerb, agree: 0 });
    expect(roleOf('When did Luther die?', 'Luther died in 1546.', '1546').agree).toBe(0);
  });
});

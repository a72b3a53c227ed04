/**
 * Session 25 (spans): the right sentence, the wrong part of it. A which/what-question answered with
 * the question's own kind ("the bigger festivals") when the sentence names the instances right
 * after it. Short stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const FESTIVALS = parseArticle(
  'Storms cancel summer festivals\n\n' +
    'MANCHESTER, July 12, 2026 (PA) -- Organisers called off several summer events on Saturday after a week of storms across northern England.\n\n' +
    'Some of the bigger festivals that were hit by the storms included Parklife, Kendal Calling and Bluedot.\n\n' +
    'Police moved the crowds out of the showground in four towns -- Bolton, Wigan and Preston.\n\n' +
    'The organisers said ticket holders would get their money back within a month.',
  { id: 'festivals25' },
);

describe('the kind asked for, named after "included" or a dash: the names, not the kind', () => {
  it('"the bigger festivals that were hit ... included Parklife, Kendal Calling and Bluedot"', () => {
    expect(answer('Which festivals were hit by the storms?', FESTIVALS)).toMatchObject({ found: true, answer: 'Parklife, Kendal Calling and Bluedot' });
  });

  it('"in four towns -- Bolton, Wigan and Preston": the towns, not their number', () => {
    expect(answer('In which towns did police move the crowds out of the showground?', FESTIVALS)).toMatchObject({ found: true, answer: 'Bolton, Wigan and Preston' });
  });
});

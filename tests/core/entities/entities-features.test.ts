import { describe, expect, it } from 'vitest';
import { featurizedCandidates } from '../../../src/core/entities/entities.ts';
import { contextWeights, nameFeatures, scoreMention, scoreStory, storyContext } from '../../../src/core/entities/features.ts';
import { scores, SHIPPED_WEIGHTS } from '../../../src/core/entities/model.ts';

/** Our own stories, with the shapes the organisation features look at (sports plurals, "club X", "news agency X"). */
const STORIES = [
  {
    title: 'Soccer - Herons beat Rams after club fined',
    text: 'Portuguese club Brandovar were fined on Friday. The Kingsport Herons beat the Riverton Hawks 4-3 as Brandovar striker Rui Tavares watched.\n\nThe Herons lead the table.',
  },
  {
    title: 'Ferry strike halts island traffic',
    text: 'Dock workers walked out, the Norland news agency Vestrapress reported. Vestrapress said the Organisation for Security and Cooperation in Europe would send observers. An analyst at Pemberton Gale & Co. agreed.',
  },
];

describe('the classifier scores a name as it was trained', () => {
  it('the shipped fast path (per-word look-ups) adds up to the feature strings the model learnt from', () => {
    const cw = contextWeights(SHIPPED_WEIGHTS);
    let checked = 0;
    for (const s of STORIES) {
      const { candidates, features } = featurizedCandidates({ ...s, dateline: { place: null, date: null, agency: null } });
      const ctx = storyContext(candidates, s.title);
      candidates.forEach((c, i) => {
        const acc = [0, 0, 0, 0];
        nameFeatures(c.words, c.text, (f) => {
          const v = SHIPPED_WEIGHTS.get(f);
          if (v) for (let k = 0; k < 4; k++) acc[k] += v[k];
        });
        const name = ctx.byText.get(c.text);
        if (name) scoreStory(name, ctx, cw, acc);
        scoreMention(c, ctx, cw, acc);
        const expected = scores(features[i], SHIPPED_WEIGHTS);
        for (let k = 0; k < 4; k++) expect(acc[k]).toBeCloseTo(expected[k], 6);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(10);
  });
});

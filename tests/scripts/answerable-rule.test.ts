/**
 * The rule that weighs the answerability model's training sets and chooses its refusal thresholds
 * (scripts/answerable-rule.ts), on made-up held-out scores: it chooses as it states.
 */
import { describe, expect, it } from 'vitest';
import { ANSWERABLE_FEATURES, NANSWERABLE } from '../../src/core/answer/answerable.ts';
import type { AnswerableExample } from '../../scripts/answerable-cv.ts';
import { chooseShare, chooseThresholds, compareScored, decisions, isNewsCopyExample, nestedFigures, QA_DEV_FLOOR, score, withShares, type RuleData, type ShareCandidate } from '../../scripts/answerable-rule.ts';

/** An example the model decides; `news` switches the news-copy features on as the answerer does. */
function ex(o: { impossible?: boolean; f1?: number; news?: boolean; floor?: number; group?: string }): AnswerableExample {
  const features = new Float64Array(NANSWERABLE);
  features[0] = 1;
  if (o.news) features[ANSWERABLE_FEATURES.indexOf('news')] = 1;
  const f1 = o.impossible ? 0 : (o.f1 ?? 1);
  return { group: o.group ?? 'a', impossible: o.impossible === true, span: 'x', f1, em: f1, right: f1 >= 0.5, features, pattern: false, vetoed: false, floor: o.floor };
}

/**
 * News: ten unanswerable questions at 0.05 .. 0.50, so refusing 90% needs a news threshold of
 * 0.46 or more; five answerable ones, right, at 0.30, 0.50, 0.55, 0.60 and one at 0.10 that the answerer's
 * floor (0.65) answers anyway. qa2 (always refuse 50): unanswerable at 0.30 and 0.50, answerable at
 * 0.40 and 0.60, so it beats the baseline by 25 points for thresholds 0.31-0.40 and 0.51-0.60.
 * qa-dev: answerable at 0.20 and 0.45 (F1 100 / 50 / 0 as they are refused).
 */
function data(): RuleData {
  const news = [
    ...Array.from({ length: 10 }, () => ex({ impossible: true, news: true })),
    ...[0.3, 0.5, 0.55, 0.6, 0.1].map((_, k) => ex({ news: true, floor: k === 4 ? 0.65 : 0 })),
  ];
  const pNews = Float64Array.from([...Array.from({ length: 10 }, (_, k) => 0.05 * (k + 1)), 0.3, 0.5, 0.55, 0.6, 0.1]);
  const qa2 = [ex({ impossible: true }), ex({ impossible: true }), ex({}), ex({})];
  const pQa2 = Float64Array.from([0.3, 0.5, 0.4, 0.6]);
  const dev = [ex({}), ex({})];
  const pDev = Float64Array.from([0.2, 0.45]);
  return { qa2, pQa2, news, pNews, dev, pDev };
}

describe('the answerability rule', () => {
  it('gives each set its share of the weight, whatever its size, keeping the mean weight 1', () => {
    const big = Array.from({ length: 30 }, () => ex({}));
    const small = Array.from({ length: 10 }, () => ex({ news: true }));
    const [a, b] = withShares([big, small], [0.25, 0.75]);
    const sum = (xs: AnswerableExample[]) => xs.reduce((s, e) => s + (e.weight ?? 1), 0);
    expect(sum(b) / (sum(a) + sum(b))).toBeCloseTo(0.75, 10);
    expect((sum(a) + sum(b)) / 40).toBeCloseTo(1, 10);
    // Twice the news questions: the same share, so a news question counts half as much against an encyclopaedia one.
    const [a2, b2] = withShares([big, [...small, ...small]], [0.25, 0.75]);
    expect(sum(b2) / (sum(a2) + sum(b2))).toBeCloseTo(0.75, 10);
    expect(b2[0].weight! / a2[0].weight!).toBeCloseTo(b[0].weight! / a[0].weight! / 2, 10);
  });

  it('tells news copy from other text by the features the answerer switched on, not by the set', () => {
    expect(isNewsCopyExample(ex({ news: true }))).toBe(true);
    expect(isNewsCopyExample(ex({}))).toBe(false);
  });

  it('refuses 90% of the news set first, then answers as much news as that allows, and balances qa2 against qa-dev', () => {
    const c = chooseThresholds(data());
    // Thresholds 0.46-0.50 refuse 9 of the 10 and keep every right answer at 0.50 and above: of the tie, the highest.
    expect(c.thresholds.news).toBe(0.5);
    expect(c.figures.newsRefused).toBeCloseTo(0.9, 10);
    // 0.50, 0.55, 0.60 and the floored one: 4 of 5.
    expect(c.figures.newsRight).toBeCloseTo(0.8, 10);
    // Plain text: 0.31-0.40 keeps qa2 25 points over always-refuse while qa-dev stays over its floor
    // (one of two answered: 50 F1); 0.51-0.60 would be as good for qa2 and refuse all of qa-dev.
    // Of the tied 0.31-0.40 the highest.
    expect(c.thresholds.plain).toBe(0.4);
    expect(c.figures.qa2F1).toBeCloseTo(75, 10);
    expect(c.figures.devF1).toBeCloseTo(50, 10);
    expect(c.scored.sorted[0]).toBeCloseTo(50 - QA_DEV_FLOOR, 10);
  });

  it('the thresholds are the answerer\'s: news copy at its own, other text at the plain one, a floor kept', () => {
    const d = data();
    const t = { plain: 0.4, news: 0.5 };
    expect([...decisions(d.qa2, d.pQa2, t)]).toEqual([0, 1, 1, 1]);
    expect([...decisions(d.news, d.pNews, t)].slice(8)).toEqual([0, 1, 0, 1, 1, 1, 1]);
  });

  it('when no threshold refuses 90% of the news set, refuses the most it can', () => {
    const d = data();
    // Every unanswerable news question now scores 0.9: only thresholds above 0.9 would refuse them.
    d.pNews.fill(0.9, 0, 10);
    const c = chooseThresholds(d);
    expect(c.scored.feasible).toBe(false);
    expect(c.figures.newsRefused).toBe(0);
    const d2 = data();
    d2.pNews.fill(0.59, 0, 10);
    expect(chooseThresholds(d2).thresholds.news).toBe(0.6);
  });

  it('compares by the news refusals first, then by the worst margin, then the next', () => {
    const s = (feasible: boolean, newsRefused: number, sorted: number[]) => ({ feasible, newsRefused, sorted });
    expect(compareScored(s(true, 0.9, [-10, 0, 0]), s(false, 0.89, [5, 5, 5]))).toBeGreaterThan(0);
    expect(compareScored(s(false, 0.88, [5, 5, 5]), s(false, 0.89, [-9, 0, 0]))).toBeLessThan(0);
    expect(compareScored(s(true, 0.95, [-3, 20, 30]), s(true, 0.99, [-4, 30, 40]))).toBeGreaterThan(0);
    expect(compareScored(s(true, 0.95, [-3, 2, 30]), s(true, 0.95, [-3, 1, 90]))).toBeGreaterThan(0);
    expect(compareScored(s(true, 0.95, [1, 2, 3]), s(true, 0.97, [1, 2, 3]))).toBe(0);
    // Margins are points: qa2 over always-refuse, qa-dev over its floor, news right over 75%.
    expect(score({ qa2F1: 52, qa2AlwaysRefuse: 50, devF1: QA_DEV_FLOOR - 1, newsRefused: 0.91, newsRight: 0.8 }).sorted.map((x) => Math.round(x * 10) / 10)).toEqual([-1, 2, 5]);
  });

  it('ships the best share among those calibrated within tolerance, the smaller share on a tie', () => {
    const cand = (share: number, gap: number, sorted: number[]): ShareCandidate => ({
      share,
      gap,
      thresholds: { plain: 0.2, news: 0.2 },
      figures: { qa2F1: 0, qa2AlwaysRefuse: 0, devF1: 0, newsRefused: 0.9, newsRight: 0 },
      scored: { feasible: true, newsRefused: 0.9, sorted },
    });
    expect(chooseShare([cand(0.2, 0.05, [-5, 1, 2]), cand(0.4, 0.05, [-2, 0, 0]), cand(0.6, 0.2, [3, 3, 3])], 0.1).share).toBe(0.4);
    expect(chooseShare([cand(0.6, 0.05, [-2, 0, 0]), cand(0.4, 0.05, [-2, 0, 0])], 0.1).share).toBe(0.4);
    // None calibrated within tolerance: the objective alone.
    expect(chooseShare([cand(0.2, 0.2, [-5, 1, 2]), cand(0.6, 0.3, [3, 3, 3])], 0.1).share).toBe(0.6);
  });

  it('reports the figures of thresholds chosen on the other articles: the same when every article looks alike', () => {
    const one = data();
    const two = (g: string): RuleData => {
      const d = data();
      for (const xs of [d.qa2, d.news, d.dev]) xs.forEach((e) => (e.group = g));
      return d;
    };
    const [a, b] = [two('a'), two('b')];
    const d: RuleData = {
      qa2: [...a.qa2, ...b.qa2],
      pQa2: Float64Array.from([...a.pQa2, ...b.pQa2]),
      news: [...a.news, ...b.news],
      pNews: Float64Array.from([...a.pNews, ...b.pNews]),
      dev: [...a.dev, ...b.dev],
      pDev: Float64Array.from([...a.pDev, ...b.pDev]),
    };
    const nested = nestedFigures(d, 2);
    expect(nested.thresholds).toEqual([chooseThresholds(one).thresholds, chooseThresholds(one).thresholds]);
    expect(nested.figures).toEqual(chooseThresholds(d).figures);
  });
});

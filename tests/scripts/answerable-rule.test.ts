/**
 * The rule that chooses the answerability model's form, training-set shares and refusal thresholds
 * together (scripts/answerable-rule.ts), on made-up held-out scores: it chooses as it states.
 */
import { describe, expect, it } from 'vitest';
import { ANSWERABLE_FEATURES, NANSWERABLE } from '../../src/core/answer/answerable.ts';
import type { AnswerableExample } from '../../scripts/answerable-cv.ts';
import { chooseJoint, chooseThresholds, decisions, guardOf, isNewsCopyExample, nestedFigures, NOISE_POINTS, pickChoice, QA_DEV_FLOOR, score, TARGET_GUARD, THRESHOLD_GRID, withShares, type RuleCandidate, type RuleData } from '../../scripts/answerable-rule.ts';

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

  it('refuses 90% of the news set first, then protects the worst margin, then the sum; ties take the middle thresholds', () => {
    const c = chooseThresholds(data());
    // News thresholds 0.46-0.50 refuse 9 of the 10 and keep 4 of 5 right (0.50, 0.55, 0.60 and the floored one).
    // Plain 0.31-0.40: qa2 25 points over always-refuse, qa-dev 50 (one of two), the best worst margin
    // (50 - 48.9); 0.21-0.30 has worst margin 0 (qa2 at the baseline), more than the noise below it.
    // The tie is 0.31-0.40 x 0.46-0.50: the middle of each.
    expect(c.thresholds).toEqual({ plain: 0.35, news: 0.48 });
    expect(c.figures.newsRefused).toBeCloseTo(0.9, 10);
    expect(c.figures.newsRight).toBeCloseTo(0.8, 10);
    expect(c.figures.qa2F1).toBeCloseTo(75, 10);
    expect(c.figures.devF1).toBeCloseTo(50, 10);
    expect(c.scored.worst).toBeCloseTo(50 - QA_DEV_FLOOR, 10);
    expect(c.scored.sum).toBeCloseTo(25 + 50 - QA_DEV_FLOOR + 5, 6);
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

  it('scores margins in points: qa2 over always-refuse, qa-dev over its floor, news right over 75%', () => {
    const s = score({ qa2F1: 52, qa2AlwaysRefuse: 50, devF1: QA_DEV_FLOOR - 1, newsRefused: 0.91, newsRight: 0.8 });
    expect(s.margins.map((x) => Math.round(x * 10) / 10)).toEqual([2, -1, 5]);
    expect(s.worst).toBeCloseTo(-1, 9);
    expect(s.sum).toBeCloseTo(6, 9);
    // 91% refused, but qa-dev a point under its floor: not a choice step 1 keeps (session 15).
    expect(s.floorKept).toBe(false);
    expect(s.feasible).toBe(false);
    expect(score({ qa2F1: 52, qa2AlwaysRefuse: 50, devF1: QA_DEV_FLOOR, newsRefused: 0.91, newsRight: 0.8 }).feasible).toBe(true);
  });

  const single = (share: number): RuleCandidate => ({ fit: { form: 'single' }, share, data: data(), gap: 0 });
  const factored = (share: number): RuleCandidate => ({ fit: { form: 'factored' }, share, data: data(), gap: 0 });
  const choice = (candidate: RuleCandidate, news: number, refused: number, margins: number[], floorKept = true) => ({
    candidate,
    thresholds: { plain: 0.2, news },
    scored: { feasible: refused >= 0.9 && floorKept, floorKept, newsRefused: refused, margins, worst: Math.min(...margins), sum: margins.reduce((a, b) => a + b, 0) },
  });

  it('does not let a gain below the noise on the worst margin outweigh a larger loss elsewhere', () => {
    // Session 9's case: news threshold 0.31 (qa2 -2.95, news right -0.1) against 0.34 (qa2 -2.90, news -0.8).
    const a = choice(single(0.3), 0.31, 0.902, [-2.95, -1.2, -0.1]);
    const b = choice(single(0.3), 0.34, 0.904, [-2.9, -1.2, -0.8]);
    expect(pickChoice([b, a]).choice.thresholds.news).toBe(0.31);
    // Beyond the noise the worst margin decides, whatever the sum.
    const c = choice(single(0.3), 0.4, 0.95, [-2.2, -1.2, -0.8]);
    const d = choice(single(0.3), 0.2, 0.91, [-3, 10, 10]);
    expect(pickChoice([d, c]).choice).toBe(c);
    expect(NOISE_POINTS).toBeGreaterThan(0.05);
  });

  it('puts the news refusals before every margin', () => {
    const ok = choice(single(0.3), 0.3, 0.9, [-10, -10, -10]);
    const better = choice(single(0.3), 0.2, 0.89, [5, 5, 5]);
    expect(pickChoice([better, ok]).choice).toBe(ok);
    const most = choice(single(0.3), 0.3, 0.88, [-10, -10, -10]);
    expect(pickChoice([better, most]).choice).toBe(better);
  });

  it('keeps the qa-dev floor with the news refusals: a choice that breaks the floor loses to one that keeps both, and to one that keeps the floor when none refuses enough', () => {
    const breaks = choice(single(0.3), 0.24, 0.902, [-0.2, -0.9, -3.4], false);
    const keeps = choice(single(0.2), 0.3, 0.901, [-2.6, 0.1, -4.4]);
    expect(pickChoice([breaks, keeps]).choice).toBe(keeps);
    // Neither refuses 90%: the one keeping the floor, though another refuses more.
    const more = choice(single(0.3), 0.24, 0.899, [-0.2, -0.9, -3.4], false);
    const kept = choice(single(0.3), 0.2, 0.879, [-2.9, 0, -1.7]);
    expect(pickChoice([more, kept]).choice).toBe(kept);
    // With no qa-dev data the floor holds by itself.
    expect(score({ qa2F1: 52, qa2AlwaysRefuse: 50, devF1: 0, newsRefused: 0.91, newsRight: 0.8 }, { qa2: [1], dev: [], news: [1] } as unknown as RuleData).floorKept).toBe(true);
  });

  it('on equal figures prefers one head, then the smaller news share', () => {
    const m = [-1, -1, -1];
    expect(pickChoice([choice(factored(0.2), 0.3, 0.9, m), choice(single(0.4), 0.3, 0.9, m), choice(single(0.3), 0.3, 0.9, m)]).choice.candidate.share).toBe(0.3);
    const f = pickChoice([choice(factored(0.2), 0.3, 0.9, m), choice(factored(0.4), 0.3, 0.9, [-1, -1, 0])]).choice.candidate;
    expect(f.share).toBe(0.4);
  });

  it('chooses form, share and thresholds together, among the candidates calibrated within tolerance', () => {
    const good = { ...single(0.3), gap: 0.05 };
    const loose = { ...factored(0.2), gap: 0.2 };
    // The loose candidate answers qa-dev better (higher probabilities) but is out of the calibration gate.
    loose.data = { ...loose.data, pDev: Float64Array.from([0.95, 0.95]) };
    const { choice: c, trace } = chooseJoint([loose, good], 0.1);
    expect(c.candidate).toBe(good);
    expect(trace.calibrated).toBe(1);
    expect(chooseJoint([loose, good], Infinity).choice.candidate).toBe(loose);
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

  // Session 20: step 1 keeps the shipped answerer's news figures instead of the 90% target.
  it('with the shipped answerer\'s news figures as the guard, keeps the news answers right that the 90% target gives up', () => {
    // The shipped answerer refuses half the unanswerable news questions and answers all five right:
    // news thresholds 0.26-0.30 keep both (0.05 .. 0.25 refused, the answer at 0.30 still given); the middle.
    const guard = guardOf({ newsRefused: 0.5, newsRight: 1 });
    const c = chooseThresholds(data(), THRESHOLD_GRID, guard);
    expect(c.thresholds).toEqual({ plain: 0.35, news: 0.28 });
    expect(c.figures.newsRefused).toBeCloseTo(0.5, 10);
    expect(c.figures.newsRight).toBeCloseTo(1, 10);
    expect(c.scored.feasible).toBe(true);
    // The 90% target (the rule before) gives up the answer at 0.30 for four more refusals.
    const t = chooseThresholds(data(), THRESHOLD_GRID, TARGET_GUARD);
    expect(t.thresholds.news).toBe(0.48);
    expect(t.figures.newsRight).toBeCloseTo(0.8, 10);
  });

  it('holds the guard on the model that would ship as well as on the cross-validated one', () => {
    const guard = guardOf({ newsRefused: 0.5, newsRight: 1 });
    // Fitted on every example, the model puts the answer at 0.30 at 0.27: news thresholds 0.26-0.27 keep it.
    const shipped = data();
    shipped.pNews[10] = 0.27;
    const c = chooseThresholds(data(), THRESHOLD_GRID, guard, shipped);
    expect(c.thresholds.news).toBe(0.26);
    expect(c.shippedFigures!.newsRight).toBeCloseTo(1, 10);
    // A choice that keeps the guard cross-validated but not as it would ship is not feasible.
    const f = { qa2F1: 75, qa2AlwaysRefuse: 50, devF1: 50, newsRefused: 0.6, newsRight: 1 };
    expect(score(f, undefined, guard).feasible).toBe(true);
    expect(score(f, undefined, guard, { ...f, newsRight: 0.8 }).feasible).toBe(false);
    expect(score(f, undefined, guard, { ...f, newsRefused: 0.4 }).feasible).toBe(false);
  });

  it('compares like with like: the cross-validated figures with the cross-validated guard, the shipped model\'s with what ships', () => {
    // Cross-validated, the shipped configuration refuses 60% and answers 80% right; the shipped file, in-sample, 50% and 100%.
    const guard = guardOf({ newsRefused: 0.6, newsRight: 0.8 }, { newsRefused: 0.5, newsRight: 1 });
    const f = { qa2F1: 75, qa2AlwaysRefuse: 50, devF1: 50, newsRefused: 0.6, newsRight: 0.8 };
    const shipped = { ...f, newsRefused: 0.5, newsRight: 1 };
    expect(score(f, undefined, guard, shipped).feasible).toBe(true);
    // Each figure against its own guard: the cross-validated right share need not reach the in-sample one...
    expect(score(f, undefined, guard, { ...shipped, newsRight: 0.9 }).feasible).toBe(false);
    // ... and a cross-validated shortfall is not made up by the shipped model.
    expect(score({ ...f, newsRefused: 0.55 }, undefined, guard, shipped).feasible).toBe(false);
    expect(score({ ...f, newsRefused: 0.55 }, undefined, guard, shipped).shortfall).toBeCloseTo(0.05, 9);
  });
});

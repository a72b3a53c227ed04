/**
 * The span model's held-out folds: a question of an article the shipped span model trained on must
 * be answered, in every figure and answerability label, by a model that never saw that article.
 * These tests pin how titles are dealt and which questions join the training pool (own made-up rows,
 * no development data).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { poolRows, titleFolds } from '../../scripts/span-folds.ts';

const row = (title: string, question: string, answers: string[], impossible = false) => ({
  id: `${title}-${question}`,
  title,
  context: `${title} is a made-up place. Its harbour holds 40 boats.`,
  question,
  answers,
  ...(impossible ? { impossible: true } : {}),
});

describe('span-folds: who trains on what', () => {
  it('puts every article of the answerability data in a fold of its own, so leaving one out never leaves out another', () => {
    const dev = ['Alder', 'Birch', 'Cedar', 'Damson', 'Elm', 'Fir', 'Gorse'].map((t) => row(t, 'How many boats?', ['40']));
    const qa2 = ['Heron', 'Ibis', 'Cedar', 'Jay', 'Kite'].map((t) => row(t, 'How many boats?', ['40']));
    const folds = titleFolds(dev, qa2, 5);
    const qa2Folds = ['Heron', 'Ibis', 'Cedar', 'Jay', 'Kite'].map((t) => folds.get(t));
    expect(new Set(qa2Folds).size).toBe(5);
    // Every title has a fold, and a title shared by both files has one fold only.
    expect([...folds.keys()].sort()).toEqual(['Alder', 'Birch', 'Cedar', 'Damson', 'Elm', 'Fir', 'Gorse', 'Heron', 'Ibis', 'Jay', 'Kite']);
    expect(titleFolds(dev, qa2, 5)).toEqual(folds);
  });

  it('trains on the answerable questions only, and on a question asked twice of one paragraph once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'span-folds-'));
    const devFile = join(dir, 'dev.jsonl');
    const qa2File = join(dir, 'qa2.jsonl');
    const lines = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
    writeFileSync(devFile, lines([row('Alder', 'How many boats?', ['40'])]));
    writeFileSync(
      qa2File,
      lines([
        row('Alder', 'How many boats?', ['40']),
        row('Alder', 'How many ships sank?', [], true),
        row('Heron', 'What holds the boats?', ['Its harbour']),
        row('Heron', 'Who owns the harbour?', []),
      ]),
    );
    const { dev, qa2 } = poolRows(devFile, qa2File);
    expect(dev.map((r) => r.question)).toEqual(['How many boats?']);
    expect(qa2.map((r) => r.question)).toEqual(['What holds the boats?']);
  });
});

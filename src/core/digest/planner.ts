/**
 * The one digest planner, used by `/digest`, the scheduler and the CLI `digest`: it takes the
 * newest candidates from an index-ordered query (not the whole library), briefs each article
 * once (a cache keyed by id and content version keeps the briefing and its story signature),
 * skips and logs an article that cannot be briefed instead of failing the digest, and groups
 * the same story from several sources (src/core/digest/group.ts). Its cost per digest depends on the
 * number of candidates, not on the size of the library.
 */
import { buildDigest, groupSignatures, type Digest, type DigestItem } from './group.ts';
import { digestMessage } from '../message/build.ts';
import type { Message } from '../message/message.ts';
import { storySignature, type StorySignature } from './story-signature.ts';
import type { SignatureStore, StoredSignature } from './signature-store.ts';
import { summarize } from '../brief/summarize.ts';
import type { Article, Briefing } from '../types.ts';

/** Newest articles considered for a digest of 5 stories (enough to fill and group the top N). */
export const CANDIDATES = 40;
/** How many times more candidates a filtered digest looks at. */
export const FILTERED_WINDOW = 4;

/** An article's id and a string that changes whenever its content does (the store's content hash). */
export interface CandidateKey {
  id: string;
  contentHash: string;
}

/** Where candidates come from: the store's articles (ArticleStore satisfies this), or an array. */
export interface DigestSource {
  /** Newest first, at most `limit` (not yet sent to `unsentTo` when given), and how many in all. */
  newestKeys(limit: number, unsentTo?: string): Promise<{ keys: CandidateKey[]; total: number }>;
  get(id: string): Promise<Article | null>;
}

/** What the planner logs (a pino Logger fits). */
export interface PlannerLog {
  warn(obj: object, msg: string): void;
}

export interface DigestPlan {
  /** Articles shown (each story's lead and the other sources grouped with it), in digest order. */
  articleIds: string[];
  /** Stories (or, beyond the candidates, articles) left out: "and K more". */
  more: number;
  /** The digest itself (top stories). */
  digest: Digest;
}

interface Entry {
  version: string;
  briefing: Briefing;
  signature: StorySignature;
}

/**
 * Briefings and story signatures by article id and version: summaries are the costly part and
 * many channels share the same articles. Least recently used entries go first. An article that
 * cannot be summarized is remembered as such (and logged once per version).
 */
export class BriefingCache {
  private readonly map = new Map<string, Entry | { version: string; failed: true }>();
  constructor(private readonly max = 5000) {}

  get size(): number {
    return this.map.size;
  }

  /** The cached entry for this version: an Entry, null (known bad), or undefined (not cached). */
  lookup(id: string, version: string): Entry | null | undefined {
    const e = this.map.get(id);
    if (!e || e.version !== version) return undefined;
    this.map.delete(id);
    this.map.set(id, e);
    return 'failed' in e ? null : e;
  }

  /** The latest cached entry of an article, whatever its version. */
  latest(id: string): Entry | undefined {
    const e = this.map.get(id);
    return e && !('failed' in e) ? e : undefined;
  }

  /** Brief an article and keep the result; null (logged) when it cannot be briefed. */
  brief(article: Article, version: string, log?: PlannerLog): Entry | null {
    let entry: Entry | null;
    try {
      const briefing = summarize(article, { points: 3 });
      entry = { version, briefing, signature: storySignature(briefing, article) };
      this.store(article.id, entry);
    } catch (e) {
      log?.warn({ article: article.id, err: e instanceof Error ? e.message : String(e) }, 'article left out of digests: it could not be briefed');
      this.store(article.id, { version, failed: true });
      entry = null;
    }
    return entry;
  }

  private store(id: string, e: Entry | { version: string; failed: true }): void {
    this.map.delete(id);
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
    this.map.set(id, e);
  }
}

/** FNV-1a over a string: a cheap content version for articles held in memory (no crypto in core). */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** A content version for an in-memory article. */
export function articleVersion(a: Article): string {
  // Robust to a malformed article (no text): it must reach brief() to be skipped and logged there.
  const title = String(a.title ?? '');
  const text = String(a.text ?? '');
  return `${fnv(title)}.${fnv(text)}.${text.length}.${a.publishedAt ?? ''}`;
}

function publishedTime(a: Article): number {
  const t = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

/** A source over articles held in memory (the CLI's files, a test library): newest first. */
export function arraySource(articles: readonly Article[]): DigestSource {
  const sorted = [...articles].sort((a, b) => publishedTime(b) - publishedTime(a));
  const byId = new Map(sorted.map((a) => [a.id, a]));
  return {
    async newestKeys(limit) {
      return { keys: sorted.slice(0, limit).map((a) => ({ id: a.id, contentHash: articleVersion(a) })), total: sorted.length };
    },
    async get(id) {
      return byId.get(id) ?? null;
    },
  };
}

/** Let other work (commands, posts) run when this turn has held the event loop long enough. */
export class Yielder {
  private last = Date.now();
  constructor(private readonly sliceMs = 10) {}
  async maybe(): Promise<void> {
    if (Date.now() - this.last < this.sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = Date.now();
  }
}

export interface PlannerOptions {
  cache?: BriefingCache;
  log?: PlannerLog;
  /**
   * Where signatures are kept between runs (the store's `signatures`): candidates are grouped
   * by their stored signatures and only the articles a digest shows are briefed.
   */
  signatures?: SignatureStore;
}

/** Signatures kept in memory beside the briefing cache (they are small; briefings are not). */
const SIGNATURES_KEPT = 20_000;

/** Plans digests from one source with one cache. */
export class DigestPlanner {
  readonly cache: BriefingCache;
  private readonly log?: PlannerLog;
  private readonly stored?: SignatureStore;
  /** Signatures by article id and version, read from the store or computed (least recently used go first). */
  private readonly sigs = new Map<string, { version: string; signature: StorySignature }>();
  /** Recent groupings by candidate list (ids and versions). */
  private readonly groupings = new Map<string, string[][]>();
  /**
   * The stories of recent plans (ids of each story's lead and others), by the plan's article
   * ids: posting a planned digest shows the groups chosen when it was planned, among all the
   * candidates, not a regrouping of the few articles shown. Many channels share one plan.
   */
  private readonly planned = new Map<string, string[][]>();

  constructor(
    private readonly source: DigestSource,
    opts: PlannerOptions = {},
  ) {
    this.cache = opts.cache ?? new BriefingCache();
    this.log = opts.log;
    this.stored = opts.signatures;
  }

  private keepSignature(id: string, version: string, signature: StorySignature): void {
    this.sigs.delete(id);
    if (this.sigs.size >= SIGNATURES_KEPT) this.sigs.delete(this.sigs.keys().next().value as string);
    this.sigs.set(id, { version, signature });
  }

  /**
   * The signature of each candidate that can be briefed, by id: from memory, else from the
   * store, else by briefing the article (and storing its signature for the next run).
   */
  private async signaturesOf(keys: readonly CandidateKey[], yielder: Yielder): Promise<Map<string, StorySignature>> {
    const out = new Map<string, StorySignature>();
    let missing: CandidateKey[] = [];
    for (const k of keys) {
      const e = this.cache.lookup(k.id, k.contentHash);
      const s = this.sigs.get(k.id);
      if (e) out.set(k.id, e.signature);
      else if (e === null) continue; // known not to brief
      else if (s && s.version === k.contentHash) out.set(k.id, s.signature);
      else missing.push(k);
    }
    if (missing.length && this.stored) {
      try {
        const found = await this.stored.getSignatures(missing);
        for (const [id, sig] of found) out.set(id, sig);
        missing = missing.filter((k) => {
          const sig = found.get(k.id);
          if (sig) this.keepSignature(k.id, k.contentHash, sig);
          return !sig;
        });
      } catch (err) {
        this.log?.warn({ err: err instanceof Error ? err.message : String(err) }, 'stored story signatures could not be read; computing them');
      }
    }
    const computed: StoredSignature[] = [];
    for (const e of await this.entries(missing, yielder)) {
      out.set(e.briefing.id, e.signature);
      computed.push({ id: e.briefing.id, contentHash: e.version, signature: e.signature });
    }
    if (computed.length && this.stored) {
      await this.stored.putSignatures(computed).catch((err: unknown) => {
        this.log?.warn({ err: err instanceof Error ? err.message : String(err) }, 'story signatures could not be stored');
      });
    }
    return out;
  }

  /** Entries for keys, briefing the ones not cached (yielding the event loop between them). */
  private async entries(keys: readonly CandidateKey[], yielder: Yielder): Promise<Entry[]> {
    const out: Entry[] = [];
    for (const k of keys) {
      let e = this.cache.lookup(k.id, k.contentHash);
      if (e === undefined) {
        let article: Article | null = null;
        try {
          article = await this.source.get(k.id);
        } catch (err) {
          this.log?.warn({ article: k.id, err: err instanceof Error ? err.message : String(err) }, 'article left out of a digest: it could not be read');
        }
        e = article ? this.cache.brief(article, k.contentHash, this.log) : null;
        await yielder.maybe();
      }
      if (e) out.push(e);
    }
    return out;
  }

  /**
   * Choose what a digest carries: the newest `candidates` articles (not yet sent to `unsentTo`),
   * grouped by story, the top `top` kept. Empty `articleIds`: nothing to send. `keep` (a
   * subscription's story filter) leaves out the briefings it refuses before grouping, so they
   * neither appear nor count in "and K more".
   */
  async plan(opts: { top: number; unsentTo?: string; candidates?: number; keep?: (b: Briefing) => boolean }): Promise<DigestPlan> {
    // A filter refuses most stories: look further back for the ones it keeps.
    const limit = opts.candidates ?? Math.max(CANDIDATES, opts.top * 8) * (opts.keep ? FILTERED_WINDOW : 1);
    const { keys, total } = await this.source.newestKeys(limit, opts.unsentTo);
    const yielder = new Yielder();
    const sigs = await this.signaturesOf(keys, yielder);
    // Grouped by signature alone; only the articles of the stories shown are briefed. Channels
    // with the same candidates (most of a burst) share one grouping.
    const usable = keys.filter((k) => sigs.has(k.id));
    const groupKey = usable.map((k) => `${k.id}\u0000${k.contentHash}`).join('\u0001');
    let groups = this.groupings.get(groupKey);
    if (!groups) {
      groups = groupIds(usable.map((k) => ({ id: k.id, signature: sigs.get(k.id) as StorySignature })));
      if (this.groupings.size >= 64) this.groupings.delete(this.groupings.keys().next().value as string);
      this.groupings.set(groupKey, groups);
    }
    const byId = new Map(keys.map((k) => [k.id, k]));
    const items: DigestItem[] = [];
    const keep = opts.keep;
    let shownGroups = 0;
    let keptBeyond = 0;
    for (const ids of groups) {
      // With a filter every candidate story is read: which of the rest it keeps is "and K more".
      if (items.length >= opts.top && !keep) break;
      shownGroups++;
      let briefings = (await this.entries(ids.map((id) => byId.get(id) as CandidateKey), yielder)).map((e) => e.briefing);
      if (keep) briefings = briefings.filter(keep);
      // An article that can no longer be briefed (or that the filter refuses) is left out; the next of its story leads.
      if (!briefings.length) continue;
      if (items.length < opts.top) items.push({ lead: briefings[0], also: briefings.slice(1) });
      else keptBeyond++;
    }
    const d: Digest = { items, more: keep ? keptBeyond : groups.length - shownGroups, articleIds: items.flatMap((it) => [it.lead.id, ...it.also.map((b) => b.id)]) };
    // Beyond the candidates, unknown how many a filter would keep: not counted.
    const more = d.more + (keep ? 0 : Math.max(0, total - keys.length));
    const stories = d.items.map((it) => [it.lead.id, ...it.also.map((b) => b.id)]);
    const articleIds = stories.flat();
    const key = articleIds.join(',');
    this.planned.delete(key);
    if (this.planned.size >= 1000) this.planned.delete(this.planned.keys().next().value as string);
    this.planned.set(key, stories);
    return { articleIds, more, digest: { ...d, more } };
  }

  /**
   * The digest of articles chosen earlier (a claimed slot), regrouped the same way; articles
   * deleted since, or that can no longer be briefed, are left out.
   */
  async digestOf(articleIds: readonly string[], more: number): Promise<Digest> {
    const entries: Entry[] = [];
    for (const id of articleIds) {
      let e: Entry | null | undefined = this.cache.latest(id);
      if (!e) {
        const a = await this.source.get(id).catch(() => null);
        e = a ? this.cache.brief(a, articleVersion(a), this.log) : null;
      }
      if (e) entries.push(e);
    }
    const stories = this.planned.get(articleIds.join(','));
    if (stories) {
      // As planned; an article gone since is left out (the next of its story leads instead).
      const byId = new Map(entries.map((e) => [e.briefing.id, e.briefing]));
      const items = stories
        .map((ids) => ids.map((id) => byId.get(id)).filter((b): b is Briefing => b !== undefined))
        .filter((bs) => bs.length > 0)
        .map(([lead, ...also]) => ({ lead, also }));
      return { items, more, articleIds: [...articleIds] };
    }
    // Planned by another process (or before a restart): group the articles again.
    const sig = new Map(entries.map((e) => [e.briefing, e.signature]));
    const grouped = buildDigest(
      entries.map((e) => e.briefing),
      Number.MAX_SAFE_INTEGER,
      (b) => sig.get(b) ?? storySignature(b),
    );
    return { items: grouped.items, more, articleIds: [...articleIds] };
  }

  /** The message for a digest chosen earlier. */
  async messageOf(articleIds: readonly string[], more: number, opts: { late?: boolean; title?: string } = {}): Promise<Message> {
    return digestMessage(await this.digestOf(articleIds, more), opts);
  }
}

/** Group candidates into stories by signature alone, newest first (the rule of group.ts); ids, lead first. */
export function groupIds(items: readonly { id: string; signature: StorySignature }[]): string[][] {
  const sorted = [...items].sort((a, b) => (b.signature.time ?? 0) - (a.signature.time ?? 0));
  return groupSignatures(sorted.map((x) => x.signature)).map((g) => g.map((i) => sorted[i].id));
}

/**
 * In-memory AlertStore: the same behaviour as the SQLite one, for unit tests and stores that
 * keep no alerts (then follows and the alert log last until exit).
 */
import { topicKey } from './alert-rows.ts';
import { feedScope, type AlertRecord, type AlertStore, type Follow, type LiveSource, type NewAlert, type NewFollow, type NewLiveSource } from './types.ts';

const copy = <T>(v: T): T => structuredClone(v);

export class MemoryAlertStore implements AlertStore {
  private readonly followList: Follow[] = [];
  private readonly live: LiveSource[] = [];
  private readonly log = new Map<string, AlertRecord>();
  private nextId = 1;

  async follow(f: NewFollow, now: Date): Promise<{ follow: Follow; created: boolean }> {
    const key = topicKey(f.topic);
    const existing = this.followList.find((x) => x.platform === f.platform && x.channelId === f.channelId && topicKey(x.topic) === key);
    if (existing) {
      Object.assign(existing, { topic: f.topic, ping: f.ping, quiet: f.quiet });
      return { follow: copy(existing), created: false };
    }
    const follow: Follow = { ...f, id: this.nextId++, scope: feedScope(f.platform, f.guildId, f.channelId), createdAt: now.toISOString(), lastMatchedAt: null };
    this.followList.push(follow);
    return { follow: copy(follow), created: true };
  }

  async unfollow(platform: string, channelId: string, topic: string): Promise<Follow | null> {
    const i = this.followList.findIndex((x) => x.platform === platform && x.channelId === channelId && topicKey(x.topic) === topicKey(topic));
    return i < 0 ? null : copy(this.followList.splice(i, 1)[0]);
  }

  async follows(platform: string, channelId: string): Promise<Follow[]> {
    return copy(this.followList.filter((x) => x.platform === platform && x.channelId === channelId));
  }

  async followsInScope(scope: string): Promise<Follow[]> {
    return copy(this.followList.filter((x) => x.scope === scope));
  }

  async setQuiet(platform: string, channelId: string, quiet: string | null): Promise<void> {
    for (const f of this.followList) if (f.platform === platform && f.channelId === channelId) f.quiet = quiet;
  }

  async matched(followIds: number[], now: Date): Promise<void> {
    for (const f of this.followList) if (followIds.includes(f.id)) f.lastMatchedAt = now.toISOString();
  }

  async setLive(l: NewLiveSource, now: Date): Promise<void> {
    const existing = this.live.find((x) => x.feedId === l.feedId && x.platform === l.platform && x.channelId === l.channelId);
    if (existing) Object.assign(existing, { include: [...l.include], exclude: [...l.exclude] });
    else this.live.push({ ...copy(l), createdAt: now.toISOString() });
  }

  async removeLive(feedId: string, platform: string, channelId: string): Promise<boolean> {
    const i = this.live.findIndex((x) => x.feedId === feedId && x.platform === platform && x.channelId === channelId);
    if (i >= 0) this.live.splice(i, 1);
    return i >= 0;
  }

  async liveFor(feedId: string): Promise<LiveSource[]> {
    return copy(this.live.filter((x) => x.feedId === feedId));
  }

  async claim(a: NewAlert, now: Date): Promise<boolean> {
    if (this.log.has(a.key)) return false;
    if (a.capSlot && [...this.log.values()].some((x) => x.capSlot === a.capSlot)) return false;
    this.log.set(a.key, { ...copy(a), attempts: 1, createdAt: now.toISOString(), finishedAt: null, messageIds: [], error: null });
    return true;
  }

  async get(key: string): Promise<AlertRecord | null> {
    const a = this.log.get(key);
    return a ? copy(a) : null;
  }

  async recent(platform: string, channelId: string, since: Date, limit: number): Promise<AlertRecord[]> {
    return copy(
      [...this.log.values()]
        .filter((a) => a.platform === platform && a.channelId === channelId && a.kind === 'alert' && a.status !== 'failed' && a.createdAt >= since.toISOString())
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.key.localeCompare(b.key))
        .slice(0, limit),
    );
  }

  async unfinished(): Promise<AlertRecord[]> {
    return copy([...this.log.values()].filter((a) => a.status === 'claimed').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key)));
  }

  async dueHeld(now: Date): Promise<AlertRecord[]> {
    const t = now.toISOString();
    return copy(
      [...this.log.values()]
        .filter((a) => a.status === 'held' && a.releaseAt !== null && a.releaseAt <= t)
        .sort((a, b) => (a.releaseAt ?? '').localeCompare(b.releaseAt ?? '') || a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key)),
    );
  }

  async claimRollup(a: NewAlert, heldKeys: string[], now: Date): Promise<boolean> {
    if (!(await this.claim(a, now))) return false;
    for (const k of heldKeys) {
      const h = this.log.get(k);
      if (h?.status === 'held') Object.assign(h, { status: 'rolled', rootKey: a.key, finishedAt: now.toISOString() });
    }
    return true;
  }

  async takeOver(a: AlertRecord, owner: string, leaseUntil: string): Promise<boolean> {
    const cur = this.log.get(a.key);
    if (!cur || cur.status !== 'claimed' || cur.owner !== a.owner || cur.leaseUntil !== a.leaseUntil) return false;
    Object.assign(cur, { owner, leaseUntil, attempts: cur.attempts + 1 });
    return true;
  }

  async renew(key: string, owner: string, leaseUntil: string): Promise<boolean> {
    const cur = this.log.get(key);
    if (!cur || cur.status !== 'claimed' || cur.owner !== owner) return false;
    cur.leaseUntil = leaseUntil;
    return true;
  }

  async complete(key: string, owner: string, messageIds: string[], now: Date): Promise<boolean> {
    const cur = this.log.get(key);
    if (!cur || cur.status !== 'claimed' || cur.owner !== owner) return false;
    Object.assign(cur, { status: 'posted', messageIds: [...messageIds], finishedAt: now.toISOString(), error: null });
    return true;
  }

  async fail(key: string, owner: string, error: string, now: Date): Promise<boolean> {
    const cur = this.log.get(key);
    if (!cur || cur.status !== 'claimed' || cur.owner !== owner) return false;
    Object.assign(cur, { status: 'failed', error, finishedAt: now.toISOString() });
    return true;
  }
}

/**
 * Memory limits shared by the feed pipeline's worker threads: the parse pool
 * (src/sources/parse-pool.ts) and the SQLite write thread (src/store/sqlite-writer.ts).
 */

/**
 * Young generation per worker thread, in MB (V8 makes it three semi-spaces: 16 MB each). Both
 * kinds of worker take a poll's work in batches that make short-lived garbage (a parse job's
 * tree, items, articles and rows; a write batch's several MB of row JSON): with the worker
 * default (a few MB) they scavenged all the time and promoted much of it. With this, a 500-feed
 * parse job on one thread took ~25% less CPU (GC helpers included); the write thread was given
 * the same for the same reason (docs/feeds-speed.md, session 11).
 */
export const WORKER_YOUNG_MB = 48;

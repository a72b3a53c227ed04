// Entry of the SQLite write thread (see sqlite-writer.ts). A worker starts as plain Node, without
// the TypeScript loader its parent may run under, so it registers tsx before loading its code.
import { register } from 'tsx/esm/api';

register();
await import('./sqlite-writer-worker.ts');

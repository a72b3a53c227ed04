// Entry of a parse worker thread (see parse-pool.ts). A worker starts as plain Node, without
// the TypeScript loader its parent may run under, so it registers tsx before loading the job code.
import { register } from 'tsx/esm/api';

register();
const { runTask } = await import('./parse-worker.ts');

export default runTask;

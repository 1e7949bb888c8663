import { createHash } from 'node:crypto';
import { normalize, sep } from 'node:path';

export interface Shard {
  /** 1-based shard index. */
  index: number;
  count: number;
}

/**
 * Parse `i/n` (1 ≤ i ≤ n). `auto/n` takes i from a Kubernetes Indexed Job's JOB_COMPLETION_INDEX (0-based).
 * Returns an error message instead of throwing.
 */
export function parseShard(spec: string, env: NodeJS.ProcessEnv = process.env): Shard | string {
  const m = /^(auto|\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return `--shard takes i/n (e.g. 2/4) or auto/n, not "${spec}"`;
  const count = Number(m[2]);
  let index: number;
  if (m[1] === 'auto') {
    const k8s = env.JOB_COMPLETION_INDEX;
    if (k8s === undefined || !/^\d+$/.test(k8s)) return '--shard auto/n needs JOB_COMPLETION_INDEX (set by a Kubernetes Indexed Job)';
    index = Number(k8s) + 1;
  } else index = Number(m[1]);
  if (count < 1 || index < 1 || index > count) return `--shard ${spec}: i must be between 1 and n`;
  return { index, count };
}

/** Does this path fall in the shard? The hash of the normalized path decides, so shards need no coordination. */
export function inShard(path: string, shard: Shard): boolean {
  const key = normalize(path).split(sep).join('/');
  const bucket = createHash('sha1').update(key).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}

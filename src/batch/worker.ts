import { processTask, type Task } from './process.js';
import type { Outcome } from '../write/index.js';

/** The worker thread's task: one input, processed in isolation. */
export default function work(task: Task): Promise<Outcome> {
  return processTask(task);
}

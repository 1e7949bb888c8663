/** The run cannot start as asked (an output, cache or list file that cannot be used): one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

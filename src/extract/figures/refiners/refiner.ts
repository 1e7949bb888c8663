import type { NumberToken } from '../../numbers/index.js';
import type { Statement } from '../../types.js';

/** One ordered step of figure extraction: numbers in, the ones that may still be figures out. */
export type Refiner = (statement: Statement, numbers: readonly NumberToken[]) => NumberToken[];

/** A refiner that drops each number `isNot` says is not a figure. */
export function dropWhen(isNot: (text: string, n: NumberToken) => boolean): Refiner {
  return (statement, numbers) => numbers.filter((n) => !isNot(statement.text, n));
}

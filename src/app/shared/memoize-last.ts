/**
 * Remembers the last call: the same arguments (by identity) return the same result object.
 * Store slices keep their identity until they change, so this is enough to keep derived
 * views stable for React and zustand without a selector library.
 */
export function memoizeLast<Args extends unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let lastArgs: Args | null = null;
  let lastResult: Result | undefined;
  return (...args: Args): Result => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((arg, index) => Object.is(arg, args[index]))) {
      return lastResult as Result;
    }
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}

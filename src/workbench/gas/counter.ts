// This file counts calls into an emulated Apps Script service and turns any unsupported method into a clear error.

/** Counts of service calls by "Class.method", shared by every object of one emulated service. */
export class CallCounter {
  readonly calls = new Map<string, number>();
  total = 0;

  record(name: string): void {
    this.total++;
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
  }

  reset(): void {
    this.total = 0;
    this.calls.clear();
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.calls.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/** Property names runtimes probe on any object (promises, JSON, inspection); they must read as absent, not throw. */
const PROBES = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', '$$typeof', 'inspect', 'length', 'prototype']);

/**
 * Wraps an emulated Apps Script object: every method call is counted (when a counter is given), and calling a
 * method the emulation does not have throws "not implemented: Class.method" instead of failing silently.
 */
export function serviceObject<T extends object>(className: string, target: T, counter?: CallCounter): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol') return Reflect.get(object, property, receiver);
      const value = Reflect.get(object, property, receiver) as unknown;
      if (value === undefined) {
        if (PROBES.has(property) || property.startsWith('_')) return undefined;
        return () => {
          throw new Error(`not implemented: ${className}.${property}`);
        };
      }
      if (typeof value !== 'function' || property.startsWith('_')) return value;
      if (!counter) {
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(object, args);
          return result === object ? receiver : result;
        };
      }
      return (...args: unknown[]) => {
        counter.record(`${className}.${property}`);
        const result = (value as (...a: unknown[]) => unknown).apply(object, args);
        // Builder-style methods return the object itself; hand back the wrapper so chained calls count too.
        return result === object ? receiver : result;
      };
    },
  });
}

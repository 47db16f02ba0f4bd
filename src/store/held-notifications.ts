type Listener<S> = (state: S, previous: S) => void;

/**
 * Wraps a store's `subscribe` so that the changes made inside `hold` reach its listeners only at `release`: each
 * listener once, with the state then and the state before the first held change. A listener told of another change
 * in between is told with that same first previous state, and not again at `release`.
 */
export function holdableNotifications<S>(subscribe: (listener: Listener<S>) => () => void, getState: () => S) {
  /** The listeners not yet told of held changes, each with the state before the first of them. */
  const held = new Map<Listener<S>, S>();
  let holding = false;
  return {
    subscribe(listener: Listener<S>): () => void {
      const told: Listener<S> = (state, previous) => {
        if (holding) {
          if (!held.has(told)) held.set(told, previous);
          return;
        }
        const first = held.has(told) ? (held.get(told) as S) : previous;
        held.delete(told);
        listener(state, first);
      };
      const unsubscribe = subscribe(told);
      return () => {
        held.delete(told);
        unsubscribe();
      };
    },
    /** Runs `change` with its notifications held until `release`. */
    hold(change: () => void): void {
      holding = true;
      try {
        change();
      } finally {
        holding = false;
      }
    },
    /** Tells every listener of the held changes. */
    release(): void {
      const entries = [...held];
      held.clear();
      for (const [listener, previous] of entries) listener(getState(), previous);
    },
  };
}

import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { holdableNotifications } from './held-notifications';

function setup() {
  const store = createStore<{ count: number }>()(() => ({ count: 0 }));
  const notifications = holdableNotifications(store.subscribe, store.getState);
  const told: [number, number][] = [];
  const unsubscribe = notifications.subscribe((state, previous) => told.push([state.count, previous.count]));
  return { store, notifications, told, unsubscribe };
}

describe('holdableNotifications', () => {
  it('tells listeners of a change at once when nothing is held', () => {
    const { store, told } = setup();
    store.setState({ count: 1 });
    expect(told).toEqual([[1, 0]]);
  });

  it('changes the state at once inside hold, and tells listeners only at release: once, from the first previous state', () => {
    const { store, notifications, told } = setup();
    notifications.hold(() => store.setState({ count: 1 }));
    notifications.hold(() => store.setState({ count: 2 }));
    expect(store.getState().count).toBe(2);
    expect(told).toEqual([]);
    notifications.release();
    expect(told).toEqual([[2, 0]]);
    notifications.release();
    expect(told).toEqual([[2, 0]]);
  });

  it('tells a listener of held changes with the next change that is not held, and not again at release', () => {
    const { store, notifications, told } = setup();
    notifications.hold(() => store.setState({ count: 1 }));
    store.setState({ count: 5 });
    expect(told).toEqual([[5, 0]]);
    notifications.release();
    expect(told).toEqual([[5, 0]]);
  });

  it('forgets a listener that unsubscribed while changes were held', () => {
    const { store, notifications, told, unsubscribe } = setup();
    notifications.hold(() => store.setState({ count: 1 }));
    unsubscribe();
    notifications.release();
    expect(told).toEqual([]);
  });

  it('stops holding when the held change throws', () => {
    const { store, notifications, told } = setup();
    expect(() =>
      notifications.hold(() => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    store.setState({ count: 1 });
    expect(told).toEqual([[1, 0]]);
  });
});

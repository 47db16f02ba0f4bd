/// <reference lib="webworker" />
import type { NeedsMessage, NeedsRequest } from './needs-protocol';
import { createNeedsSession } from './needs-session';

// The training needs off the page's thread (needs-protocol.ts): the requests are answered one after the other, in the
// order they came, so a proposal asked after new needs is worked out from them.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = createNeedsSession();

scope.onmessage = (event: MessageEvent<{ id: number; request: NeedsRequest }>) => {
  const { id, request } = event.data;
  let message: NeedsMessage;
  try {
    message = { id, ok: true, result: session.handle(request) };
  } catch (error) {
    message = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(message);
};

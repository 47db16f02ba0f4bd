/// <reference lib="webworker" />
import type { NeedsMessage, NeedsRequest } from './needs-protocol';
import { createNeedsSession } from './needs-session';

// The training needs off the page's thread (needs-protocol.ts): the requests are answered one after the other, in the
// order they came, so a proposal asked after new needs is worked out from them.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = createNeedsSession();

scope.onmessage = (event: MessageEvent<{ id: number; request: NeedsRequest }>) => {
  const { id, request } = event.data;
  const now = () => performance.timeOrigin + performance.now();
  const taken = now();
  let message: NeedsMessage;
  try {
    const result = session.handle(request);
    message = { id, ok: true, result, span: [taken, now()] };
  } catch (error) {
    message = { id, ok: false, error: error instanceof Error ? error.message : String(error), span: [taken, now()] };
  }
  scope.postMessage(message);
  // The attendances that a proposal or the CSV reads are made once the needs are answered, while HR reads the demand.
  // Should that fail, the request that needs them fails again, and says so.
  if (request.type === 'load')
    setTimeout(() => {
      try {
        session.prepare();
      } catch {
        // Said by the next request that needs them.
      }
    });
};

import { lazy, Suspense } from 'react';

// Evidence files, with IndexedDB's wrapper, load with the first item that shows them, never with the first screen.
const EvidenceFiles = lazy(() => import('./evidence-files').then((module) => ({ default: module.EvidenceFiles })));

/** The evidence files of an item, an experience or a plan action, once their code has loaded. */
export function LazyEvidenceFiles(props: { assessmentId: string; attachedTo: string; itemName: string }) {
  return (
    <Suspense fallback={null}>
      <EvidenceFiles {...props} />
    </Suspense>
  );
}

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { evidenceNameMaxLength, type EvidenceFile } from '../domain/assessment/assessment';
import { evidenceFor, evidenceOpenType, evidenceRefusal } from '../domain/assessment/evidence-kinds';
import { formatFileSize } from '../domain/files/file-size';
import { ownEntry } from '../domain/shared/own-entry';
import { downloadBlob } from '../lib/download';
import { faultOf, keepEvidence, readEvidence } from '../lib/evidence-store';
import { newId } from '../lib/ids';
import { sha256Hex } from '../lib/sha256';
import type { EvidenceMessageKey } from '../i18n/evidence-messages';
import { useAppStore, useAppStoreApi } from '../store/app-store-context';
import { currentRemovals, noteRemoval, purgeRemovals, subscribeRemovals, takeBackRemoval } from './evidence-removals';

export interface EvidenceNotice {
  key: EvidenceMessageKey;
  params: Record<string, string>;
}

/** A size over the limit, never read as the limit itself ("10 MB" of 10 MB and a byte). */
function sizeOver(bytes: number): string {
  return bytes < 11 * 1024 * 1024 ? `${Math.ceil(bytes / 1024).toLocaleString('en')} KB` : formatFileSize(bytes);
}

let purgeOnce: Promise<number> | null = null;

const faultKeys = { unavailable: 'evidence.unavailable', full: 'evidence.full', failed: 'evidence.failed' } as const;

/**
 * The evidence files of one item (`attachedTo`) and what the user does with them. Bytes are kept before the
 * assessment names a file, so a file named is a file kept; a refusal or a fault changes nothing and is said in words.
 */
export function useEvidenceFiles(assessmentId: string, attachedTo: string) {
  const api = useAppStoreApi();
  const all = useAppStore((state) => ownEntry(state.assessments, assessmentId)?.evidence);
  const files = useMemo(() => evidenceFor(all, attachedTo), [all, attachedTo]);
  const removals = useSyncExternalStore(subscribeRemovals, currentRemovals, currentRemovals);
  const removed = useMemo(
    () => removals.filter((removal) => removal.assessmentId === assessmentId && removal.file.attachedTo === attachedTo).map((removal) => removal.file),
    [removals, assessmentId, attachedTo],
  );
  const [notice, setNotice] = useState<EvidenceNotice | null>(null);
  const [busy, setBusy] = useState(false);
  const say = (key: EvidenceMessageKey, name: string, size?: number) =>
    setNotice({ key, params: { name, ...(size === undefined ? {} : { size: sizeOver(size) }) } });
  // Files removed on pages now closed go once evidence is shown again (evidence-removals.ts); once a page.
  useEffect(() => {
    purgeOnce ??= purgeRemovals(() => api.getState().assessments);
  }, [api]);

  async function attach(chosen: File[]) {
    setBusy(true);
    for (const file of chosen) {
      const refusal = evidenceRefusal(file);
      if (refusal) {
        say(
          refusal.code === 'evidence-kind' ? 'evidence.kind' : refusal.code === 'evidence-empty' ? 'evidence.empty' : 'evidence.tooLarge',
          file.name,
          file.size,
        );
        continue;
      }
      say('evidence.keeping', file.name);
      try {
        const bytes = await file.arrayBuffer();
        const sha256 = await sha256Hex(bytes);
        const id = newId();
        await keepEvidence(id, bytes, file.type);
        const named: EvidenceFile = {
          id,
          attachedTo,
          name: file.name.trim().slice(0, evidenceNameMaxLength),
          size: file.size,
          addedAt: api.clock.now().toISOString(),
          sha256,
        };
        api.getState().setEvidenceAttached(assessmentId, named, true);
        say('evidence.attached', file.name);
      } catch (error) {
        say(faultKeys[faultOf(error)], file.name);
      }
    }
    setBusy(false);
  }

  /** The file's bytes, or null after saying why there are none. */
  async function bytesOf(file: EvidenceFile): Promise<Blob | null> {
    try {
      const blob = await readEvidence(file.id);
      if (!blob) say('evidence.missing', file.name);
      return blob ? new Blob([blob], { type: evidenceOpenType(file.name) }) : null;
    } catch {
      say('evidence.notReadable', file.name);
      return null;
    }
  }

  return {
    files,
    removed,
    notice,
    busy,
    attach,
    async open(file: EvidenceFile) {
      // Opened within the click, so that no pop-up blocker stops it; the file is shown once read.
      const opened = window.open('', '_blank');
      const blob = await bytesOf(file);
      if (!blob) return opened?.close();
      const url = URL.createObjectURL(blob);
      if (opened) opened.location.href = url;
      else downloadBlob(blob, file.name);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    async download(file: EvidenceFile) {
      const blob = await bytesOf(file);
      if (blob) downloadBlob(blob, file.name);
    },
    remove(file: EvidenceFile) {
      api.getState().setEvidenceAttached(assessmentId, file, false);
      noteRemoval(assessmentId, file);
      say('evidence.removed', file.name);
    },
    undo(file: EvidenceFile) {
      api.getState().setEvidenceAttached(assessmentId, file, true);
      takeBackRemoval(file.id);
      setNotice(null);
    },
  };
}

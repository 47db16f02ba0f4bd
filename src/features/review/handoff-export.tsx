import { useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import type { ProfileKeysById } from '../../domain/files/profile-keys';
import { createPlanHandoff } from '../../domain/files/plan-handoff';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { newId } from '../../lib/ids';
import { readBackupOffPage } from '../../lib/read-backup-off-page';
import { pickText } from '../../domain/shared/localized-text';
import { wordsOfProblem } from '../../i18n/problem-words';
import { useReviewTranslation } from './use-review-translation';
import { FilePicker } from './file-picker';
import { Icon } from '../../ui/icon';
import { useClock } from '../../store/app-store-context';

/** For the assistant: the plan as edited here, against the backup it came from, as a hand-off file. */
export function HandoffExport({ assessment, abbreviation, profileKeys }: { assessment: Assessment; abbreviation: string; profileKeys: ProfileKeysById }) {
  const { language, t } = useReviewTranslation();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const clock = useClock();

  async function readBase(file: File) {
    setMessage(null);
    // Read as import reads a backup: its size first (a 700 MB file chosen by mistake is never read), then off the page.
    const backup = await readBackupOffPage(file, { profiles: profileKeys, now: clock.now().toISOString() }, () => undefined);
    if (!backup.ok) {
      const words = await wordsOfProblem(backup.problem.message);
      setMessage({ ok: false, text: `${t('reviews.refused', { file: file.name })}: ${pickText(words, language)}` });
      return;
    }
    const received = backup.assessments.find((candidate) => candidate.id === assessment.id);
    if (!received) {
      setMessage({ ok: false, text: t('reviews.baseMissing') });
      return;
    }
    const handoff = createPlanHandoff(assessment, received.actions ?? [], { handoffId: newId(), appVersion: __APP_VERSION__, now: clock.now().toISOString() });
    const name = `${safeFileName('plan-handoff', abbreviation, assessment.appointee.name, clock.today())}.json`;
    downloadBlob(new Blob([JSON.stringify(handoff, null, 2)], { type: 'application/json' }), name);
    setMessage({ ok: true, text: t('reviews.handoffExported', { file: name }) });
  }

  return (
    <section className="panel" aria-labelledby="assistant-title">
      <h2 id="assistant-title">{t('reviews.assistant')}</h2>
      <p id="assistant-hint" className="field__hint">
        {t('reviews.assistantHint')}
      </p>
      <FilePicker label={t('reviews.chooseBase')} hintId="assistant-hint" onFile={(file) => void readBase(file)} />
      {message && (
        <p className={message.ok ? 'notice' : 'data-problems'} role={message.ok ? 'status' : 'alert'}>
          {message.ok ? (
            <>
              <Icon name="check" />{' '}
            </>
          ) : null}
          {message.text}
        </p>
      )}
    </section>
  );
}

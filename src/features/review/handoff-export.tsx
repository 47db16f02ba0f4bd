import { useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import type { DevelopmentAction } from '../../domain/assessment/development-action';
import type { ProfileKeysById } from '../../domain/files/profile-keys';
import { readBackupOffPage } from '../../lib/read-backup-off-page';
import { pickText } from '../../domain/shared/localized-text';
import { wordsOfProblem } from '../../i18n/problem-words';
import { useReviewTranslation } from './use-review-translation';
import { FilePicker } from './file-picker';
import { HandoffSend } from './handoff-send';
import { useClock } from '../../store/app-store-context';

/**
 * For the assistant: the plan as edited here, against the backup it came from, as a hand-off file. Choosing the backup
 * downloads nothing: the summary (what the hand-off changes) and the sender's name come first, then the download.
 */
export function HandoffExport({ assessment, abbreviation, profileKeys }: { assessment: Assessment; abbreviation: string; profileKeys: ProfileKeysById }) {
  const { language, t } = useReviewTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [base, setBase] = useState<DevelopmentAction[] | null>(null);
  const clock = useClock();

  async function readBase(file: File) {
    setProblem(null);
    setBase(null);
    // Read as import reads a backup: its size first (a 700 MB file chosen by mistake is never read), then off the page.
    const backup = await readBackupOffPage(file, { profiles: profileKeys, now: clock.now().toISOString() }, () => undefined);
    if (!backup.ok) {
      const words = await wordsOfProblem(backup.problem.message);
      setProblem(`${t('reviews.refused', { file: file.name })}: ${pickText(words, language)}`);
      return;
    }
    const received = backup.assessments.find((candidate) => candidate.id === assessment.id);
    if (!received) setProblem(t('reviews.baseMissing'));
    else setBase(received.actions ?? []);
  }

  return (
    <section className="panel" aria-labelledby="assistant-title">
      <h2 id="assistant-title">{t('reviews.assistant')}</h2>
      <p id="assistant-hint" className="field__hint">
        {t('reviews.assistantHint')}
      </p>
      <FilePicker label={t('reviews.chooseBase')} hintId="assistant-hint" onFile={(file) => void readBase(file)} />
      {problem && (
        <p className="data-problems" role="alert">
          {problem}
        </p>
      )}
      {base && <HandoffSend key={JSON.stringify(base)} assessment={assessment} abbreviation={abbreviation} base={base} />}
    </section>
  );
}

import { useId, useMemo, useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import type { DevelopmentAction } from '../../domain/assessment/development-action';
import { createPlanHandoff, handoffCounts, handoffSenderSchema } from '../../domain/files/plan-handoff';
import { planChanges } from '../../domain/scoring/plan-change-list';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { newId } from '../../lib/ids';
import { useClock } from '../../store/app-store-context';
import { Icon } from '../../ui/icon';
import { useHandoffTranslation } from './handoff-messages';
import { HandoffSummary } from './handoff-summary';

/**
 * The hand-off about to be sent: what it changes against the plan as received, the sender's name and position (kept
 * in the file, version 3), and the download, which happens only when asked.
 */
export function HandoffSend({ assessment, abbreviation, base }: { assessment: Assessment; abbreviation: string; base: readonly DevelopmentAction[] }) {
  const { t } = useHandoffTranslation();
  const clock = useClock();
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [missing, setMissing] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const id = useId();
  const actions = assessment.actions;
  const counts = useMemo(() => handoffCounts(planChanges(base, base, actions ?? [])), [base, actions]);

  function send() {
    const sender = handoffSenderSchema.safeParse({ name, position });
    setMissing(!sender.success);
    if (!sender.success) return;
    const now = clock.now().toISOString();
    const handoff = createPlanHandoff(assessment, base, { handoffId: newId(), appVersion: __APP_VERSION__, now, sender: sender.data });
    const file = `${safeFileName('plan-handoff', abbreviation, assessment.appointee.name, clock.today())}.json`;
    downloadBlob(new Blob([JSON.stringify(handoff, null, 2)], { type: 'application/json' }), file);
    setExported(file);
  }

  return (
    <div className="handoff-send">
      <HandoffSummary
        id={`${id}-brief`}
        sender={name.trim() ? { name: name.trim(), position: position.trim() } : null}
        exportedAt={clock.now().toISOString()}
        counts={counts}
      />
      <p className="field__hint">{t('handoff.checkFirst')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`} className="field__label">
          {t('handoff.yourName')}
        </label>
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          maxLength={200}
          autoComplete="name"
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
        />
        {missing && (
          <p id={`${id}-error`} className="field__error" role="alert">
            {t('form.required')}
          </p>
        )}
      </div>
      <p className="field">
        <label htmlFor={`${id}-position`} className="field__label">
          {t('handoff.yourPosition')}
        </label>
        <input
          id={`${id}-position`}
          className="input"
          value={position}
          onChange={(event) => setPosition(event.target.value)}
          maxLength={200}
          autoComplete="organization-title"
        />
      </p>
      <p>
        <button type="button" className="button" onClick={send}>
          {t('handoff.download')}
        </button>
      </p>
      {exported && (
        <p className="notice" role="status">
          <Icon name="check" /> {t('handoff.exported', { file: exported })}
        </p>
      )}
    </div>
  );
}

import type { ReactNode } from 'react';
import { translateConflict } from '../i18n/conflict-messages';
import { useTranslator } from '../i18n/use-translation';
import { Icon } from './icon';
import './conflict-note.css';

/**
 * A part changed in two tabs at once: the version shown and the other one, and the user's choice between them. The
 * buttons name the item (`itemName`), so that each is told apart from the same button of another item.
 */
export function ConflictNote(props: { itemName: string; shown: ReactNode | null; other: ReactNode | null; onKeepShown: () => void; onUseOther: () => void }) {
  const { t } = useTranslator(translateConflict);
  const { itemName, shown, other, onKeepShown, onUseOther } = props;
  // null: removed (here, or in the other version).
  const keepLabel = shown === null ? t('conflict.keepRemoved') : t('conflict.keepShown');
  const useLabel = shown === null ? t('conflict.restore') : other === null ? t('conflict.removeIt') : t('conflict.useOther');
  return (
    <div className="conflict-note" role="group" aria-label={`${t('conflict.title')}: ${itemName}`}>
      <p className="conflict-note__title">
        <Icon name="alert" /> <strong>{t('conflict.title')}</strong>
      </p>
      <dl className="conflict-note__versions">
        <dt>{t('conflict.shown')}</dt>
        <dd>{shown ?? t('conflict.shownRemoved')}</dd>
        <dt>{t('conflict.other')}</dt>
        <dd>{other ?? t('conflict.removed')}</dd>
      </dl>
      <p className="conflict-note__actions">
        <button type="button" className="button button--secondary" aria-label={`${keepLabel}: ${itemName}`} onClick={onKeepShown}>
          {keepLabel}
        </button>
        <button type="button" className="button button--secondary" aria-label={`${useLabel}: ${itemName}`} onClick={onUseOther}>
          {useLabel}
        </button>
      </p>
    </div>
  );
}

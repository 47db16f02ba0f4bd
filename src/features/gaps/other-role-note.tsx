import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { pickText } from '../../domain/shared/localized-text';
import { useGapsTranslation } from './use-gaps-translation';

/**
 * Read against another role: which role, the items that role adds (counted as unrated, so named here), and why
 * the comparison of rounds is not shown (it belongs to the assessment's own role).
 */
export function OtherRoleNote(props: { profile: string; ownProfile: string; added: readonly AssessmentItem[]; roundsHidden: boolean }) {
  const { profile, ownProfile, added, roundsHidden } = props;
  const { language, t } = useGapsTranslation();
  return (
    <div className="notice other-role">
      <p role="status">{t('gaps.comparing', { profile })}</p>
      {added.length > 0 && (
        <details className="other-role__added">
          <summary>{t('gaps.addedItems', { count: added.length, profile, own: ownProfile })}</summary>
          <ul>
            {added.map((item) => (
              <li key={item.key} data-key={item.key}>
                <span className="code">{item.code}</span> {pickText(item.title, language)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {roundsHidden && <p data-note="rounds-hidden">{t('gaps.roundsHidden', { own: ownProfile })}</p>}
    </div>
  );
}

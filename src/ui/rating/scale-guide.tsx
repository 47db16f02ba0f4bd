import { pickText } from '../../domain/shared/localized-text';
import type { RatingScale } from '../../domain/profile/rating-scale';
import { useRatingTranslation } from './use-rating-translation';
import { levelDescriptionId } from './dom-ids';

/** The rating scale in words, open for reading; its descriptions also describe every radio button. */
export function ScaleGuide({ scale }: { scale: RatingScale }) {
  const { language, t } = useRatingTranslation();
  const lists = [
    {
      key: 'proficiency',
      title: t('scale.proficiency'),
      entries: scale.proficiency.map((e) => ({ value: String(e.level), label: e.label, description: e.description })),
    },
    {
      key: 'knowledge',
      title: t('scale.knowledge'),
      entries: scale.knowledge.map((e) => ({ value: String(e.level), label: e.label, description: e.description })),
    },
    {
      key: 'experience',
      title: t('scale.experience'),
      entries: scale.experience.map((e) => ({ value: e.status, label: e.label, description: e.description })),
    },
  ];
  return (
    <details className="scale-guide">
      <summary>{t('scale.title')}</summary>
      <p>{pickText(scale.note, language)}</p>
      <div className="scale-guide__lists">
        {lists.map((list) => (
          <div key={list.key}>
            <h3>{list.title}</h3>
            <dl>
              {list.entries.map((entry) => (
                <div key={entry.value}>
                  <dt>
                    {list.key === 'experience' ? '' : `${entry.value} · `}
                    {pickText(entry.label, language)}
                  </dt>
                  <dd id={levelDescriptionId(list.key, entry.value)}>{pickText(entry.description, language)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </details>
  );
}

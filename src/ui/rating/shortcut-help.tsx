import type { Ref } from 'react';
import { useRatingTranslation } from './use-rating-translation';

const rows = [
  { keys: ['0', '1', '2', '3', '4'], what: 'shortcuts.rate' },
  { keys: ['N', 'S', 'Y'], what: 'shortcuts.experience' },
  { keys: ['U'], what: 'shortcuts.nextUnrated' },
  { keys: ['?'], what: 'shortcuts.help' },
  { keys: ['←', '→', 'Space', 'Tab'], what: 'shortcuts.native' },
] as const;

/** The rating screen's keys, in words; `?` opens it. */
export function ShortcutHelp({ ref }: { ref?: Ref<HTMLDetailsElement> }) {
  const { t } = useRatingTranslation();
  return (
    <details className="scale-guide shortcut-help" id="shortcut-help" ref={ref}>
      <summary>{t('shortcuts.title')}</summary>
      <dl className="shortcut-help__list">
        {rows.map((row) => (
          <div key={row.what}>
            <dt>
              {row.keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{t(row.what)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('shortcuts.layout')}</p>
    </details>
  );
}

import { useState, type ReactNode } from 'react';
import { useChainFormTranslation } from './chain-form-messages';
import { keepRequestLevels, keptRequestLevels } from '../../lib/request-levels-storage';
import { useAppStoreApi } from '../../store/app-store-context';

/** The most levels a request names: the one who rates and up to two above (as the ministry's chain runs). */
const levelCount = 3;

/**
 * Who gives an opinion on a review request, in order: level 1 (who rates, the immediate supervisor unless changed),
 * then up to two higher levels (ปลัดกระทรวง, the MCIO); an empty one is left out. Gives the levels named and the fields.
 * The levels as last typed in this browser are offered again.
 */
export function useRequestLevels(): { levels: string[]; fields: ReactNode } {
  const { t } = useChainFormTranslation();
  const { storage } = useAppStoreApi();
  const [values, setValuesState] = useState<string[]>(() => {
    const kept = keptRequestLevels(storage);
    return kept && kept.length === levelCount ? kept : [t('chainForm.firstDefault'), ...Array<string>(levelCount - 1).fill('')];
  });
  const setValues = (next: string[]) => {
    setValuesState(next);
    keepRequestLevels(storage, next);
  };
  const levels = values.map((value) => value.trim()).filter((value) => value !== '');
  const fields = (
    <fieldset className="request-levels" aria-describedby="request-levels-hint">
      <legend>{t('chainForm.levels')}</legend>
      <p id="request-levels-hint" className="field__hint">
        {t('chainForm.levelsHint')}
      </p>
      {values.map((value, index) => (
        <p key={index} className="field">
          <label htmlFor={`request-level-${index + 1}`} className="field__label">
            {t('chainForm.level', { number: index + 1 })}
          </label>
          <input
            id={`request-level-${index + 1}`}
            className="input"
            maxLength={200}
            value={value}
            onChange={(event) => setValues(values.map((old, at) => (at === index ? event.target.value : old)))}
          />
        </p>
      ))}
    </fieldset>
  );
  return { levels, fields };
}

import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useAppStoreApi } from '../../store/app-store-context';

export interface LevelChoice<T extends string | number> {
  value: T;
  /** The id of the text that says what this choice means. */
  describedBy: string;
  content: ReactNode;
}

/**
 * An item's choices as a radio group that the browser draws by itself: it checks a radio (arrow keys, a click, a
 * digit's click) and the chosen level is styled from `:checked`, with no layout. The store takes the choice in the
 * same event but tells the screen and storage only after the frame that shows it (notifyAfterNextPaint), so that
 * frame holds none of our work (decision 015). The store stays the source: when it changes any other way (clear,
 * undo, an import, another tab), the radios follow it before the next paint.
 */
export function LevelChoices<T extends string | number>(props: {
  name: string;
  labelledBy: string;
  describedBy?: string;
  className: string;
  choices: readonly LevelChoice<T>[];
  chosen: T | undefined;
  onChoose: (value: T) => void;
}) {
  const { name, labelledBy, describedBy, className, choices, chosen, onChoose } = props;
  const group = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const latest = useRef({ choices, onChoose });
  useLayoutEffect(() => {
    latest.current = { choices, onChoose };
  });
  useLayoutEffect(() => {
    for (const radio of group.current?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? []) radio.checked = radio.value === String(chosen);
  }, [chosen]);
  useEffect(() => {
    const element = group.current;
    if (!element) return;
    // The radios' events stop at their group: React's own handling of a radio's change (its event plugin, and the
    // search of the whole page for the radios of the same name that it makes for every controlled or uncontrolled
    // radio) would cost the frame about a millisecond at 4× slowdown, and nothing above the group listens for them.
    const stop = (event: Event) => event.stopPropagation();
    const changed = (event: Event) => {
      event.stopPropagation();
      const radio = event.target;
      if (!(radio instanceof HTMLInputElement) || !radio.checked) return;
      const choice = latest.current.choices.find((candidate) => String(candidate.value) === radio.value);
      if (choice) store.notifyAfterNextPaint(() => latest.current.onChoose(choice.value));
    };
    const events = ['click', 'input'] as const;
    for (const type of events) element.addEventListener(type, stop);
    element.addEventListener('change', changed);
    return () => {
      for (const type of events) element.removeEventListener(type, stop);
      element.removeEventListener('change', changed);
    };
  }, [store]);
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} aria-describedby={describedBy} className={className} ref={group}>
      {choices.map((choice) => (
        <label key={choice.value} className="level">
          <input type="radio" name={name} value={choice.value} defaultChecked={choice.value === chosen} aria-describedby={choice.describedBy} />
          {choice.content}
        </label>
      ))}
    </div>
  );
}

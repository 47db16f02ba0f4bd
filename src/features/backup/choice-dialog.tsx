import { useEffect, useRef } from 'react';

/** A modal question with several answers on the native <dialog>; Escape or the first answer's focus is safe. */
export function ChoiceDialog(props: { open: boolean; title: string; body: string; choices: { label: string; onChoose: () => void; primary?: boolean }[]; onCancel: () => void }) {
  const { open, title, body, choices, onCancel } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="choice-title" aria-describedby="choice-body" onCancel={onCancel}>
      <h2 id="choice-title">{title}</h2>
      <p id="choice-body">{body}</p>
      <div className="dialog__actions">
        {choices.map((choice) => (
          <button key={choice.label} type="button" className={choice.primary ? 'button' : 'button button--secondary'} onClick={choice.onChoose}>
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}

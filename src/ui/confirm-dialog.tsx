import { useEffect, useId, useRef } from 'react';

/**
 * The one modal question, on the native <dialog>: it traps focus, Escape cancels, and focus returns to where it
 * was. The cancel button gets the focus, so Enter never destroys by accident. `tone` says whether the confirming
 * answer destroys (danger, the default) or is the safe, likely one (primary); `otherChoices` sit between the two.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  tone?: 'danger' | 'primary';
  otherChoices?: { label: string; onChoose: () => void }[];
}) {
  const { open, title, body, confirmLabel, cancelLabel, onConfirm, onCancel, tone = 'danger', otherChoices = [] } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={onCancel}
      onClose={() => open && onCancel()}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-body`}>{body}</p>
      <div className="dialog__actions">
        <button ref={cancel} type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        {otherChoices.map((choice) => (
          <button key={choice.label} type="button" className="button button--secondary" onClick={choice.onChoose}>
            {choice.label}
          </button>
        ))}
        <button type="button" className={tone === 'danger' ? 'button button--danger' : 'button'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

import './file-field.css';
import { useId, type InputHTMLAttributes, type Ref } from 'react';

/**
 * A file field that reads as a button with `label` on it, in the page's language (the browser's own file field
 * writes "Choose File" and "No file chosen" in the browser's language). The real field is still there, hidden: it
 * takes the keyboard focus, opens the file dialog with Space or Enter, and is named by `label` for screen
 * readers. `onFiles` gets the chosen files; the field is emptied after each choice, so the same file can be chosen
 * again.
 */
export function FileField(
  props: {
    label: string;
    onFiles: (files: File[]) => void;
    id?: string;
    inputRef?: Ref<HTMLInputElement>;
    secondary?: boolean;
  } & Pick<InputHTMLAttributes<HTMLInputElement>, 'accept' | 'multiple' | 'disabled' | 'aria-describedby'> & { directory?: boolean },
) {
  const { label, onFiles, id: givenId, inputRef, secondary = true, directory = false, ...input } = props;
  const ownId = useId();
  const id = givenId ?? ownId;
  return (
    <span className="file-field">
      <input
        {...input}
        {...(directory ? folderAttributes : {})}
        ref={inputRef}
        id={id}
        type="file"
        className="file-field__input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={id} className={`button ${secondary ? 'button--secondary ' : ''}file-field__button`}>
        {label}
      </label>
    </span>
  );
}

// React's types lack the folder attributes of the file field.
const folderAttributes = { webkitdirectory: '', directory: '' } as Record<string, string>;

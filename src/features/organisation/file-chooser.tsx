import { useState } from 'react';
import { droppedFiles } from './dropped-files';
import { useOrganisationTranslation } from './use-organisation-translation';

// React's types lack the folder attributes of the file field.
const folderAttributes = { webkitdirectory: '', directory: '' } as Record<string, string>;

/** Many files, a whole folder, or a drop of either. */
export function FileChooser({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const { t } = useOrganisationTranslation();
  const [dragging, setDragging] = useState(false);
  const take = (input: HTMLInputElement) => {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <div className="org-chooser">
      <p className="field__hint" id="org-open-hint">
        {t('org.openHint')}
      </p>
      <div className="org-chooser__inputs">
        <div>
          <label htmlFor="org-files" className="field__label">
            {t('org.chooseFiles')}
          </label>
          <input id="org-files" type="file" multiple accept=".json,application/json" aria-describedby="org-open-hint" disabled={disabled} onChange={(event) => take(event.target)} />
        </div>
        <div>
          <label htmlFor="org-folder" className="field__label">
            {t('org.chooseFolder')}
          </label>
          <input id="org-folder" type="file" multiple aria-describedby="org-open-hint" disabled={disabled} onChange={(event) => take(event.target)} {...folderAttributes} />
        </div>
      </div>
      {/* Dropping is a shortcut for the file fields above, which keyboard and screen-reader users use. */}
      <div
        className={dragging ? 'org-drop org-drop--over' : 'org-drop'}
        aria-hidden="true"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (!disabled) void droppedFiles(event.dataTransfer).then((files) => files.length > 0 && onFiles(files));
        }}
      >
        {t('org.dropZone')}
      </div>
    </div>
  );
}

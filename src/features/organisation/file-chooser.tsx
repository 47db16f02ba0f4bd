import { useState } from 'react';
import { FileField } from '../../ui/file-field';
import { droppedFiles } from './dropped-files';
import { useOrganisationTranslation } from './use-organisation-translation';

/** Many files, a whole folder, or a drop of either; added to the roll-up shown when `adding`. */
export function FileChooser({ onFiles, disabled, adding }: { onFiles: (files: File[]) => void; disabled: boolean; adding: boolean }) {
  const { t } = useOrganisationTranslation();
  const [dragging, setDragging] = useState(false);
  return (
    <div className="org-chooser">
      <p className="field__hint" id="org-open-hint">
        {t(adding ? 'org.addHint' : 'org.openHint')}
      </p>
      <div className="org-chooser__inputs">
        <FileField
          id="org-files"
          label={t(adding ? 'org.addFiles' : 'org.chooseFiles')}
          multiple
          accept=".json,.zip,application/json,application/zip"
          aria-describedby="org-open-hint"
          disabled={disabled}
          onFiles={onFiles}
        />
        <FileField
          id="org-folder"
          label={t(adding ? 'org.addFolder' : 'org.chooseFolder')}
          multiple
          directory
          aria-describedby="org-open-hint"
          disabled={disabled}
          onFiles={onFiles}
        />
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

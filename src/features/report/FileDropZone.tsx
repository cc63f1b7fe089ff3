/**
 * Where the teacher drops many progress files at once. Dragging is for the mouse; the native file
 * input inside (multiple) is the keyboard and screen-reader way in, with its own label.
 */
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  inputId: string;
  onFiles: (files: File[]) => void;
}

export function FileDropZone({ inputId, onFiles }: Props) {
  const { t } = useTranslation('report');
  const [active, setActive] = useState(false);
  // dragenter/dragleave fire for every child element crossed: count them to know when the pointer left.
  const depth = useRef(0);

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

  const onDragEnter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth.current += 1;
    setActive(true);
  };
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault(); // allows the drop
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setActive(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    depth.current = 0;
    setActive(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={`report-drop${active ? ' report-drop--active' : ''}`}
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <p className="report-drop__hint">{active ? t('files.dropActive') : t('files.dropHint')}</p>
      <p className="field">
        <label htmlFor={inputId}>{t('files.choose')}</label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            // Cleared so that choosing the same file again (after fixing it) is seen as a change.
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </p>
    </div>
  );
}

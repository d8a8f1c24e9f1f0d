// The «paste text or pick a file» form that starts an import: a text box, «Выбрать файл…»,
// «Показать» and the line that says which files it reads. The section decides what a pick or
// «Показать» does. A file dropped on the text box counts as picked.
import { Button, Caption1, Field, Textarea } from "@fluentui/react-components";
import { FilePickButton } from "./FilePickButton";
import { usePaneStyles } from "./styles";

export interface PickableFile {
  /** The file input's accessible name. */
  label: string;
  testId: string;
  accept: string;
  /** Said under the buttons, e.g. «Файлы .xlsx и .csv.» */
  formats: string;
}

interface Props {
  label: string;
  hint?: string;
  rows: number;
  placeholder: string;
  text: string;
  onTextChange(text: string): void;
  file: PickableFile;
  onFile(file: File): void;
  onShow(): void;
  busy: boolean;
}

export function PasteOrPickFile({ label, hint, rows, placeholder, text, onTextChange, file, onFile, onShow, busy }: Props) {
  const styles = usePaneStyles();
  return (
    <>
      <Field label={label} hint={hint}>
        <Textarea
          className={styles.textarea}
          resize="vertical"
          rows={rows}
          value={text}
          placeholder={placeholder}
          onChange={(_, data) => onTextChange(data.value)}
          // a file dropped on the text box is read as if picked (text dropped stays text)
          onDragOver={(e) => e.dataTransfer.types.includes("Files") && e.preventDefault()}
          onDrop={(e) => {
            const dropped = e.dataTransfer.files[0];
            if (!dropped) return;
            e.preventDefault();
            if (!busy) onFile(dropped);
          }}
        />
      </Field>
      <div className={styles.row}>
        <FilePickButton label={file.label} testId={file.testId} accept={file.accept} onFiles={([picked]) => onFile(picked)} disabled={busy}>
          Выбрать файл…
        </FilePickButton>
        <Button appearance="primary" onClick={onShow} disabled={busy || !text.trim()}>
          Показать
        </Button>
      </div>
      <Caption1 className={styles.hint}>{file.formats}</Caption1>
      {!text.trim() && !busy && (
        <Caption1 className={styles.hint} data-testid="show-disabled-why">
          Кнопка «Показать» станет доступна, когда в поле выше появится текст: вставьте его или выберите файл.
        </Caption1>
      )}
    </>
  );
}

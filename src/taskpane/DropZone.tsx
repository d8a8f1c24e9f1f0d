// A box the methodologist drops report files onto, with a button for those who pick files
// instead. Any file is accepted here: the ingestion explains what it cannot read.
import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent, type DragEvent } from "react";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  active: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  hiddenInput: { display: "none" },
});

export function DropZone({ onFiles, disabled }: { onFiles(files: File[]): void; disabled?: boolean }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (list: FileList | null | undefined) => {
    const files = list ? Array.from(list) : [];
    if (files.length && !disabled) onFiles(files);
  };
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = event.target.files ? Array.from(event.target.files) : [];
    event.target.value = ""; // so picking the same files again fires change
    if (files.length && !disabled) onFiles(files);
  };
  const dragOver = (event: DragEvent) => {
    event.preventDefault(); // allows the drop
    event.dataTransfer.dropEffect = disabled ? "none" : "copy";
    setOver(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.active)}
      onDragOver={dragOver}
      onDragEnter={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="report-drop-zone"
    >
      <Text size={200}>Перетащите сюда файлы отчётов</Text>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple
        aria-label="Файлы отчётов школ"
        data-testid="report-files-input"
        onChange={pick}
      />
      <Button onClick={() => input.current?.click()} disabled={disabled}>
        Выбрать файлы…
      </Button>
      <Caption1 className={styles.hint}>Можно сразу много файлов: .xlsx, .xls, .csv.</Caption1>
    </div>
  );
}

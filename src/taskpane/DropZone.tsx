// A box the methodologist drops report files onto, with a button for those who pick files
// instead. Any file is accepted here: the ingestion explains what it cannot read.
import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useState, type DragEvent } from "react";
import { FilePickButton } from "./FilePickButton";
import { usePaneStyles } from "./styles";

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
});

export function DropZone({ onFiles, disabled }: { onFiles(files: File[]): void; disabled?: boolean }) {
  const styles = useStyles();
  const paneStyles = usePaneStyles();
  const [over, setOver] = useState(false);

  const take = (files: File[]) => {
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
    take(Array.from(event.dataTransfer.files));
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
      <FilePickButton label="Файлы отчётов школ" testId="report-files-input" multiple onFiles={take} disabled={disabled}>
        Выбрать файлы…
      </FilePickButton>
      <Caption1 className={paneStyles.hint}>Можно сразу много файлов: .xlsx, .xls, .ods, .csv.</Caption1>
    </div>
  );
}

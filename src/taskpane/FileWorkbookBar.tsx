// Standalone mode: which свод file is open, «Открыть свод…» and «Скачать свод».
import { Button, Caption1, Text } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import type { FileWorkbook } from "./use-file-workbook";
import { useTask } from "./use-task";

export function FileWorkbookBar({ file }: { file: FileWorkbook }) {
  const styles = usePaneStyles();
  const task = useTask();
  const input = useRef<HTMLInputElement>(null);

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = "";
    if (chosen) void task.run(`Открываю «${chosen.name}»…`, async () => (await file.open(chosen), `Открыт свод «${chosen.name}».`));
  };
  const download = () => task.run("Сохраняю файл…", async () => (await file.download(), null));

  return (
    <Section title="Файл свода">
      <Text size={200} data-testid="workbook-file">
        {file.fileName ? `Открыт: «${file.fileName}»${file.unsaved ? " (есть несохранённые изменения)" : ""}` : "Файл не открыт."}
      </Text>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Файл свода (.xlsx)"
        data-testid="workbook-input"
        onChange={pick}
      />
      <div className={styles.row}>
        <Button onClick={() => input.current?.click()} disabled={!!task.busy}>
          Открыть свод…
        </Button>
        <Button appearance={file.unsaved ? "primary" : "secondary"} onClick={download} disabled={!file.fileName || !!task.busy}>
          Скачать свод
        </Button>
      </div>
      {!file.fileName && (
        <Caption1 className={styles.hint}>Откройте свой файл свода (.xlsx) или нажмите «Создать свод», чтобы начать новый.</Caption1>
      )}
      <TaskStatus task={task} />
    </Section>
  );
}

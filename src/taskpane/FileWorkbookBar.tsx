// Standalone mode: which свод file is open, «Открыть свод…» and «Скачать свод».
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
import { localNowIso } from "./clock";
import { FilePickButton } from "./FilePickButton";
import { restoreQuestion } from "./saved-draft";
import { Warnings } from "./Warnings";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import type { FileWorkbook } from "./use-file-workbook";
import { useTask } from "./use-task";

export function FileWorkbookBar({ file }: { file: FileWorkbook }) {
  const styles = usePaneStyles();
  const task = useTask();

  const open = (chosen: File) =>
    task.run(`Открываю «${chosen.name}»…`, async () => (await file.open(chosen), `Открыт свод «${chosen.name}».`));
  const download = () => task.run("Сохраняю файл…", async () => (await file.download(), null));
  const restore = () =>
    task.run("Восстанавливаю свод…", async () => {
      const name = file.draft?.fileName;
      await file.restoreDraft();
      return `Свод «${name}» восстановлен. Чтобы сохранить его, нажмите «Скачать свод».`;
    });

  return (
    <Section title="Файл свода">
      {file.draft && (
        <MessageBar intent="warning" layout="multiline" data-testid="restore-draft">
          <MessageBarBody>{restoreQuestion(file.draft, localNowIso())}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" size="small" onClick={() => void restore()} disabled={!!task.busy}>
              Восстановить
            </Button>
            <Button size="small" onClick={() => void file.dropDraft()} disabled={!!task.busy}>
              Не нужно
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Text size={200} data-testid="workbook-file">
        {file.fileName ? `Открыт: «${file.fileName}»${file.unsaved ? " (есть несохранённые изменения)" : ""}` : "Файл не открыт."}
      </Text>
      <div className={styles.row}>
        <FilePickButton
          label="Файл свода (.xlsx)"
          testId="workbook-input"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onFiles={([chosen]) => void open(chosen)}
          disabled={!!task.busy}
        >
          Открыть свод…
        </FilePickButton>
        <Button appearance={file.unsaved ? "primary" : "secondary"} onClick={download} disabled={!file.fileName || !!task.busy}>
          Скачать свод
        </Button>
      </div>
      {file.losses.length > 0 && (
        <Warnings
          items={[
            `В этой книге есть ${file.losses.join(", ")}: при сохранении на этой странице они пропадут. ` +
              "Если они нужны, работайте с этим сводом в Excel, а здесь — с копией.",
          ]}
        />
      )}
      {!file.fileName && (
        <Caption1 className={styles.hint}>Откройте свой файл свода (.xlsx) или нажмите «Создать свод», чтобы начать новый.</Caption1>
      )}
      {file.unsaved && file.copiedAt && (
        <Caption1 className={styles.hint} data-testid="draft-copied">
          {`Копия свода сохранена в этом браузере в ${file.copiedAt.slice(11, 16)}: пока свод не скачан, она будет предложена при следующем открытии страницы.`}
        </Caption1>
      )}
      <TaskStatus task={task} />
    </Section>
  );
}

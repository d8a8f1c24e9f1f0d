// «Загрузить отчёты»: the files schools sent back, dropped or picked, many at once. A progress
// bar follows the files; then each file is listed as taken, partly taken or refused, with reasons.
import { Caption1, Field, ProgressBar, Text } from "@fluentui/react-components";
import { useState } from "react";
import { localNowIso } from "./clock";
import { DropZone } from "./DropZone";
import { IngestResults } from "./IngestResults";
import { ingestView, type IngestView } from "./ingest-view";
import { loadIngestReports } from "./lazy-modules";
import { requirePort, type PaneWorkbook } from "./pane-workbook";
import { saveHint } from "./result-messages";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./use-task";

interface Progress {
  done: number;
  total: number;
  label: string;
}

/** Lets the browser paint the progress bar between files. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function IngestSection({ workbook }: { workbook: PaneWorkbook }) {
  const styles = usePaneStyles();
  const task = useTask();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [view, setView] = useState<IngestView | null>(null);

  const ingest = (chosen: File[]) =>
    task.run(`Загружаю отчёты (${chosen.length})…`, async () => {
      setView(null);
      const port = requirePort(workbook);
      try {
        const files = [];
        for (const [i, file] of chosen.entries()) {
          setProgress({ done: i, total: chosen.length, label: `Читаю «${file.name}»` });
          files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        }
        setProgress({ done: 0, total: chosen.length, label: "Проверяю отчёты" });
        const { ingestReports } = await loadIngestReports();
        await nextFrame();
        const result = await ingestReports(port, files, localNowIso(), (done, total, name) =>
          setProgress({ done, total, label: done < total ? `Проверяю «${name}» (${done + 1} из ${total})` : "Записываю в свод" }),
        );
        const shown = ingestView(result);
        if (shown.changed) workbook.changed();
        setView(shown);
        // The results speak for themselves; only the standalone page needs a reminder to save.
        return shown.changed && workbook.kind === "file" ? saveHint(workbook.kind).trim() : null;
      } finally {
        setProgress(null);
      }
    });

  return (
    <Section title="Загрузить отчёты">
      <Text size={200} className={styles.hint}>
        Файлы, которые прислали школы. Каждый файл проверяется отдельно: строки с ошибками не попадут в свод, а здесь будет сказано, что исправить.
      </Text>
      <DropZone onFiles={(files) => void ingest(files)} disabled={!!task.busy} />
      {progress ? (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.total ? progress.done / progress.total : undefined} max={1} aria-label="Ход загрузки" />
        </Field>
      ) : (
        <TaskStatus task={task} />
      )}
      {view && <IngestResults view={view} />}
      {view && view.counts.refused + view.counts.partial > 0 && (
        <Caption1 className={styles.hint}>Попросите школы исправить отмеченное и прислать файлы снова — их можно загрузить повторно.</Caption1>
      )}
    </Section>
  );
}

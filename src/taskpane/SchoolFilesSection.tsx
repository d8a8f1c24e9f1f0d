// «Файлы для школ»: one report file per organisation with its directives on control, for the
// chosen quarter, downloaded as one .zip. The quarter becomes the collection period in
// «Настройки», so that the files schools send back are checked against it.
import { Button, Caption1, Text } from "@fluentui/react-components";
import { useState } from "react";
import { localNowIso } from "./clock";
import { downloadBytes, ZIP_MIME } from "./download";
import { loadReportFiles, loadWorkbookSettings } from "./lazy-modules";
import { requirePort, type PaneWorkbook } from "./pane-workbook";
import { PeriodSelect } from "./PeriodSelect";
import { periodText } from "./periods-view";
import { NO_REPORT_FILES, REPORT_FILES_NEXT, reportFilesMessage, saveHint } from "./result-messages";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import { usePeriodChoice } from "./use-period-choice";
import { useTask } from "./use-task";
import type { WorkbookSettings } from "./use-workbook-settings";
import { UserFacingError } from "./user-message";


interface Archive {
  zip: Uint8Array;
  zipName: string;
}

export function SchoolFilesSection({ workbook, settings }: { workbook: PaneWorkbook; settings: WorkbookSettings }) {
  const styles = usePaneStyles();
  const task = useTask();
  const choice = usePeriodChoice(settings);
  const [archive, setArchive] = useState<Archive | null>(null);

  const make = () =>
    task.run("Готовлю файлы для школ…", async () => {
      setArchive(null);
      const port = requirePort(workbook);
      const period = choice.period;
      const [{ makeReportFiles }, { storeChoiceOn }] = await Promise.all([loadReportFiles(), loadWorkbookSettings()]);
      const nowIso = localNowIso();
      const made = await makeReportFiles(port, period, nowIso);
      if (!made.files.length) throw new UserFacingError(NO_REPORT_FILES);
      downloadBytes(made.zip, made.zipName, ZIP_MIME);
      setArchive({ zip: made.zip, zipName: made.zipName });
      // The files are made whatever happens to «Настройки»; a failed write is only reported.
      let periodNote = "";
      try {
        // «Настройки» as the files were made from it: not read again.
        const stored = await storeChoiceOn(port, made.settingsRows, { period }, nowIso.slice(0, 10));
        if (stored.written) {
          settings.known?.(stored.settings);
          workbook.changed();
          periodNote = ` Период сбора отчётов в «Настройках»: ${periodText(period)}.` + saveHint(workbook.kind);
        }
      } catch (e) {
        console.warn(e);
        periodNote = ` Не удалось записать период в «Настройки» — укажите там «${period}» вручную, иначе отчёты за этот период не будут приняты.`;
      }
      return reportFilesMessage(made.files.map((f) => f.orgCode), periodText(period), made.zipName) + periodNote;
    });

  return (
    <Section title="Файлы для школ">
      <Text size={200} className={styles.hint}>
        Для каждой организации — файл отчёта с её поручениями на контроле. Все файлы скачаются одним архивом .zip.
      </Text>
      <PeriodSelect label="Период отчёта" value={choice.period} options={choice.options} onChange={choice.setPeriod} disabled={!!task.busy} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={make} disabled={!!task.busy}>
          Сделать файлы
        </Button>
        {archive && (
          <Button onClick={() => downloadBytes(archive.zip, archive.zipName, ZIP_MIME)} disabled={!!task.busy}>
            Скачать архив ещё раз
          </Button>
        )}
      </div>
      <TaskStatus task={task} />
      {task.done && <Caption1 className={styles.hint}>{REPORT_FILES_NEXT}</Caption1>}
    </Section>
  );
}

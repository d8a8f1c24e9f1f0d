// «Сводка за квартал»: the «Сводка <период>» sheet for the chosen quarter and report date,
// its totals line and the names behind them here, and the collegium document to download.
import { Button, Text } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import { badDateMessage } from "./date-input";
import { DateField } from "./DateField";
import { localNowIso } from "./clock";
import { DOCX_MIME, downloadBytes } from "./download";
import { LazyFindings, loadSummary } from "./lazy-modules";
import { requirePort, type PaneWorkbook } from "./pane-workbook";
import { PeriodSelect } from "./PeriodSelect";
import { saveHint, summaryDocxName } from "./result-messages";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";
import { summaryView, type SummaryView } from "./summary-view";
import { TaskStatus } from "./TaskStatus";
import { useAsOfChoice, usePeriodChoice } from "./use-period-choice";
import { useTask } from "./use-task";
import type { WorkbookSettings } from "./use-workbook-settings";
import { UserFacingError } from "./user-message";
import { Warnings } from "./Warnings";


interface Made {
  view: SummaryView;
  docx: Uint8Array;
  docxName: string;
  warnings: string[];
}

export function SummarySection({ workbook, settings }: { workbook: PaneWorkbook; settings: WorkbookSettings }) {
  const styles = usePaneStyles();
  const task = useTask();
  const choice = usePeriodChoice(settings);
  const asOf = useAsOfChoice(settings);
  const [made, setMade] = useState<Made | null>(null);

  const make = () =>
    task.run("Составляю сводку…", async () => {
      setMade(null);
      if (!asOf.iso) throw new UserFacingError(badDateMessage(asOf.text));
      const port = requirePort(workbook);
      const { runSummary } = await loadSummary();
      const result = await runSummary(port, choice.period, asOf.iso, localNowIso());
      workbook.changed();
      setMade({
        view: summaryView(result.summary),
        docx: result.docx,
        docxName: summaryDocxName(choice.period),
        warnings: result.settingsProblems,
      });
      return `Готово: создан лист «${result.sheet.name}».${saveHint(workbook.kind)}`;
    });

  return (
    <Section title="Сводка за квартал">
      <Text size={200} className={styles.hint}>
        Итоги квартала на отдельном листе и документ для коллегии (.docx).
      </Text>
      <PeriodSelect label="Квартал" value={choice.period} options={choice.options} onChange={choice.setPeriod} disabled={!!task.busy} />
      <DateField label="По состоянию на" text={asOf.text} onChange={asOf.setText} disabled={!!task.busy} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={make} disabled={!!task.busy}>
          Сделать сводку
        </Button>
      </div>
      <TaskStatus task={task} />
      {made && (
        <>
          <Text size={200} block data-testid="summary-totals">
            {made.view.totals}
          </Text>
          <Text size={200} className={styles.hint} block>
            {made.view.shareNote}
          </Text>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => downloadBytes(made.docx, made.docxName, DOCX_MIME)}>
              Скачать документ (.docx)
            </Button>
          </div>
          <Warnings items={made.warnings} />
          <Suspense fallback={null}>
            <LazyFindings view={made.view} />
          </Suspense>
        </>
      )}
    </Section>
  );
}

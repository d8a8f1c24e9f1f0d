// «Проверить»: marks for every directive on control and organisation as of the chosen date,
// written to «Контроль»; here, how many of each mark, coloured like the sheet, and who is
// overdue, who sent no report and whose value misses a target. The date is
// kept in «Настройки» so that the summary and the next check start from it.
import { Button, Text } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import { badDateMessage } from "./date-input";
import { DateField } from "./DateField";
import { checkView, type CheckView } from "./check-view";
import { localNowIso } from "./clock";
import { LazyFindings, loadCheck, loadWorkbookSettings } from "./lazy-modules";
import { MarkCounts } from "./MarkCounts";
import { requirePort, type PaneWorkbook } from "./pane-workbook";
import { saveHint } from "./result-messages";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";
import { summaryView, type SummaryView } from "./summary-view";
import { TaskStatus } from "./TaskStatus";
import { useAsOfChoice } from "./use-period-choice";
import { useTask } from "./use-task";
import type { WorkbookSettings } from "./use-workbook-settings";
import { UserFacingError } from "./user-message";
import { Warnings } from "./Warnings";

export function CheckSection({ workbook, settings }: { workbook: PaneWorkbook; settings: WorkbookSettings }) {
  const styles = usePaneStyles();
  const task = useTask();
  const asOf = useAsOfChoice(settings);
  const [view, setView] = useState<CheckView | null>(null);
  const [findings, setFindings] = useState<SummaryView | null>(null);

  const check = () =>
    task.run("Проверяю сроки…", async () => {
      setView(null);
      setFindings(null);
      if (!asOf.iso) throw new UserFacingError(badDateMessage(asOf.text));
      const port = requirePort(workbook);
      const [{ runCheck }, { storeChoiceOn }] = await Promise.all([loadCheck(), loadWorkbookSettings()]);
      const nowIso = localNowIso();
      const result = await runCheck(port, asOf.iso, nowIso);
      // Keeping the date in «Настройки» is a convenience: a protected sheet must not fail the check.
      // «Настройки» as the check read it: one read per click.
      const stored = await storeChoiceOn(port, result.settingsRows, { asOf: asOf.iso }, nowIso.slice(0, 10)).catch((e) => console.warn(e));
      if (stored) settings.known?.(stored.settings);
      workbook.changed();
      setView(checkView(result));
      setFindings(summaryView(result.summary));
      return `Готово: отметки записаны на лист «Контроль».${saveHint(workbook.kind)}`;
    });

  return (
    <Section title="Проверить">
      <Text size={200} className={styles.hint}>
        Отметит на листе «Контроль», что выполнено, что просрочено и от кого нет отчёта.
      </Text>
      <DateField label="По состоянию на" text={asOf.text} onChange={asOf.setText} disabled={!!task.busy} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={check} disabled={!!task.busy}>
          Проверить
        </Button>
      </div>
      <TaskStatus task={task} />
      {view && (
        <>
          <Text size={200} weight="semibold" block>
            {view.heading}
          </Text>
          <MarkCounts marks={view.marks} />
          {view.notes.map((n) => (
            <Text key={n} size={200} className={styles.hint} block>
              {n}
            </Text>
          ))}
          <Warnings items={view.warnings} />
          {findings && (
            <Suspense fallback={null}>
              <LazyFindings view={findings} />
            </Suspense>
          )}
        </>
      )}
    </Section>
  );
}

// «Динамика за год»: every quarter with reports side by side on the «Динамика» sheet (with
// charts), and here the quarters' main figures.
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import { formatRu } from "../core/dates";
import { localNowIso } from "./clock";
import { loadDynamics } from "./lazy-modules";
import { periodText } from "./periods-view";
import { requirePort, type PaneWorkbook } from "./pane-workbook";
import { saveHint } from "./result-messages";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./use-task";
import { Warnings } from "./Warnings";

interface QuarterLine {
  period: string;
  text: string;
}

export function DynamicsSection({ workbook }: { workbook: PaneWorkbook }) {
  const styles = usePaneStyles();
  const task = useTask();
  const [lines, setLines] = useState<QuarterLine[]>([]);
  const [warnings, setWarnings] = useState<string[]>([]);

  const make = () =>
    task.run("Считаю по кварталам…", async () => {
      setLines([]);
      const port = requirePort(workbook);
      const { runDynamics } = await loadDynamics();
      const result = await runDynamics(port, localNowIso());
      workbook.changed();
      setWarnings(result.settingsProblems);
      setLines(
        result.summaries.map((s) => ({
          period: s.period,
          // A no-break space keeps «80 %» on one line in a narrow pane.
          text: `${periodText(s.period)} (на ${formatRu(s.asOf)}): на контроле ${s.totals.total}, в срок ${s.totals.onTime}, с нарушением ${s.totals.late}, просрочено ${s.totals.overdue}; % исполнения в срок — ${s.totals.onTimeShare === null ? "—" : `${Math.round(s.totals.onTimeShare * 100)}\u00a0%`}`,
        })),
      );
      if (!result.summaries.length) return "В листе «Отчёты» пока нет отчётов: динамику показать не по чему.";
      return `Готово: лист «${result.sheet.name}», кварталов: ${result.summaries.length}.${saveHint(workbook.kind)}`;
    });

  return (
    <Section title="Динамика за год">
      <Text size={200} className={styles.hint}>
        Исполнительская дисциплина организаций и целевые показатели по кварталам — на листе «Динамика» с диаграммами. Каждый квартал — на 5-е число следующего месяца, как в сводке за квартал.
      </Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={make} disabled={!!task.busy}>
          Показать динамику
        </Button>
      </div>
      <TaskStatus task={task} />
      {lines.map((l) => (
        <Text key={l.period} size={200} block>
          {l.text}
        </Text>
      ))}
      <Warnings items={warnings} />
    </Section>
  );
}

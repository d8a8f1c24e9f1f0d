// «Письма в организации»: for the chosen quarter, the letters with the report blanks or, after
// the check, the reminders, as e-mail drafts (.eml in one .zip) and as one .docx for paper.
// Organisations without an e-mail are named here; their letters are only in the .docx.
import { Button, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { LetterKind } from "../core/letters";
import { localNowIso } from "./clock";
import { DOCX_MIME, downloadBytes, ZIP_MIME } from "./download";
import { loadLetters } from "./lazy-modules";
import { lettersMessage, withoutEmailMessage } from "./letters-view";
import { requirePort, type PaneWorkbook } from "./pane-workbook";
import { PeriodSelect } from "./PeriodSelect";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import { usePeriodChoice } from "./use-period-choice";
import { useTask } from "./use-task";
import type { WorkbookSettings } from "./use-workbook-settings";
import { Warnings } from "./Warnings";


interface Made {
  zip: Uint8Array;
  zipName: string;
  docx: Uint8Array;
  docxName: string;
  warnings: string[];
}

export function LettersSection({ workbook, settings }: { workbook: PaneWorkbook; settings: WorkbookSettings }) {
  const styles = usePaneStyles();
  const task = useTask();
  const choice = usePeriodChoice(settings);
  const [kind, setKind] = useState<LetterKind>("blanks");
  const [made, setMade] = useState<Made | null>(null);

  const make = () =>
    task.run("Готовлю письма…", async () => {
      setMade(null);
      const port = requirePort(workbook);
      const { makeLetters } = await loadLetters();
      const result = await makeLetters(port, { kind, period: choice.period }, localNowIso());
      const outcome = { kind, letters: result.letters.length, drafts: result.drafts.length, zipName: result.zipName, withoutEmail: result.withoutEmail };
      if (result.letters.length) downloadBytes(result.zip, result.zipName, ZIP_MIME);
      const noEmail = withoutEmailMessage(outcome);
      setMade(result.letters.length ? { zip: result.zip, zipName: result.zipName, docx: result.docx, docxName: result.docxName, warnings: [...(noEmail ? [noEmail] : []), ...result.problems] } : null);
      return lettersMessage(outcome);
    });

  return (
    <Section title="Письма в организации">
      <Text size={200} className={styles.hint}>
        Черновики писем с адресом из листа «Организации», темой, текстом и бланком отчёта во вложении; те же письма — одним документом для печати.
      </Text>
      <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as LetterKind)} disabled={!!task.busy} aria-label="Какие письма">
        <Radio value="blanks" label="Бланки отчётов за квартал" />
        <Radio value="reminders" label="Напоминания после проверки" />
      </RadioGroup>
      <PeriodSelect label="Квартал" value={choice.period} options={choice.options} onChange={choice.setPeriod} disabled={!!task.busy} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={make} disabled={!!task.busy}>
          Сделать письма
        </Button>
      </div>
      <TaskStatus task={task} />
      {made && (
        <>
          <div className={styles.row}>
            <Button onClick={() => downloadBytes(made.zip, made.zipName, ZIP_MIME)}>Скачать черновики ещё раз</Button>
            <Button onClick={() => downloadBytes(made.docx, made.docxName, DOCX_MIME)}>Для печати (.docx)</Button>
          </div>
          <Warnings items={made.warnings} />
        </>
      )}
    </Section>
  );
}

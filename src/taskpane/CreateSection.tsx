// «Создать свод»: adds the sheets and tables of the свод that the workbook lacks.
import { Button, Text } from "@fluentui/react-components";
import { localNowIso } from "./clock";
import { loadCreateWorkbook } from "./lazy-modules";
import type { PaneWorkbook } from "./pane-workbook";
import { createdMessage } from "./result-messages";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./use-task";

export function CreateSection({ workbook }: { workbook: PaneWorkbook }) {
  const styles = usePaneStyles();
  const task = useTask();
  const create = () =>
    task.run("Создаю листы свода…", async () => {
      const [{ createWorkbook }, port] = await Promise.all([loadCreateWorkbook(), workbook.portForCreate()]);
      const result = await createWorkbook(port, localNowIso());
      workbook.changed();
      return createdMessage(result.created);
    });
  return (
    <Section title="Свод">
      <Text size={200} className={styles.hint}>
        {workbook.kind === "excel"
          ? "Добавит в открытую книгу листы свода: «Документы», «Поручения», «Организации» и другие. Существующие данные не меняются."
          : "Создаст новый свод или добавит недостающие листы в открытый файл."}
      </Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={create} disabled={!!task.busy}>
          Создать свод
        </Button>
      </div>
      <TaskStatus task={task} />
    </Section>
  );
}

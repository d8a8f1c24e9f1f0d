// «Организации»: the district's schools and other organisations, pasted from a table or read
// from an .xlsx/.csv file; the preview says what will be added or updated and what looks wrong,
// then «Добавить в свод» writes them to «Организации».
import { Caption1 } from "@fluentui/react-components";
import { useState } from "react";
import type { OrganisationListInput, OrganisationListPreview } from "../app/organisation-list";
import { AddOrCancel } from "./AddOrCancel";
import { localNowIso } from "./clock";
import { loadOrganisationList } from "./lazy-modules";
import { OrganisationPreview } from "./OrganisationPreview";
import { givenCodesSentence, organisationListView } from "./organisation-view";
import { requirePort, type PaneWorkbook } from "./pane-workbook";
import { PasteOrPickFile, type PickableFile } from "./PasteOrPickFile";
import { organisationsMessage, saveHint } from "./result-messages";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./use-task";

export const PASTED_LIST = "Вставленный список";

const LIST_FILE: PickableFile = {
  label: "Файл со списком организаций (.xlsx или .csv)",
  testId: "organisations-file",
  accept: ".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  formats: "Файлы .xlsx и .csv.",
};

interface Shown {
  preview: OrganisationListPreview;
  source: string;
}

export function OrganisationsSection({ workbook }: { workbook: PaneWorkbook }) {
  const styles = usePaneStyles();
  const task = useTask();
  const [text, setText] = useState("");
  const [shown, setShown] = useState<Shown | null>(null);

  const preview = (input: OrganisationListInput, source: string) =>
    task.run("Читаю список…", async () => {
      setShown(null);
      const port = requirePort(workbook);
      const { previewOrganisationList } = await loadOrganisationList();
      setShown({ preview: await previewOrganisationList(port, input), source });
      return null;
    });

  const show = () => preview({ text, sourceName: PASTED_LIST }, PASTED_LIST);

  const readFile = async (file: File) => {
    await preview({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, file.name);
  };

  const apply = () =>
    task.run("Записываю организации…", async () => {
      if (!shown) return null;
      const port = requirePort(workbook);
      const { applyOrganisationList } = await loadOrganisationList();
      const result = await applyOrganisationList(port, shown.preview, localNowIso(), shown.source);
      workbook.changed();
      setShown(null);
      return organisationsMessage(result.added, result.updated) + givenCodesSentence(shown.preview) + saveHint(workbook.kind);
    });

  const view = shown ? organisationListView(shown.preview) : null;
  return (
    <Section title="Организации">
      <PasteOrPickFile
        label="Список организаций"
        hint="Код и название в каждой строке, лучше со строкой заголовка («Код», «Наименование», «Тип»…). Можно вставить одни названия: коды будут присвоены по типу (ОО-01, ДОО-01…)."
        rows={4}
        placeholder="Скопируйте строки из таблицы Excel и вставьте сюда…"
        text={text}
        onTextChange={(value) => {
          setText(value);
          setShown(null);
        }}
        file={LIST_FILE}
        onFile={(file) => void readFile(file)}
        onShow={show}
        busy={!!task.busy}
      />
      <TaskStatus task={task} />
      {view && (
        <>
          {shown?.source !== PASTED_LIST && <Caption1 className={styles.hint}>Из файла «{shown?.source}»</Caption1>}
          <OrganisationPreview view={view} />
          <AddOrCancel onAdd={apply} onCancel={() => setShown(null)} busy={!!task.busy} canAdd={view.canApply} />
        </>
      )}
    </Section>
  );
}

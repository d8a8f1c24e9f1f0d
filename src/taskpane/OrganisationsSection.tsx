// «Организации»: the district's schools and other organisations, pasted from a table or read
// from an .xlsx/.csv file; the preview says what will be added or updated and what looks wrong,
// then «Добавить в свод» writes them to «Организации».
import { Button, Caption1, Field, Textarea } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import type { OrganisationListInput, OrganisationListPreview } from "../app/organisation-list";
import { localNowIso } from "./clock";
import { loadOrganisationList } from "./lazy-modules";
import { OrganisationPreview } from "./OrganisationPreview";
import { organisationListView } from "./organisation-view";
import { requirePort, type PaneWorkbook } from "./pane-workbook";
import { organisationsMessage, saveHint } from "./result-messages";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./use-task";

export const PASTED_LIST = "Вставленный список";

interface Shown {
  preview: OrganisationListPreview;
  source: string;
}

export function OrganisationsSection({ workbook }: { workbook: PaneWorkbook }) {
  const styles = usePaneStyles();
  const task = useTask();
  const fileInput = useRef<HTMLInputElement>(null);
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

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ""; // so picking the same file again fires change
    if (!file) return;
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
      return organisationsMessage(result.added, result.updated) + saveHint(workbook.kind);
    });

  const view = shown ? organisationListView(shown.preview) : null;
  return (
    <Section title="Организации">
      <Field label="Список организаций" hint="Код и название в каждой строке; лучше вместе со строкой заголовка («Код», «Наименование», «Тип»…).">
        <Textarea
          className={styles.textarea}
          resize="vertical"
          rows={4}
          value={text}
          placeholder="Скопируйте строки из таблицы Excel и вставьте сюда…"
          onChange={(_, data) => {
            setText(data.value);
            setShown(null);
          }}
        />
      </Field>
      <input
        ref={fileInput}
        className={styles.hiddenInput}
        type="file"
        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Файл со списком организаций (.xlsx или .csv)"
        data-testid="organisations-file"
        onChange={pickFile}
      />
      <div className={styles.row}>
        <Button onClick={() => fileInput.current?.click()} disabled={!!task.busy}>
          Выбрать файл…
        </Button>
        <Button appearance="primary" onClick={show} disabled={!!task.busy || !text.trim()}>
          Показать
        </Button>
      </div>
      <Caption1 className={styles.hint}>Файлы .xlsx и .csv.</Caption1>
      <TaskStatus task={task} />
      {view && (
        <>
          {shown?.source !== PASTED_LIST && <Caption1 className={styles.hint}>Из файла «{shown?.source}»</Caption1>}
          <OrganisationPreview view={view} />
          <div className={styles.row}>
            <Button appearance="primary" onClick={apply} disabled={!!task.busy || !view.canApply}>
              Добавить в свод
            </Button>
            <Button onClick={() => setShown(null)} disabled={!!task.busy}>
              Отмена
            </Button>
          </div>
        </>
      )}
    </Section>
  );
}

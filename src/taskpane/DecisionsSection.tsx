// «Решения коллегии»: after the collegium, the directives on control with Svodka's proposal;
// she picks what was decided for each, sees what will change in «Поручения», then applies it.
// Applying the same decisions again changes nothing.
import { Button, Input, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { DecisionCandidate, DecisionsResult } from "../app/decisions";
import { localNowIso } from "./clock";
import { dateText, parseRuDate, badDateMessage } from "./date-input";
import { DateField } from "./DateField";
import { chosenDecisions, choiceFromProposal, DECISION_OPTIONS, type DecisionChoice, type DecisionChoiceKind } from "./decisions-view";
import { loadDecisions } from "./lazy-modules";
import { requirePort, type PaneWorkbook } from "./pane-workbook";
import { saveHint } from "./result-messages";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./use-task";
import { UserFacingError } from "./user-message";
import { Warnings } from "./Warnings";

export function DecisionsSection({ workbook }: { workbook: PaneWorkbook }) {
  const styles = usePaneStyles();
  const task = useTask();
  const [candidates, setCandidates] = useState<DecisionCandidate[]>([]);
  const [choices, setChoices] = useState(new Map<string, DecisionChoice>());
  const [dateTextValue, setDateText] = useState(dateText(localNowIso().slice(0, 10)));
  const [preview, setPreview] = useState<DecisionsResult | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const set = (key: string, patch: Partial<DecisionChoice>) => {
    setPreview(null);
    setChoices((m) => new Map(m).set(key, { ...(m.get(key) ?? { kind: "", dateText: "" }), ...patch }));
  };

  const list = () =>
    task.run("Читаю поручения…", async () => {
      setPreview(null);
      const { decisionCandidates } = await loadDecisions();
      const found = await decisionCandidates(requirePort(workbook), localNowIso());
      setCandidates(found);
      setChoices(new Map(found.map((c) => [c.directiveKey, choiceFromProposal(c.proposal)])));
      return found.length ? null : "Поручений на контроле нет.";
    });

  const input = () => {
    const collegiumDate = parseRuDate(dateTextValue);
    if (!collegiumDate) throw new UserFacingError(badDateMessage(dateTextValue));
    const nOf = (key: string) => candidates.find((c) => c.directiveKey === key)?.n || key;
    const chosen = chosenDecisions(choices, nOf);
    setProblems(chosen.problems);
    if (chosen.problems.length) throw new UserFacingError("Не у всех решений указана дата продления — см. ниже.");
    return { collegiumDate, lines: chosen.lines };
  };

  const show = () =>
    task.run("Сравниваю со сводом…", async () => {
      const { previewDecisions } = await loadDecisions();
      const result = await previewDecisions(requirePort(workbook), input());
      setPreview(result);
      return result.changed ? null : "В своде уже всё так, как решила коллегия: применять нечего.";
    });

  const apply = () =>
    task.run("Записываю решения…", async () => {
      const { applyDecisions } = await loadDecisions();
      const result = await applyDecisions(requirePort(workbook), input(), localNowIso());
      setPreview(null);
      if (!result.written) return "Изменений нет: решения уже были внесены.";
      workbook.changed();
      return `Готово: изменено поручений — ${result.changed}, запись в «Журнале». Следующая проверка учтёт решения.${saveHint(workbook.kind)}`;
    });

  return (
    <Section title="Решения коллегии">
      <Text size={200} className={styles.hint}>
        После коллегии отметьте, что решено по каждому поручению: «снять с контроля» (в «Поручениях» — «На контроле: нет» и основание в примечании) или «продлить срок до …» (срок и основание продления).
      </Text>
      <div className={styles.row}>
        <Button onClick={list} disabled={!!task.busy}>
          Показать поручения на контроле
        </Button>
      </div>
      {candidates.length > 0 && (
        <>
          <DateField label="Дата коллегии" text={dateTextValue} onChange={(t) => {
              setPreview(null);
              setDateText(t);
            }} disabled={!!task.busy} />
          {candidates.map((c) => {
            const choice = choices.get(c.directiveKey) ?? { kind: "" as const, dateText: "" };
            return (
              <div key={c.directiveKey} data-testid="decision-row">
                <Text size={200} block weight="semibold">
                  п. {c.n}. {c.text.length > 140 ? `${c.text.slice(0, 139)}…` : c.text}
                </Text>
                <Text size={200} className={styles.hint} block>
                  Срок: {c.deadline}. {c.status ? `Статус: ${c.status}. ` : ""}Предложено: {c.proposal}.
                </Text>
                <div className={styles.row}>
                  <Select aria-label={`Решение по п. ${c.n}`} value={choice.kind} onChange={(_, d) => set(c.directiveKey, { kind: d.value as DecisionChoiceKind })} disabled={!!task.busy}>
                    {DECISION_OPTIONS.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                  {choice.kind === "extend" && (
                    <Input aria-label={`Новый срок п. ${c.n}`} placeholder="ДД.ММ.ГГГГ" value={choice.dateText} onChange={(_, d) => set(c.directiveKey, { dateText: d.value })} disabled={!!task.busy} />
                  )}
                </div>
              </div>
            );
          })}
          <div className={styles.row}>
            <Button onClick={show} disabled={!!task.busy}>
              Показать изменения
            </Button>
            <Button appearance="primary" onClick={apply} disabled={!!task.busy || !preview || preview.changed === 0}>
              Применить
            </Button>
          </div>
        </>
      )}
      <TaskStatus task={task} />
      <Warnings items={problems} />
      {preview && (
        <div data-testid="decisions-preview">
          {preview.items.map((i) => (
            <Text key={i.directiveKey} size={200} block>
              п. {i.n} — {i.decision}: {i.changes.length ? i.changes.join("; ") : "в своде уже так"}
            </Text>
          ))}
        </div>
      )}
    </Section>
  );
}

// The import preview: what «Добавить в свод» will write, one card per directive. A long text opens
// in full on demand; a deadline or «на контроле» read wrongly can be corrected on the card.
import { Badge, Button, Caption1, Checkbox, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatRu } from "../core/dates";
import type { IdentityChoice } from "../core/import/document-identity";
import { useCardStyles } from "./card-styles";
import { parseRuDate } from "./date-input";
import type { PreviewCorrection, PreviewItemView, PreviewView } from "./preview-view";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  removed: { opacity: 0.75, textDecorationLine: "line-through" },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  number: { fontWeight: tokens.fontWeightSemibold },
  // A date stays on the head line; a worded deadline («ежеквартально до 5 числа месяца…») wraps.
  deadline: { marginLeft: "auto", color: tokens.colorNeutralForeground2, textAlign: "right", minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
  warning: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  warningText: { color: tokens.colorPaletteDarkOrangeForeground1 },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  choices: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  link: { minWidth: 0, padding: 0, height: "auto", fontWeight: tokens.fontWeightRegular },
  editor: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

type Correct = (key: string, correction: PreviewCorrection) => void;

/** The deadline and «на контроле» of one directive as she corrects them before adding. */
function CorrectionFields({ item, onCorrect }: { item: PreviewItemView; onCorrect: Correct }) {
  const styles = useStyles();
  const [text, setText] = useState(item.controlDate ? formatRu(item.controlDate) : "");
  const bad = text.trim() !== "" && parseRuDate(text) === null;
  return (
    <div className={styles.editor}>
      <Field
        label="Контрольная дата"
        size="small"
        validationState={bad ? "error" : "none"}
        validationMessage={bad ? `Дата «${text.trim()}» не распознана: укажите её как ДД.ММ.ГГГГ.` : undefined}
      >
        <Input
          size="small"
          value={text}
          placeholder="ДД.ММ.ГГГГ"
          inputMode="numeric"
          onChange={(_, data) => {
            setText(data.value);
            const iso = parseRuDate(data.value);
            if (iso || !data.value.trim()) onCorrect(item.key, { controlDate: iso ?? undefined });
          }}
        />
      </Field>
      {item.canSetControl && (
        <Checkbox label="На контроле" checked={item.onControl} onChange={(_, data) => onCorrect(item.key, { onControl: !!data.checked })} />
      )}
    </div>
  );
}

const CHANGE_COLOR = { added: "success", changed: "warning", removed: "danger", unchanged: "informative" } as const;

function PreviewItem({ item, onCorrect }: { item: PreviewItemView; onCorrect?: Correct }) {
  const styles = useStyles();
  const cards = useCardStyles();
  const paneStyles = usePaneStyles();
  const [full, setFull] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const className = mergeClasses(cards.card, item.warnings.length > 0 && cards.flagged);
  return (
    <li className={className} data-testid="preview-item">
      <div className={styles.head}>
        <Text className={styles.number}>п. {item.n}</Text>
        {item.changeLabel && (
          <Badge appearance="tint" color={CHANGE_COLOR[item.change]} className={paneStyles.badge}>
            {item.changeLabel}
          </Badge>
        )}
        {!item.onControl && item.canCorrect && (
          <Badge appearance="tint" color="subtle" className={paneStyles.badge} data-testid="not-on-control">
            не на контроле
          </Badge>
        )}
        <Caption1 className={styles.deadline} title="Срок">
          {item.deadline}
          {item.deadlineCorrected && " (исправлено)"}
        </Caption1>
      </div>
      <Text size={200} className={item.change === "removed" ? styles.removed : undefined}>
        {full ? item.fullText : item.text}
      </Text>
      <Caption1 className={styles.meta}>
        {item.executors}
        {item.organisations && ` — ${item.organisations}`}
      </Caption1>
      {item.target && <Caption1 className={styles.meta}>{item.target}</Caption1>}
      {item.warnings.map((w, i) => (
        <div key={i} className={styles.warning}>
          <Badge appearance="filled" color="warning" className={paneStyles.badge}>
            проверить
          </Badge>
          <Caption1 className={styles.warningText}>{w}</Caption1>
        </div>
      ))}
      {(item.shortened || (onCorrect && item.canCorrect)) && (
        <div className={styles.links}>
          {item.shortened && (
            <Button appearance="transparent" size="small" className={styles.link} aria-expanded={full} onClick={() => setFull(!full)}>
              {full ? "Свернуть текст" : "Показать текст полностью"}
            </Button>
          )}
          {onCorrect && item.canCorrect && (
            <Button appearance="transparent" size="small" className={styles.link} aria-expanded={correcting} onClick={() => setCorrecting(!correcting)}>
              {correcting ? "Готово" : item.canSetControl ? "Исправить срок или контроль" : "Исправить срок"}
            </Button>
          )}
        </div>
      )}
      {correcting && onCorrect && <CorrectionFields item={item} onCorrect={onCorrect} />}
    </li>
  );
}

/** A titled run of cards; the title is left out when the run is the only one. */
function PreviewGroup({ title, items, onCorrect }: { title?: string; items: PreviewItemView[]; onCorrect?: Correct }) {
  const styles = useStyles();
  const cards = useCardStyles();
  return (
    <>
      {title && (
        <Text className={styles.groupTitle} block>
          {`${title} (${items.length})`}
        </Text>
      )}
      <ul className={cards.list}>
        {items.map((item) => (
          <PreviewItem key={item.key} item={item} onCorrect={onCorrect} />
        ))}
      </ul>
    </>
  );
}

/** Another document of the свод has this id: nothing is added until she picks one of the two ways. */
function ClashChoice({ clash, onChoose, busy }: { clash: NonNullable<PreviewView["clash"]>; onChoose(choice: IdentityChoice): void; busy: boolean }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="document-clash">
      <MessageBarBody>
        {clash.message}
        <div className={styles.choices}>
          <Button size="small" onClick={() => onChoose(clash.asNew.choice)} disabled={busy}>
            {clash.asNew.label}
          </Button>
          <Button size="small" onClick={() => onChoose(clash.asEdition.choice)} disabled={busy}>
            {clash.asEdition.label}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

interface Props {
  view: PreviewView;
  /** How she settles a clash of ids (shown only when the view has one). */
  onChoose?(choice: IdentityChoice): void;
  /** How she corrects a directive's deadline or «на контроле» before adding (no corrections without it). */
  onCorrect?: Correct;
  busy?: boolean;
}

export function PreviewList({ view, onChoose, onCorrect, busy = false }: Props) {
  const styles = useStyles();
  return (
    <div aria-label="Предпросмотр импорта">
      <Text weight="semibold" block>
        {view.title || "Документ без названия"}
      </Text>
      {view.idLine && (
        <Caption1 block className={styles.meta}>
          {view.idLine}
        </Caption1>
      )}
      {view.clash && onChoose && <ClashChoice clash={view.clash} onChoose={onChoose} busy={busy} />}
      <Text size={200} block>
        {view.summary}
        {view.doubtfulCount > 0 && ` Проверьте пометки «проверить» (${view.doubtfulCount}).`}
      </Text>
      {view.notes.length > 0 && (
        <ul className={styles.notes}>
          {view.notes.map((n) => (
            <li key={n}>
              <Caption1>{n}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {view.changes.length > 0 && <PreviewGroup title="Изменения" items={view.changes} onCorrect={onCorrect} />}
      {view.others.length > 0 && <PreviewGroup title={view.changes.length > 0 ? "Без изменений" : undefined} items={view.others} onCorrect={onCorrect} />}
    </div>
  );
}

// The import preview: what «Добавить в свод» will write, one card per directive.
import { Badge, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { PreviewItemView, PreviewView } from "./preview-view";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  doubtful: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}` },
  removed: { opacity: 0.75, textDecorationLine: "line-through" },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  number: { fontWeight: tokens.fontWeightSemibold },
  // A date stays on the head line; a worded deadline («ежеквартально до 5 числа месяца…») wraps.
  deadline: { marginLeft: "auto", color: tokens.colorNeutralForeground2, textAlign: "right", minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
  warning: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  warningText: { color: tokens.colorPaletteDarkOrangeForeground1 },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const CHANGE_COLOR = { added: "success", changed: "warning", removed: "danger", unchanged: "informative" } as const;

function PreviewItem({ item }: { item: PreviewItemView }) {
  const styles = useStyles();
  const className = [styles.item, item.warnings.length ? styles.doubtful : ""].join(" ");
  return (
    <li className={className} data-testid="preview-item">
      <div className={styles.head}>
        <Text className={styles.number}>п. {item.n}</Text>
        {item.changeLabel && (
          <Badge appearance="tint" color={CHANGE_COLOR[item.change]} className={styles.badge}>
            {item.changeLabel}
          </Badge>
        )}
        <Caption1 className={styles.deadline} title="Срок">
          {item.deadline}
        </Caption1>
      </div>
      <Text size={200} className={item.change === "removed" ? styles.removed : undefined} title={item.fullText}>
        {item.text}
      </Text>
      <Caption1 className={styles.meta}>{item.executors}</Caption1>
      {item.warnings.map((w, i) => (
        <div key={i} className={styles.warning}>
          <Badge appearance="filled" color="warning" className={styles.badge}>
            проверить
          </Badge>
          <Caption1 className={styles.warningText}>{w}</Caption1>
        </div>
      ))}
    </li>
  );
}

export function PreviewList({ view }: { view: PreviewView }) {
  const styles = useStyles();
  return (
    <div aria-label="Предпросмотр импорта">
      <Text weight="semibold" block>
        {view.title || "Документ без названия"}
      </Text>
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
      {view.changes.length > 0 && (
        <>
          <Text className={styles.groupTitle} block>
            Изменения
          </Text>
          <ul className={styles.list}>
            {view.changes.map((item) => (
              <PreviewItem key={item.key} item={item} />
            ))}
          </ul>
        </>
      )}
      {view.others.length > 0 && (
        <>
          {view.changes.length > 0 && (
            <Text className={styles.groupTitle} block>
              Без изменений
            </Text>
          )}
          <ul className={styles.list}>
            {view.others.map((item) => (
              <PreviewItem key={item.key} item={item} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

// Counts of «Контроль» rows per mark, each mark in the colours the sheet gives it.
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { MarkCountView } from "./check-view";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  count: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
});

export function MarkCounts({ marks }: { marks: MarkCountView[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Отметки на листе «Контроль»">
      {marks.map((m) => (
        <li
          key={m.mark}
          className={styles.item}
          style={{ backgroundColor: m.fill, color: m.font, borderColor: m.fill }}
          data-testid="mark-count"
          data-mark={m.mark}
        >
          <Text size={200} style={{ color: "inherit" }}>
            {m.mark}
          </Text>
          <Text size={300} className={styles.count} style={{ color: "inherit" }}>
            {m.count}
          </Text>
        </li>
      ))}
    </ul>
  );
}

// One organisation or directive of a finding: its name and figures, opening onto the lines
// behind them. A native disclosure: works with the keyboard and a screen reader, and long
// school names wrap instead of widening the pane.
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { FindingItem as Item } from "./summary-view";

const useStyles = makeStyles({
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  summary: { cursor: "pointer", paddingLeft: tokens.spacingHorizontalXXS },
  title: { fontWeight: tokens.fontWeightSemibold },
  figures: { display: "block", color: tokens.colorNeutralForeground3 },
  lines: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export function FindingItem({ item }: { item: Item }) {
  const styles = useStyles();
  return (
    <details className={styles.item} data-testid="finding-item" data-key={item.key}>
      <summary className={styles.summary}>
        <Text size={200} className={styles.title}>
          {item.title}
        </Text>
        <Text size={200} className={styles.figures}>
          {item.summary}
        </Text>
      </summary>
      <ul className={styles.lines}>
        {item.lines.map((l) => (
          <li key={l.key}>
            <Text size={200}>{l.text}</Text>
          </li>
        ))}
      </ul>
    </details>
  );
}

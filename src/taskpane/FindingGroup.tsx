// One heading of the findings («Просрочено», «Не представили отчёт», «Целевой показатель…»)
// with its organisations or directives, or a line saying there are none.
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { MARK } from "../core/check/types";
import { markColours } from "./check-view";
import { FindingItem } from "./FindingItem";
import type { FindingGroup as Group, GroupId, Grouping } from "./summary-view";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, paddingLeft: tokens.spacingHorizontalS, borderLeft: "3px solid" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** The group's edge in the colour «Контроль» gives its mark. */
const EDGE: Record<GroupId, string> = {
  overdue: markColours(MARK.overdue).font ?? "#9C0006",
  silent: markColours(MARK.noReport).fill ?? "#D9D9D9",
  targets: "#FFC000",
};

export function FindingGroup({ group, grouping }: { group: Group; grouping: Grouping }) {
  const styles = useStyles();
  const items = group[grouping];
  return (
    <div className={styles.group} style={{ borderLeftColor: EDGE[group.id] }} role="group" aria-label={group.heading} data-testid="finding-group" data-group={group.id}>
      <Text size={200} weight="semibold" block>
        {group.heading}
      </Text>
      {items.length ? (
        <ul className={styles.list}>
          {items.map((i) => (
            <li key={i.key}>
              <FindingItem item={i} />
            </li>
          ))}
        </ul>
      ) : (
        <Text size={200} className={styles.empty} block>
          {group.empty}
        </Text>
      )}
    </div>
  );
}

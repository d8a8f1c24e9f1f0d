// Who the check and the summary name: the groups of the summary view, listed by organisation
// or by directive as she chooses.
import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { FindingGroup } from "./FindingGroup";
import type { Grouping, SummaryView } from "./summary-view";

const useStyles = makeStyles({
  findings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  switch: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

const GROUPINGS: [Grouping, string][] = [
  ["byOrganisation", "По организациям"],
  ["byDirective", "По поручениям"],
];

export function Findings({ view }: { view: Pick<SummaryView, "groups"> }) {
  const styles = useStyles();
  const [grouping, setGrouping] = useState<Grouping>("byOrganisation");
  return (
    <div className={styles.findings} data-testid="findings">
      <div className={styles.switch} role="group" aria-label="Показать">
        {GROUPINGS.map(([g, label]) => (
          <ToggleButton key={g} size="small" checked={grouping === g} appearance={grouping === g ? "primary" : "secondary"} onClick={() => setGrouping(g)}>
            {label}
          </ToggleButton>
        ))}
      </div>
      {view.groups.map((g) => (
        <FindingGroup key={g.id} group={g} grouping={grouping} />
      ))}
    </div>
  );
}

// The organisation list preview: counts and codes, rows not taken, and look-alike entries
// (amber, with a badge «повтор» or «похожи»), so she can fix the list before adding it.
import { Badge, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { OrganisationListView } from "./organisation-view";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  problem: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: "anywhere" },
  duplicate: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  codes: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export function OrganisationPreview({ view }: { view: OrganisationListView }) {
  const styles = useStyles();
  const paneStyles = usePaneStyles();
  return (
    <div aria-label="Предпросмотр списка организаций">
      <Text size={200} weight="semibold" block data-testid="organisations-summary">
        {view.summary}
      </Text>
      {view.codes.map((c) => (
        <Caption1 key={c} className={styles.codes} block>
          {c}
        </Caption1>
      ))}
      {view.given.length > 0 && (
        <>
          <Text size={200} className={styles.groupTitle} block>
            Новые организации и их коды
          </Text>
          <ul className={styles.list} data-testid="organisation-given-codes">
            {view.given.map((g) => (
              <li key={g}>
                <Caption1 className={styles.codes}>{g}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {view.matched.length > 0 && (
        <>
          <Text size={200} className={styles.groupTitle} block>
            Уже есть в своде (узнаны по названию)
          </Text>
          <ul className={styles.list}>
            {view.matched.map((m) => (
              <li key={m}>
                <Caption1 className={styles.codes}>{m}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {view.duplicates.length > 0 && (
        <>
          <Text size={200} className={styles.groupTitle} block>
            Похоже на повторы — проверьте
          </Text>
          <ul className={styles.list}>
            {view.duplicates.map((d) => (
              <li key={d.message} className={styles.duplicate} data-testid="organisation-duplicate">
                <Badge appearance="filled" color="warning" className={paneStyles.badge}>
                  {d.kind === "near" ? "похожи" : "повтор"}
                </Badge>
                <Caption1>{d.message}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {view.problems.length > 0 && (
        <>
          <Text size={200} className={styles.groupTitle} block>
            Замечания по строкам
          </Text>
          <ul className={styles.list}>
            {view.problems.map((p, i) => (
              <li key={i} data-testid="organisation-problem">
                <Caption1 className={styles.problem}>{p}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

// The bordered cards that previews and results are listed in: one card per directive, per
// report file, per new executor phrase.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useCardStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  /** An amber edge: a card she should look at before going on. */
  flagged: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}` },
});

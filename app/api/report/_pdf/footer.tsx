import { Text, View } from "@react-pdf/renderer";
import { T } from "./safe-text";
import { s } from "./styles";

/** On every page: what this is, and "Page N of M". */
export function Footer({ date, version }: { date: string; version: string }) {
  return (
    <View style={s.footer} fixed>
      <T style={{ fontSize: 7.5, lineHeight: 1 }}>{`flagless decision memo · ${date} · catalog ${version}`}</T>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

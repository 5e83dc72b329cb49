import { View } from "@react-pdf/renderer";
import { T } from "./safe-text";
import { s } from "./styles";

/** On every page: what this is, and "Page N of M". */
export function Footer({ date, version }: { date: string; version: string }) {
  return (
    <View style={s.footer} fixed>
      <T>{`flagless decision memo · ${date} · catalog ${version}`}</T>
      <T render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

import { Link, View } from "@react-pdf/renderer";
import { QrCode } from "./qr-code";
import { T } from "./safe-text";
import { UrlText } from "./url-lines";
import { COLOR, s } from "./styles";

/** The link that reopens this result, as text and as a QR code for a printed copy. */
export function ShareBox({ url }: { url: string }) {
  return (
    <View style={[s.row, { marginTop: 18, borderWidth: 0.75, borderColor: COLOR.rule, borderRadius: 3, padding: 10 }]} wrap={false}>
      <QrCode text={url} width={72} />
      <View style={{ flex: 1, marginLeft: 12, justifyContent: "center" }}>
        <T style={s.h3}>Reopen this result</T>
        <T style={[s.small, { marginTop: 2, marginBottom: 4 }]}>
          Scan the code or open the link to see the interactive result, change an answer, or check newer prices.
        </T>
        <Link src={url} style={[s.link, { fontSize: 8 }]}>
          <UrlText url={url} max={80} style={{ fontSize: 8, color: COLOR.accent }} />
        </Link>
      </View>
    </View>
  );
}

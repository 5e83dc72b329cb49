import { View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { T } from "./safe-text";
import { s } from "./styles";

type Chrome = { date: string; version: string };

/** On every page: what this is, and "Page N of M". */
function Footer({ date, version, pageNumber, totalPages }: Chrome & { pageNumber?: number; totalPages?: number }) {
  return (
    <View style={s.footer}>
      <T style={{ fontSize: 7.5, lineHeight: 1 }}>{`flagless decision memo · ${date} · catalog ${version}`}</T>
      <T style={{ fontSize: 7.5, lineHeight: 1 }}>{`Page ${pageNumber ?? 1} of ${totalPages ?? "?"}`}</T>
    </View>
  );
}

type LayoutProps = { children: ReactNode; pageNumber?: number; totalPages?: number };

/**
 * The page template for react-pdf's pagination engine (`layout` on <Page>): the content flows in
 * the growing area, the footer is page chrome whose room is reserved on every page. The engine
 * measures the content once and packs it into pages, instead of laying out everything that is
 * left again for every page break. https://github.com/diegomura/react-pdf (packages/paginate)
 */
export function pageLayout(chrome: Chrome) {
  return function MemoPage({ children, pageNumber, totalPages }: LayoutProps) {
    return (
      <>
        <View style={{ flexGrow: 1 }}>{children}</View>
        <Footer {...chrome} pageNumber={pageNumber} totalPages={totalPages} />
      </>
    );
  };
}

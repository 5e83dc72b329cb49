import type { Metadata } from "next";
import MethodologyPage from "../../(site)/methodology/page";
import { METHOD } from "@/lib/vocab/ui/methodology";

export const metadata: Metadata = { title: METHOD.title.zh };

export default function ZhMethodologyPage() {
  return <MethodologyPage locale="zh" />;
}

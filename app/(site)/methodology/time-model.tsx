import { CLASS_RANGES, FORMAT_BITS, TIME_CONSTANTS } from "@/lib/physics";
import { CalibrationClass, type CalibrationClass as Cls } from "@/lib/schema/calibration";
import { format, words, type Locale } from "@/lib/vocab";
import { METHOD } from "@/lib/vocab/ui/methodology";
import { inLocale } from "@/lib/vocab/ui/pair";
import { accuracyTable } from "./_lib/accuracy.server";
import { H2, H3, Table } from "./table";


const us = (s: number) => `${format.grouped(s * 1e6, 0)} µs`;
const pct = (x: number) => format.percent(x);
const ratio = (x: number) => (Number.isFinite(x) ? format.grouped(x, 2) : "—");

/** The serving time model, its constants (lib/physics/constants.ts) and its accuracy by class on published measurements. */
export function TimeModel({ locale = "en" }: { locale?: Locale }) {
  const W = words(locale);
  const m = inLocale(METHOD, locale);
  const CLASS_WORDS = m.classes as Record<Cls | "all", string>;
  const t = TIME_CONSTANTS;
  const acc = accuracyTable();
  const runtimes = Object.keys(t.layerSeconds) as (keyof typeof t.layerSeconds)[];
  return (
    <section aria-labelledby="time-h">
      <h2 id="time-h" className={H2}>{m.tH}</h2>
      {locale === "zh" ? (
        <>
          <p className="mt-2">{m.tMemory(Object.entries(FORMAT_BITS).map(([q, b]) => `${W.quant(q as keyof typeof FORMAT_BITS)} ${format.grouped(b.body, 2)}`).join(locale === "zh" ? "，" : ", "))}</p>
          <p className="mt-2">{m.tStep}</p>
        </>
      ) : (
        <>
      <p className="mt-2">
        <strong>Memory</strong> = weights (total parameters × bits per weight / 8; a Mixture-of-Experts model keeps every expert) + the KV cache of your{" "}
        concurrent requests at your minimum context, + a runtime allowance per GPU. Bits per weight by format:{" "}
        {Object.entries(FORMAT_BITS).map(([q, b]) => `${W.quant(q as keyof typeof FORMAT_BITS)} ${format.grouped(b.body, 2)}`).join(", ")}. The KV cache per token is
        2 × KV heads × head size per full-attention layer, the latent rank plus the RoPE head size for multi-head latent attention
        (<a href="https://arxiv.org/abs/2405.04434">DeepSeek-V2 paper</a>, Table 1), at most the window for sliding-window layers, and nothing for linear layers.
      </p>
      <p className="mt-2">
        <strong>Time per decode step</strong> = the larger of bytes read ÷ (efficiency × bandwidth) and FLOPs ÷ (compute share × peak FLOP/s), plus layers × a fixed
        cost per layer, plus GPU and node hops. The bytes read are the weights a step touches (a MoE model routes each token to k of E experts, so at batch B it reads
        E × (1 − (1 − k/E)<sup>B</sup>) experts per layer) and every sequence&rsquo;s KV cache at its length. Batching raises the total tokens per second while each
        request slows; prefill is compute-bound and sets the time to the first token. Each estimate carries the range its class has on published measurements.
      </p>
        </>
      )}
      <h3 className={H3}>{m.tConstants}</h3>
      <Table
        caption={m.tRuntimeCaption}
        head={[...m.tRuntimeHead]}
        rows={runtimes.map((r) => [
          W.runtime(r),
          Object.entries(t.efficiency[r]).map(([k, v]) => `${k === "default" ? "" : `${k} `}${pct(v)}`).join(", "),
          us(t.layerSeconds[r]),
          us(t.moeLayerSeconds[r]),
          pct(t.decodeCompute[r]),
          pct(t.prefillCompute[r]),
        ])}
      />
      <Table
        caption={m.tOtherCaption}
        head={[...m.tOtherHead]}
        rows={[
          ...Object.entries(t.tensorLayerSeconds).map(([k, v]) => [m.tTensor(k), us(v)]),
          [m.tHop, us(t.hopSeconds)],
          [m.tNode, us(t.nodeLayerSeconds)],
          ...Object.entries(t.backend).map(([k, v]) => [m.tBackend(k), format.grouped(v, 2)]),
        ]}
      />
      <Table
        caption={m.tRangeCaption}
        head={[...m.tRangeHead]}
        rows={CalibrationClass.options.map((c) => [CLASS_WORDS[c], ratio(CLASS_RANGES.decode[c].low), ratio(CLASS_RANGES.decode[c].high), ratio(CLASS_RANGES.prefill[c].low), ratio(CLASS_RANGES.prefill[c].high)])}
      />
      <h3 className={H3}>{m.tAccuracy}</h3>
      <p className="mt-1 text-muted">
        {m.tAccuracyIntro(acc.rows, acc.sources, acc.replayed, acc.setApart)}
      </p>
      {(["holdout", "all"] as const).map((k) => (
        <Table
          key={k}
          caption={k === "holdout" ? m.tHoldout : m.tAll}
          head={[...m.tAccHead]}
          rows={acc[k].map((a) => [CLASS_WORDS[a.class], String(a.rows), Number.isFinite(a.medianError) ? pct(a.medianError) : "—", ratio(a.medianRatio), `${ratio(a.p10Ratio)}-${ratio(a.p90Ratio)}`])}
        />
      ))}
    </section>
  );
}

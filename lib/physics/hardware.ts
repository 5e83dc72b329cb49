import type { Gpu } from "../schema/catalog";
import type { Parallelism, Runtime } from "../schema/common";

/** One GiB: vendors' "GB" of GPU memory is binary (a "24 GB" RTX 4090 reports 24,564 MiB). */
export const GIB = 2 ** 30;

/** What the physics needs of an accelerator. */
export type PhysGpu = {
  id: string;
  /** Memory one device offers the runtime, in bytes (Apple: the share Metal lets the GPU keep resident). */
  memoryBytes: number;
  /** Peak memory bandwidth, bytes per second. */
  bandwidth: number;
  /** Dense tensor throughput, FLOP/s, by precision family where known. */
  flopsBf16?: number;
  flopsFp8?: number;
  interconnect: "nvlink" | "pcie" | "xgmi" | "hccs" | "unified";
  /** GPUs in one NVLink/xGMI domain. */
  nodeSize: number;
  apple: boolean;
  vendor: string;
  runtime: Runtime;
};

/** The physics view of a catalog GPU; undefined without a bandwidth figure (it cannot be timed). */
type GpuFacts = Pick<Gpu, "id" | "memoryGB" | "bandwidthGBs" | "tflops" | "interconnect" | "nodeSize" | "kind" | "gpuMemoryShare" | "vendor" | "runtime">;
const views = new WeakMap<GpuFacts, PhysGpu | undefined>();

/** The physics view of a catalog GPU, made once per GPU object (catalog entries are never mutated). */
export function physGpu(g: GpuFacts): PhysGpu | undefined {
  if (views.has(g)) return views.get(g);
  const view = viewOf(g);
  views.set(g, view);
  return view;
}

function viewOf(g: GpuFacts): PhysGpu | undefined {
  if (g.bandwidthGBs === undefined) return undefined;
  const apple = g.kind === "apple";
  const interconnect = g.interconnect ?? (apple ? "unified" : g.kind === "datacenter" ? "nvlink" : "pcie");
  return {
    id: g.id,
    memoryBytes: g.memoryGB * GIB * (g.gpuMemoryShare ?? 1),
    bandwidth: g.bandwidthGBs * 1e9,
    ...(g.tflops?.bf16 ? { flopsBf16: g.tflops.bf16 * 1e12 } : {}),
    ...(g.tflops?.fp8 ? { flopsFp8: g.tflops.fp8 * 1e12 } : {}),
    interconnect,
    nodeSize: apple ? 1 : (g.nodeSize ?? (interconnect === "nvlink" || interconnect === "xgmi" || interconnect === "hccs" ? 8 : 4)),
    apple,
    vendor: g.vendor,
    runtime: g.runtime,
  };
}

/**
 * How `count` GPUs run one model: llama.cpp and MLX split layers across cards (its default
 * `--split-mode layer`), so the GPUs work one after another; serving runtimes use tensor
 * parallelism inside one NVLink domain, and tensor x pipeline across nodes beyond it.
 */
export function parallelismFor(runtime: Runtime, gpu: Pick<PhysGpu, "nodeSize">, count: number): Parallelism {
  if (count <= 1) return "single";
  if (runtime === "llama.cpp" || runtime === "mlx") return "layer-split";
  return count > gpu.nodeSize ? "tensor-multi-node" : "tensor";
}

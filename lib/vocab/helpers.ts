import type { CriterionId, Currency, Hosting, Parallelism, Quantization, Runtime, Task } from "../schema/common";

/** What a renderer may ask for: the words of codes, and money in the display currency. */
export type Helpers = {
  region: (code: string) => string;
  regions: (codes: readonly string[]) => string;
  hosting: (kind: Hosting) => string;
  task: (t: Task) => string;
  criterion: (id: CriterionId) => string;
  quant: (q: Quantization) => string;
  runtime: (r: Runtime) => string;
  parallelism: (p: Parallelism) => string;
  country: (code: string) => string;
  currencyName: (c: Currency) => string;
  /** Money in the display currency; `whole` drops the cents (a budget). */
  money: (usd: number, whole?: boolean) => string;
};


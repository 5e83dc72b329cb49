import Link from "next/link";
import { STEP_ORDER, STEPS } from "@/components/wizard/steps";

/** What each wizard step asks, in a line: the list has exactly as many entries as the wizard has steps. */
const ASKS: Record<(typeof STEP_ORDER)[number], string> = {
  tasks: "Coding, reasoning, chat, documents, agents: say what matters and how much.",
  residency: "EU only, anywhere but a given region, or nothing leaves your premises.",
  hosting: "A provider's API, rented GPUs, or the cards you already own, and how to count their cost.",
  budget: "Tokens a month, how many requests at once, and what you can spend, with a live estimate.",
  constraints: "Open weights, licence, context, the speed you need, and any country you must avoid.",
};

/** Three people's answers, one link each: what a result looks like before answering anything. */
const EXAMPLES = [
  ["An EU bank", "coding and chat, EU processing only, APIs or rented GPUs, $2,000 a month", "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=200M"],
  ["A hobbyist with one RTX 4090", "reasoning, nothing leaves the house, no budget", "t=reasoning:3&r=any&h=own-hardware&hw=rtx-4090:1&b=0&tok=1M"],
  ["A company in mainland China", "Chinese and chat, processing in mainland China, $5,000 a month", "t=chinese:3,chat:2&r=cn&h=api,cloud-gpu&b=5000&tok=500M"],
] as const;

export default function HomePage() {
  const n = STEP_ORDER.length;
  return (
    <div className="grid gap-10 py-4 lg:grid-cols-[3fr_2fr] lg:items-start">
      <section aria-labelledby="hero" className="min-w-0">
        <h1 id="hero" className="text-4xl font-bold tracking-tight text-balance sm:text-5xl">
          Choose a language model by what you need, not by its flag.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-muted">
          flagless ranks open-weight and API models, and the ways to run them, for your task, your data rules, your
          hardware and your budget. Every rank comes with its reasons, its monthly cost line by line, where your prompts go
          and who runs the service, and the memory and speed it needs. For teams choosing a model for a product, for companies
          with data-residency rules, and for anyone with one GPU and a question.
        </p>
        <p className="mt-8 flex flex-wrap gap-3">
          <Link prefetch={false} href="/wizard" className="btn btn-primary px-6 text-lg">Start the wizard</Link>
          <Link prefetch={false} href="/models" className="btn px-6 text-lg">Browse the models</Link>
        </p>
        <p className="mt-4 text-sm text-muted">
          {`${n} short steps, about a minute. Your answers stay in the link: nothing is stored.`}
        </p>
        <h2 className="mt-10 text-lg font-semibold">Or see an example result</h2>
        <ul className="mt-3 grid gap-2">
          {EXAMPLES.map(([who, what, q]) => (
            <li key={who} className="card p-3">
              <Link prefetch={false} href={`/results?${q}`} className="font-medium">{who}</Link>
              <span className="block text-sm text-muted">{what}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="how" className="card min-w-0 bg-surface p-6">
        <h2 id="how" className="text-lg font-semibold">{`What you tell it, in ${n} steps`}</h2>
        <ol className="mt-4 space-y-4">
          {STEP_ORDER.map((id, i) => (
            <li key={id} className="flex gap-3">
              <span aria-hidden="true" className="grid size-7 shrink-0 place-items-center rounded-full bg-accent text-sm font-bold text-accent-fg">
                {i + 1}
              </span>
              <span>
                <span className="font-medium">{STEPS[id].title}.</span> <span className="text-muted">{ASKS[id]}</span>
              </span>
            </li>
          ))}
        </ol>
        <p className="mt-5 text-sm text-muted">
          The lab&rsquo;s country never changes a score unless you ask to exclude origins.{" "}
          <Link prefetch={false} href="/methodology">How scoring works</Link>.
        </p>
      </section>
    </div>
  );
}

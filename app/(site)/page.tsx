import Link from "next/link";

const STEPS = [
  ["Your task", "Coding, reasoning, chat, documents, agents: say what matters and how much."],
  ["Where data may go", "EU only, anywhere but a given region, or nothing leaves your premises."],
  ["How you can run it", "A provider's API, rented GPUs, or the cards you already own."],
  ["Budget and volume", "Tokens a month and what you can spend, with a live estimate."],
] as const;

export default function HomePage() {
  return (
    <div className="grid gap-10 py-4 lg:grid-cols-[3fr_2fr] lg:items-center">
      <section aria-labelledby="hero">
        <h1 id="hero" className="text-4xl font-bold tracking-tight text-balance sm:text-5xl">
          Choose a language model by what you need, not by its flag.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-muted">
          flagless ranks open-weight and API models, and the ways to run them, for your task, your data rules, your
          hardware and your budget. Every rank comes with its reasons, its monthly cost and the memory it needs. For
          teams choosing a model for a product, for companies with data-residency rules, and for anyone with one GPU
          and a question.
        </p>
        <p className="mt-8 flex flex-wrap gap-3">
          <Link prefetch={false} href="/wizard" className="btn btn-primary px-6 text-lg">Start the wizard</Link>
          <Link prefetch={false} href="/models" className="btn px-6 text-lg">Browse the models</Link>
        </p>
        <p className="mt-4 text-sm text-muted">
          Five short steps, about a minute. Your answers stay in the link: nothing is stored.
        </p>
      </section>
      <section aria-labelledby="how" className="card bg-surface p-6">
        <h2 id="how" className="text-lg font-semibold">What you tell it</h2>
        <ol className="mt-4 space-y-4">
          {STEPS.map(([title, text], i) => (
            <li key={title} className="flex gap-3">
              <span aria-hidden="true" className="grid size-7 shrink-0 place-items-center rounded-full bg-accent text-sm font-bold text-accent-fg">
                {i + 1}
              </span>
              <span>
                <span className="font-medium">{title}.</span> <span className="text-muted">{text}</span>
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

/**
 * Every assumption the engine makes that is not a physical constant (those are in lib/physics)
 * or a catalog figure, named, with where it comes from. The methodology page and the PDF list
 * these; changing one here changes every surface.
 */

/** Hours in an average month: 24 x 365 / 12. A rented endpoint kept up all month bills this many. */
export const HOURS_PER_MONTH = 730;

/**
 * Default electricity price for own hardware, USD per kWh, where the catalog has none for the
 * user's first allowed region: US commercial average, May 2026 (EIA Electric Power Monthly,
 * Table 5.3, preliminary). https://www.eia.gov/electricity/monthly/epm_table_grapher.php?t=epmt_5_3
 */
export const ELECTRICITY_USD_PER_KWH = 0.1354;

/** GPU counts a rented deployment may use: tensor parallelism over 1, 2, 4 or 8 GPUs of a node, 16 across two. */
export const RENTED_GPU_COUNTS: readonly number[] = [1, 2, 4, 8, 16];

/**
 * Serverless GPUs are chosen over always-on rentals when the busy hours are under a quarter of
 * the month: below that, paying per second of work (with cold starts) costs less than keeping
 * a machine up, on the published per-second prices (issue 19, the stated rule).
 */
export const SERVERLESS_BUSY_SHARE = 0.25;

/**
 * A prompt-cache entry is assumed to be read this many times per write: the written tokens are
 * billed at the provider's write price where it charges one, the reads at its cached price.
 * A judgement (an agent's or a chatbot's system prompt is reused far more; a one-off document
 * less), stated on every cache line.
 */
export const CACHE_READS_PER_WRITE = 10;

/**
 * Hidden reasoning tokens per visible output token for a reasoning model with no published
 * figure: a stated assumption the user can change (answer `reasoningTokensPerOutputToken`, `rsn=`).
 */
export const DEFAULT_REASONING_TOKENS_PER_OUTPUT = 1;

/** Power drawn by the machine around the GPUs (CPU, memory, fans, power-supply losses), per machine, watts. A judgement for a workstation. */
export const HOST_MACHINE_WATTS = 100;

/** A retiring offering within this many days gets a what-if ("if X retires on ..."). */
export const RETIRING_WHAT_IF_DAYS = 90;

/** Decode speed bands for the speed criterion, tokens per second of one request. */
export const SPEED_SLOW_TPS = 5;
/** About twice a fast reader's pace; above this a faster model is not felt in chat. */
export const SPEED_FAST_TPS = 50;
/** Time to the first visible token that starts to hurt a chat, and the one that makes it feel broken. */
export const TTFT_GOOD_SECONDS = 1;
export const TTFT_BAD_SECONDS = 20;

/**
 * A reasoning model thinks before its first visible token: at its decode speed, this many hidden
 * tokens on a typical request (the speed criterion adds their time to the time to first token).
 */
export const REASONING_TOKENS_BEFORE_ANSWER = 500;

/** The three people the pages are checked for (issue 20), as share queries. */
export const EU_BANK = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=200M";
export const HOBBYIST = "t=reasoning:3&r=any&h=own-hardware&hw=rtx-4090:1&b=0&tok=1M";
export const CN_COMPANY = "t=chinese:3,chat:2&r=cn&h=api,cloud-gpu&b=5000&tok=500M";

/** The app's origin, for pages of another origin that embed it. */
export const APP = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3107}`;

"use client";

import { useEffect } from "react";

/**
 * Tells the page that frames the widget how tall the widget is, whenever that changes, so
 * embed.js can size the iframe to its content. The message carries only a height and the
 * frame id: nothing private, hence the "*" target origin (embed.js checks the sender's origin).
 */
export function HeightReporter({ frameId, targetId }: { frameId: string; targetId: string }) {
  useEffect(() => {
    const el = document.getElementById(targetId);
    if (window.parent === window || el === null) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(el.getBoundingClientRect().bottom + window.scrollY);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: "flagless:height", id: frameId, height }, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(el);
    post();
    return () => observer.disconnect();
  }, [frameId, targetId]);
  return null;
}

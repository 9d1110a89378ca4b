// The heat map's diverging scale: red below the standard, blue above, each with a text colour that
// reads at 4.5:1 or more on it (WCAG AA; a test checks every pair).

export type GapTone = "neg3" | "neg2" | "neg1" | "zero" | "pos1" | "pos2" | "pos3" | "hidden" | "none";

export const GAP_TONES: Record<GapTone, { background: string; color: string }> = {
  neg3: { background: "#9e1b23", color: "#ffffff" },
  neg2: { background: "#e07b5a", color: "#1d2329" },
  neg1: { background: "#f9d3c0", color: "#1d2329" },
  zero: { background: "#f4f4f2", color: "#1d2329" },
  pos1: { background: "#cfe3f0", color: "#1d2329" },
  pos2: { background: "#6aa6cf", color: "#1d2329" },
  pos3: { background: "#1f5f99", color: "#ffffff" },
  hidden: { background: "#e6e9ec", color: "#4f5b66" },
  none: { background: "#ffffff", color: "#4f5b66" },
};

/** The tones of the scale itself, below the standard to above it. */
export const SCALE_TONES = ["neg3", "neg2", "neg1", "zero", "pos1", "pos2", "pos3"] as const satisfies readonly GapTone[];

/** A cell's tone, by its gap as shown (rounded to one decimal), so the colour agrees with the number. */
export function gapTone(meanGap: number | null, hidden: boolean): GapTone {
  if (hidden) return "hidden";
  if (meanGap === null) return "none";
  const shown = Math.round(meanGap * 10) / 10;
  if (shown <= -1) return "neg3";
  if (shown <= -0.5) return "neg2";
  if (shown < 0) return "neg1";
  if (shown === 0) return "zero";
  if (shown < 0.5) return "pos1";
  if (shown < 1) return "pos2";
  return "pos3";
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two "#rrggbb" colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

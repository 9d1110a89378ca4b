// Learning hours against the yearly target as a bar: earned, planned on top, and where the pace is today.
import { t } from "../../i18n";
import type { JpPace } from "../../types";
import { formatNumber } from "./format";

const percentOf = (value: number, target: number) => (target > 0 ? Math.max(0, Math.min(100, (value / target) * 100)) : 0);

/**
 * A plain CSS bar (no chart library): the earned part solid, the planned part striped after it,
 * and a mark where the pace expects the person to be by now. The figures are in its value text.
 */
export function JpBar(props: { jp: JpPace; label: string; compact?: boolean }) {
  const earned = () => percentOf(props.jp.earned, props.jp.target);
  const planned = () => Math.min(100 - earned(), percentOf(props.jp.planned, props.jp.target));
  return (
    <div
      class="jp-bar"
      classList={{ compact: props.compact, "at-risk": props.jp.atRisk }}
      role="progressbar"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={props.jp.target}
      aria-valuenow={Math.min(props.jp.earned, props.jp.target)}
      aria-valuetext={t("dash.jpValueText", {
        earned: formatNumber(props.jp.earned),
        target: formatNumber(props.jp.target),
        planned: formatNumber(props.jp.planned),
      })}
    >
      <span class="jp-bar-earned" style={{ width: `${earned()}%` }} />
      <span class="jp-bar-planned" style={{ left: `${earned()}%`, width: `${planned()}%` }} />
      <span class="jp-bar-pace" style={{ left: `${percentOf(props.jp.expectedByNow, props.jp.target)}%` }} />
    </div>
  );
}

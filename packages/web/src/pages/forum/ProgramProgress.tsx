import { t } from "../../i18n";

/** A program's progress as a bar with its share in words, for every reader. */
export function ProgramProgress(props: { progress: number; label: string }) {
  const percent = () => Math.round(props.progress * 100);
  return (
    <p class="program-progress">
      <progress max="100" value={percent()} aria-label={props.label} />{" "}
      <span>{t("forum.progressValue", { percent: percent() })}</span>
    </p>
  );
}

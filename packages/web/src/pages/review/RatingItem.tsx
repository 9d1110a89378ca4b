// One rated item (a score from 1 to 5 and a comment), and a group of items of one kind.
import { A } from "@solidjs/router";
import { For, Index, Show } from "solid-js";
import { t, type MessageKey } from "../../i18n";
import type { Rating, Review, ReviewFormItem, ReviewItemKind } from "../../types";
import { SCORES, COMMENT_FIELD, SCORE_FIELD } from "./data";

export const scoreId = (itemId: string, score: number) => `score-${itemId}-${score}`;

function RatingItem(props: {
  item: ReviewFormItem;
  rating: Rating | undefined;
  locked: boolean;
  missing: boolean;
  onRated: (itemId: string) => void;
}) {
  const id = () => props.item.id;
  const errorId = () => `item-${id()}-error`;
  const levels = () => props.item.levels ?? [];
  const descriptorId = (score: number) => `level-${id()}-${score}`;
  const levelOf = (score: number) => levels().find((level) => level.level === score);
  return (
    <fieldset
      class="rating-item"
      classList={{ invalid: props.missing }}
      id={`item-${id()}`}
      aria-describedby={props.missing ? errorId() : undefined}
    >
      <legend>{props.item.name}</legend>
      <Show when={props.missing}>
        <p class="field-error" id={errorId()}>
          <span aria-hidden="true">⚠ </span>
          {t("review.notRated")}
        </p>
      </Show>
      {/* A competency lists its five levels, each with the framework's descriptor beside its choice. */}
      <div class="scale" classList={{ "scale-levels": levels().length > 0 }}>
        <For each={SCORES}>
          {(score) => (
            <div class="scale-option">
              <input
                type="radio"
                id={scoreId(id(), score)}
                name={`${SCORE_FIELD}${id()}`}
                value={score}
                checked={props.rating?.score === score}
                disabled={props.locked}
                aria-describedby={levelOf(score) ? descriptorId(score) : undefined}
                onChange={() => props.onRated(id())}
              />
              <label for={scoreId(id(), score)}>
                {t("review.scoreOption", { score, label: t(`score.${score}` as MessageKey) })}
              </label>
              <Show when={levelOf(score)}>
                {(level) => (
                  <p class="level-descriptor" id={descriptorId(score)}>
                    <strong>{t("review.levelName", { level: level().level, name: level().name })}</strong>{" "}
                    {level().descriptor}
                  </p>
                )}
              </Show>
            </div>
          )}
        </For>
      </div>
      {/* Folded until used; the box stays in the form, so a draft keeps what was written. */}
      <Show when={!props.locked || props.rating?.comment}>
        <details class="comment-toggle" open={Boolean(props.rating?.comment)}>
          <summary>{t("review.addComment")}</summary>
          <div class="field">
            <label for={`comment-${id()}`}>{t("review.comment")}</label>
            <textarea
              id={`comment-${id()}`}
              name={`${COMMENT_FIELD}${id()}`}
              class="prose"
              rows={2}
              maxlength={1000}
              value={props.rating?.comment ?? ""}
              disabled={props.locked}
            />
          </div>
        </details>
      </Show>
    </fieldset>
  );
}

export function ItemGroup(props: {
  kind: ReviewItemKind;
  review: Review;
  locked: boolean;
  missing: string[];
  onRated: (itemId: string) => void;
}) {
  const items = () => props.review.items.filter((item) => item.kind === props.kind);
  return (
    <Show when={items().length > 0}>
      <fieldset class="card-fieldset">
        <legend>{t(`itemKind.${props.kind}`)}</legend>
        <p class="hint">{t(props.kind === "value" ? "itemKind.valueIntro" : "itemKind.competencyIntro")}</p>
        <Index each={items()}>
          {(item) => (
            <RatingItem
              item={item()}
              rating={props.review.ratings[item().id]}
              locked={props.locked}
              missing={props.missing.includes(item().id)}
              onRated={props.onRated}
            />
          )}
        </Index>
      </fieldset>
    </Show>
  );
}

import { createAsync, useParams } from "@solidjs/router";
import { on, Show } from "solid-js";
import { getReview } from "../../queries";
import { ReviewForm } from "./ReviewForm";

function ReviewContent(props: { id: string; reviewId: string }) {
  const review = createAsync(() => getReview(props.id, props.reviewId));
  return <Show when={review()}>{(r) => <ReviewForm review={r()} />}</Show>;
}

export default function ReviewPage() {
  const params = useParams<{ id: string; reviewId: string }>();
  // Another review is another form: nothing marked on one carries over.
  return (
    <Show when={`${params.id ?? ""}\n${params.reviewId ?? ""}`} keyed>
      {(key) => {
        const [id, reviewId] = key.split("\n");
        return <ReviewContent id={id ?? ""} reviewId={reviewId ?? ""} />;
      }}
    </Show>
  );
}

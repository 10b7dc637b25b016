"""What an answer lists as answering figures, for tests that assert on them."""
from __future__ import annotations

from retrieval.answer import Answer, figure_label


def answer_labels(answer: Answer) -> list[str]:
    """The figures listed as answers, as labelled; none when the answer is the fallback ("figures
    of the closest sentences") or the closest few."""
    return [figure_label(c.figure) for c in answer.claims] if answer.match == "strong" and not answer.message else []

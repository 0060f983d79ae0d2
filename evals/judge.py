"""LLM-judged metrics (llama-index evaluators), only with --judge."""

from __future__ import annotations

from typing import Any

from index.errors import ConfigError


class Judge:
    """Faithfulness (is the answer backed by its cited snippets?) and correctness (against the reference answer),
    judged by an LLM through llama-index's evaluators. Scores are the judge's opinion, labelled as such."""

    def __init__(self, model: str, base_url: str | None, api_key: str | None, timeout: float = 60.0) -> None:
        from llama_index.core.evaluation import CorrectnessEvaluator, FaithfulnessEvaluator
        from llama_index.llms.openai_like import OpenAILike

        llm = OpenAILike(
            model=model,
            api_base=base_url,
            api_key=api_key or "not-needed",
            is_chat_model=True,
            timeout=timeout,
            max_retries=1,
            temperature=0.0,
        )
        self.model = model
        self._faithfulness = FaithfulnessEvaluator(llm=llm)
        self._correctness = CorrectnessEvaluator(llm=llm)

    def judge(self, question: str, answer: str, contexts: list[str], reference: str | None) -> dict:
        verdict: dict = {}
        try:
            result = self._faithfulness.evaluate(query=question, response=answer, contexts=contexts)
            verdict["faithfulness"] = float(bool(result.passing))
            verdict["faithfulness_feedback"] = (result.feedback or "")[:300]
            if reference:
                result = self._correctness.evaluate(query=question, response=answer, reference=reference)
                verdict["correctness"] = float(bool(result.passing))  # the judge's 1-5 score is at least 4
                verdict["correctness_score"] = result.score
        except Exception as exc:  # noqa: BLE001 - a judge failure leaves the question unjudged, never ends the run
            verdict["error"] = f"{type(exc).__name__}: {exc}"[:300]
        return verdict


def make_judge(settings: Any, model: str | None = None) -> Judge:
    if not (settings.openai_base_url or settings.openai_api_key):
        raise ConfigError(
            "--judge needs an LLM: set OPENAI_BASE_URL (and OPENAI_API_KEY if needed); "
            "pass --judge-model or SUMBER_LLM_MODEL to choose the judge"
        )
    return Judge(model or settings.llm_model, settings.openai_base_url, settings.openai_api_key, settings.llm_timeout)

"""The learned need / not-need judgement (needs/extraction/learned.py) and its use.

The pages here are written for this test; the shipped model file and the real local
embedding model are used (nothing is mocked).
"""

from __future__ import annotations

import numpy as np
import pytest

from needs.extraction import learned
from needs.extraction.base import PageInput, validate_candidate
from needs.extraction.heuristic import HeuristicExtractor
from needs.extraction.sections import parse_sections
from needs.extraction.structure import structured_markdown


@pytest.mark.parametrize(("raw", "tidy"), [
    ("A: Join the leaflet crew", "Join the leaflet crew"),
    ("3. grocery runs", "Grocery runs"),
    ("Q: Do you speak Hmong? Can you help?: Hmong interpreters", "Hmong interpreters"),
    ("Sound Booth", "Sound Booth"),
    ("Cooks: help in the kitchen", "Cooks: help in the kitchen"),
    ("A: ok", "A: ok"),  # nothing left worth a title: kept as it was
])
def test_tidy_title(raw, tidy):
    assert learned.tidy_title(raw) == tidy


def _candidate(title: str, span: str, source: str = "sentence", order: int = 0):
    return learned.Candidate(title=title, span=span, context=span, source=source,
                             section_kind="plain", order=order)


def test_select_keeps_one_candidate_per_claimed_text_and_page_order():
    whole = _candidate("Wish list", "rice, oil, diapers", source="heading", order=0)
    part = _candidate("Rice", "rice", source="item", order=1)
    other = _candidate("Van driver", "we need a van driver", order=2)
    low = _candidate("Welcome", "welcome to our church", order=3)
    kept = learned.select([whole, part, other, low], np.array([0.9, 0.95, 0.8, 0.2]), 0.5)
    # "Rice" claims text inside the wish list and scores higher: it is kept, the list not.
    assert [c.title for c in kept] == ["Rice", "Van driver"]


def test_select_never_merges_two_rule_walk_needs():
    a = _candidate("Drivers", "we need drivers and cooks", source="heuristic", order=0)
    b = _candidate("Cooks", "we need drivers and cooks", source="heuristic", order=1)
    kept = learned.select([a, b], np.array([0.9, 0.9]), 0.5)
    assert [c.title for c in kept] == ["Drivers", "Cooks"]


def test_extra_candidates_skip_struck_filled_and_paid_items():
    html = """<html><body><main><h2>Ways to help</h2><ul>
      <li><s>Piano accompanist</s></li>
      <li>Choir robes - FILLED, thank you!</li>
      <li>Snow shovelers for the front steps</li></ul>
      <h2>Caretaker</h2><p>We are hiring a paid, full-time caretaker.</p>
      </main></body></html>"""
    titles = [c.title for c in learned.extra_candidates(parse_sections(structured_markdown(
        html)))]
    assert any("Snow shovelers" in t for t in titles)
    assert not any("Piano" in t or "robes" in t or "aretaker" in t for t in titles), titles


def test_train_learns_a_separable_rule():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 3)).astype(np.float32)
    y = (x[:, 0] > 0).astype(np.float32)
    model = learned.train(x, y, l2=1.0)
    accuracy = ((model.probabilities(x) > 0.5) == (y > 0)).mean()
    assert accuracy > 0.95


def test_missing_model_file_is_none():
    assert learned.load_model("/nonexistent/need_model.npz") is None


def test_shipped_model_loads():
    model = learned.load_model()
    assert model is not None and 0 < model.threshold < 1
    assert model.weights.shape == (2 * 384 + learned.N_STRUCT,)


DEFINITIONS_PAGE = """<html lang="en"><body><article class="node node--view-mode-full">
<h1>Friends of the Center</h1>
<p>Neighbors often ask how they can help. Here is how.</p>
<h2>Ways to help</h2>
<dl>
<dt>Reading buddies</dt>
<dd>Children in our after-school program would love someone to read with them on
Wednesday afternoons. No experience needed.</dd>
<dt>Winter boots</dt>
<dd>Many families arrive without boots. We need children's winter boots in all sizes.</dd>
</dl>
<h2>Open house</h2>
<p>Join us for our open house on Saturday, May 3, with music and food for everyone.</p>
</article></body></html>"""


def test_model_on_a_definition_list_page_without_bold_or_labels():
    page = PageInput(url="https://example.org/help", title="Friends", markdown="",
                     html=DEFINITIONS_PAGE, language="en")
    titles = [n.title.lower() for n in HeuristicExtractor(use_model=True).extract(page)]
    # The page is read at all (a class ending in "-full" on the article once hid it), the
    # boots are one need (the rule walk's and the extra candidates' overlap), the event none.
    assert [t for t in titles if "boots" in t] == ["winter boots"], titles
    assert not any("open house" in t for t in titles), titles


def test_without_the_model_the_rule_walk_alone_is_used():
    page = PageInput(url="https://example.org/help", title="Friends", markdown="",
                     html=DEFINITIONS_PAGE, language="en")
    extractor = HeuristicExtractor(use_model=False)
    results, _, _ = extractor.rule_candidates(page)
    expected = [r["title"] for r in results if validate_candidate(
        {k: v for k, v in r.items() if not k.startswith("_")}) is not None]
    assert [n.title for n in extractor.extract(page)] == expected

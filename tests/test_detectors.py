"""Each machine-translation detector: sentences it must flag, and sentences it must leave alone.

All texts are invented. A positive case gives the flag kind and the flagged text; a negative case
must produce no flag of that detector at all.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presswash.detectors import calques, casing, fragments, names, pronouns, punctuation, repetition, spinner, terms
from presswash.detectors.names import edit_distance
from presswash.detectors.view import ArticleView
from presswash.pipeline import Context
from presswash.steps.mt import detect_machine_translation

FLAGGED = [
    # (detector, text_in, kind, flagged text)
    (fragments, "Police said the men tried to rob them. violently at the station.", "sentence_fragment", ". violently"),
    (fragments, "The fund will be used. for rebuilding schools in the north.", "sentence_fragment", ". for"),
    (fragments, "The council met on Monday. the members then voted for the long and costly harbour plan.",
     "lowercase_sentence_start", ". the"),
    (repetition, "Officials worked to restore. restore power overnight.", "repeated_across_boundary",
     "restore. restore"),
    (repetition, "The bill aims to. to curb abuse.", "repeated_across_boundary", "to. to"),
    (repetition, "the northern district. the northern district has flooded", "repeated_across_boundary",
     "the northern district. the northern district"),
    (repetition, "He met the the minister on Friday.", "repeated_word", "the the"),
    (repetition, "She was tired and tired of waiting.", "repeated_word", "tired and tired"),
    (casing, "Readers follow the story on google News every day.", "casing_loss", "google News"),
    (casing, "The film is on Netflix in May. It reached Netflix users in Spain and was the most watched film on "
             "Netflix that week, though netflix did not say how many people saw it.", "casing_loss", "netflix"),
    (casing, "A video was shared thousands of times on facebook during the night.", "casing_loss", "facebook"),
    (casing, "The trust said it Does not have the money for the plan.", "spurious_capitals", "Does"),
    (names, "Mayor Jonas Petrauskas opened the bridge. Jonas Petrauskas said it cost little. "
            "Later Jonas Petrauskis told reporters more.", "name_drift", "Petrauskis"),
    (terms, "The new Digital Markets Act applies from May, the agency said in its statement. "
            "Under the digital markets act, platforms must open up.", "term_inconsistency", "digital markets act"),
    (pronouns, "We raise our rates again\nThe central bank raised its main rate on Thursday, the third increase "
               "this year. The bank said inflation was still too high.", "pronoun_mismatch", "We"),
    (pronouns, "The singer Ana Kovacs cancelled her tour. Kovacs said she was ill. Kovacs told fans she was "
               "sorry. Kovacs said she would return. Kovacs said his voice needed rest.", "pronoun_mismatch", "his"),
    (spinner, "The coach, World Health Organization joined last year, resigned.", "spinner_substitution",
     "World Health Organization"),
    (spinner, "It took Pine Tree State ages to find the file.", "spinner_substitution", "Pine Tree State"),
    (spinner, "The hospital is run by Associate in Nursing independent trust.", "spinner_substitution",
     "Associate in Nursing"),
    (spinner, "Nurses asked for more medicinal services staff.", "spinner_substitution", "medicinal services"),
    (calques, "They will come back, do not they?", "source_calque", "do not they?"),
    (calques, "The market is open ; the queue is long : nobody complains.", "source_calque", " ;"),
    (calques, "She said « the market is the heart of the town » to the crowd.", "source_calque",
     "« the market is the heart of the town »"),
    (calques, "The also singer performed on Friday.", "source_calque", "The also singer"),
    (calques, '"We will stay," he said. he wrote on X that the team agreed.', "source_calque", "said. he wrote"),
    (punctuation, "The result was clear. . Turnout fell sharply.", "stray_punctuation", ". ."),
    (punctuation, "The road is closed as planned,. the council said.", "stray_punctuation", ",."),
    (punctuation, "The result was announced . then the hall emptied.", "stray_punctuation", " ."),
]

NOT_FLAGGED = [
    # (detector, text_in): legitimate writing the detector must leave alone
    (fragments, "Dr. Smith arrived at 9 a.m. on Monday and left at 5 p.m. the same day."),
    (fragments, "Prices rose in the U.S. and the U.K. last year, e.g. for eggs."),
    (fragments, "Sales rose to $15bn. iPhone sales led the gains; eBay fell."),
    (fragments, "Read more at www.example.com. or write to news@example.org for details."),
    (fragments, "Mix 1 tsp. olive oil with 4 oz. cooked chicken and serve."),
    (fragments, "He paused... and then he spoke again."),
    (fragments, "Read the report at https://example.org/report. https links are safer."),
    (repetition, "We had had enough of the delays, and that that was true is clear."),
    (repetition, "They flew to Bora Bora and then to Pago Pago and Wagga Wagga."),
    (repetition, "More and more people came again and again, over and over."),
    (repetition, "Again. Again. The crowd wanted the song a third time."),
    (repetition, "The band Duran Duran played, and Sirhan Sirhan was mentioned."),
    (repetition, "Prices went up and up, and the queue grew longer and longer."),
    (casing, "She ate an apple at Apple headquarters in May; the committee may meet in March."),
    (casing, "The Prime Minister met the prime minister of Spain."),
    (casing, "He bought an iPhone and sold it on eBay, then flew easyJet."),
    (casing, "Follow us at @google or visit google.com for the terms."),
    (casing, "You can google it, or just google the name."),
    (casing, "Officials said the Government would publish the plan, and the Senate agreed."),
    (names, "Jonas Petrauskas met Jonas Petrauskas's brother and Mary Johnson met Mary Johnston."),
    (names, "Ana Kovacs and Ana Kovacs' team arrived; the Kovacs family stayed home."),
    (terms, "The Digital Markets Act applies from May. The act was adopted last year."),
    (pronouns, "Why I quit my job\nI left my job in March. I had worked there for ten years, and my manager "
               "was kind. We still talk. I miss my colleagues, but I do not regret it."),
    (pronouns, "Ana Kovacs cancelled her tour. Kovacs said she was ill, and her brother said he was worried."),
    (pronouns, '"We will win," said the coach\nThe coach of the national team said on Monday that the team '
               "was ready for the final."),
    (spinner, "The World Health Organization said on Monday that cases fell."),
    (spinner, "Maine is known as the Pine Tree State, and Indiana as the Hoosier State."),
    (spinner, "She earned an Associate in Nursing degree in 2019."),
    (calques, "Don't they know? Is it not strange? She asked: why not?"),
    (calques, "The ratio was 3:1, and the time 10:30; he wrote ;-) and left."),
    (calques, "The also-rans finished last, the chairman said. The board also met."),
    (calques, "He said he would come. He wrote to the mayor the same day."),
    (punctuation, "He paused . . . and then spoke. The price was 3.5 percent... or so."),
    (punctuation, "She lives in the U.S.. Her brother lives in Canada."),
    (punctuation, "Visit example.com/a..b for the file, or call at 9 a.m."),
]


def _flags(detector, text: str):
    return detector.detect(ArticleView(text))


@pytest.mark.parametrize("detector, text_in, kind, flagged", FLAGGED,
                         ids=[f"{d.__name__.rsplit('.', 1)[-1]}-{i}" for i, (d, *_rest) in enumerate(FLAGGED)])
def test_flags_the_artifact(detector, text_in: str, kind: str, flagged: str) -> None:
    found = [(f.kind, text_in[f.start:f.end]) for f in _flags(detector, text_in)]
    assert (kind, flagged) in found, found


@pytest.mark.parametrize("detector, text_in", NOT_FLAGGED,
                         ids=[f"{d.__name__.rsplit('.', 1)[-1]}-{i}" for i, (d, _) in enumerate(NOT_FLAGGED)])
def test_leaves_legitimate_writing_alone(detector, text_in: str) -> None:
    found = [(f.kind, text_in[f.start:f.end]) for f in _flags(detector, text_in)]
    assert found == []


@pytest.mark.parametrize("detector, text_in, kind, flagged", FLAGGED[:6])
def test_flags_have_a_reason_and_a_confidence(detector, text_in: str, kind: str, flagged: str) -> None:
    for flag in _flags(detector, text_in):
        assert flag.message and 0 < flag.confidence <= 1
        assert 0 <= flag.start < flag.end <= len(text_in)


def test_edit_distance_gives_up_early() -> None:
    assert edit_distance("Petrauskas", "Petrauskis") == 1
    assert edit_distance("Petrauskas", "Smith") == 3


PIECES = list("abcXYZ .,;:?!«»\"“”'\n-") + ["the ", "The ", "said. he wrote ", "World Health Organization ",
                                            "Jonas Petrauskas ", "Jonas Petrauskis ", "google ", ". . ", " and "]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=120).map("".join))
def test_any_text_gives_flags_inside_it_and_one_verdict(text: str) -> None:
    proposals = detect_machine_translation(text, Context(text, "en", {}))
    *flags, verdict = proposals
    assert 0.0 <= verdict.mt_score <= 1.0 and verdict.mt_suspected == (verdict.mt_score >= 0.5)
    for flag in flags:
        assert 0 <= flag.start <= flag.end <= len(text) and 0 < flag.confidence <= 1 and flag.message


def _many_candidates_text() -> str:
    """An invented long text with many doubled words, many named terms and many often-named people,
    so the detectors take their one-pass branch (for many candidates) instead of a search per word."""
    words = ["harbour", "ferry", "bridge", "tunnel", "market", "garden", "school", "tower", "clinic", "museum"]
    names = ["Kowalczyk", "Petrauskas", "Nakamura", "Oyelaran", "Vasquera", "Lindqvist", "Haddadi", "Moravec",
             "Szabolcs", "Quintero"]
    heads = ["Act", "Agency", "Fund", "Council"]
    parts: list[str] = []
    for index, name in enumerate(names):
        given = ["Anna", "Jonas", "Maria", "Pedro", "Ines"][index % 5]
        word = words[index]
        head = heads[index % len(heads)]
        term = f"Coastal {word.capitalize()} Renewal {head}"
        parts.append(
            f"{given} {name} said the {word} {word} plan was ready. {name} spoke at the {term} hearing, and "
            f"{name} said he was glad. Later {name} said she was tired and tired of the {word}. "
            f"{name} said he would stay. Under the {term.lower()}, the {word} reopens; "
            f"{name} told them he agreed. Officials said {name} and {given} {name}s met.")
    return "\n".join(parts)


@pytest.mark.parametrize("detector, limit_name", [
    (repetition, "PER_WORD_SEARCHES"), (terms, "PER_TERM_SEARCHES"), (pronouns, "PER_WORD_SEARCHES"),
])
def test_one_pass_for_many_candidates_finds_what_searches_per_word_find(detector, limit_name: str,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    text = _many_candidates_text()
    monkeypatch.setattr(detector, limit_name, 10_000)  # a search per candidate word
    per_word = sorted((f.start, f.end, f.kind, f.message) for f in detector.detect(ArticleView(text)))
    monkeypatch.setattr(detector, limit_name, 0)  # one pass for all candidates
    one_pass = sorted((f.start, f.end, f.kind, f.message) for f in detector.detect(ArticleView(text)))
    assert one_pass == per_word
    assert per_word  # the text gives each detector something to find

"""The "sentences" step: repairs with their categories, must-not-change cases, and flags (texts invented)."""

from __future__ import annotations

import textwrap

import pytest

from presswash import apply_edits, clean_article
from presswash.steps.sentences import _SENTENCE_STARTS, is_abbreviation


def sentences(text: str, lang: str = "en"):
    return clean_article(text, steps=["sentences"], lang=lang)


@pytest.mark.parametrize("text_in, text_out, category", [
    ("The council approved the plan. despite strong local opposition.",
     "The council approved the plan despite strong local opposition.", "spurious_full_stop"),
    ("Police said the men tried to rob them. violently at the station.",
     "Police said the men tried to rob them violently at the station.", "spurious_full_stop"),
    ("The fund was set up by. the regional council last year and will be spent on schools and roads.",
     "The fund was set up by the regional council last year and will be spent on schools and roads.",
     "spurious_full_stop"),
    ("Drivers were asked to. to leave their cars.", "Drivers were asked to leave their cars.",
     "word_repeated_across_stop"),
    ("Officials worked to restore power. restore power overnight.",
     "Officials worked to restore power overnight.", "word_repeated_across_stop"),
    # (a word that is also a program's name, "cargo", is a command only at a line's start)
    ("The firm tracks its fleet, its cargo. cargo monitoring and its supply chain.",
     "The firm tracks its fleet, its cargo monitoring and its supply chain.", "word_repeated_across_stop"),
    ("The result was clear. . Turnout fell.", "The result was clear. Turnout fell.", "doubled_punctuation"),
    ("The vote ended,. Turnout fell.", "The vote ended. Turnout fell.", "doubled_punctuation"),
    ("As planned,. the council met.", "As planned, the council met.", "doubled_punctuation"),
    ("Rain fell,, and the match stopped.", "Rain fell, and the match stopped.", "doubled_punctuation"),
    ("The match ended . Fans left.", "The match ended. Fans left.", "space_before_punctuation"),
    ("Rain fell , and the match stopped.", "Rain fell, and the match stopped.", "space_before_punctuation"),
    ("It was the end.Next day the talks resumed.", "It was the end. Next day the talks resumed.",
     "missing_space_after_stop"),
    ("The team won in Madrid.It was their first title.", "The team won in Madrid. It was their first title.",
     "missing_space_after_stop"),
    ("The inter-\nnational team arrived.", "The international team arrived.", "line_break_hyphenation"),
    ("The well-\nknown author arrived.", "The well-known author arrived.", "line_break_hyphenation"),
    ("The govern-\nment said no.", "The government said no.", "line_break_hyphenation"),
    ("The committee met on Tuesday to discuss the new budget for the coming\n"
     "year, and after a long debate the members agreed to delay the final\n"
     "vote until the next session in the spring.",
     "The committee met on Tuesday to discuss the new budget for the coming "
     "year, and after a long debate the members agreed to delay the final "
     "vote until the next session in the spring.", "hard_wrap"),
    # the paragraph's last line is as long as a full one, and a blank line follows
    ("The committee met on Tuesday to discuss the new budget for the coming\n"
     "year, and after a long debate the members agreed to delay the final\n"
     "vote until the next session in the spring of next year.\n\nA new paragraph.",
     "The committee met on Tuesday to discuss the new budget for the coming "
     "year, and after a long debate the members agreed to delay the final "
     "vote until the next session in the spring of next year.\n\nA new paragraph.", "hard_wrap"),
    # the paragraph's first line ends early on purpose: the wrapped run is the lines after it
    ("The council met late on Tuesday evening and voted\n"
     "to rebuild the old stone pier before winter. The fishermen who still use the\n"
     "harbour said the decision came late, but several of them told the meeting\n"
     "that the work should start as soon as the storms of the autumn are over.",
     "The council met late on Tuesday evening and voted\n"
     "to rebuild the old stone pier before winter. The fishermen who still use the "
     "harbour said the decision came late, but several of them told the meeting "
     "that the work should start as soon as the storms of the autumn are over.", "hard_wrap"),
])
def test_repairs(text_in: str, text_out: str, category: str) -> None:
    result = sentences(text_in)
    assert result.text == text_out
    assert {edit.category for edit in result.edits} == {category}
    assert all(edit.reason and edit.step == "sentences" for edit in result.edits)
    assert apply_edits(result.original, result.edits) == result.text


@pytest.mark.parametrize("text", [
    # abbreviations, initials, numbers
    "He moved to the U.S. in 2010 and then to the U.K. in 2015.",
    "The meeting starts at 9 a.m. on Monday and ends at 5 p.m. on Friday.",
    "Bring documents, e.g. a passport, and forms, i.e. the green ones.",
    "Dr. Smith lives at No. 10 Downing Street with Mr. Jones.",
    "The book by J. R. R. Tolkien was read by T. S. Eliot.",
    "Add 1 tsp. sesame oil and 8 oz. cooked chicken to a 4 ft. bed.",
    "Prices rose 3.5 per cent and then 2.75 per cent.",
    "The avg. price fell.",
    # URLs, domains, file names, code
    "Visit www.example.com. then scroll down.",
    "Read more at example.com or https://example.org/news.html today.",
    "Open report.Final.pdf and call fmt.Println in Go.",
    "See example.Com for details.",
    # prose naming the methods its own code calls
    "dst, err := os.Create(name)\ndefer src.Close()\n\n"
    "If the call to os.Create fails, the function returns without a call to src.Close first.",
    "builder.Services.AddLogging();\n\nThen register the client on builder.Services as well.",
    # no sentence ends inside brackets
    "Other uses of defer (beyond the file.Close example given earlier) include releasing a lock.",
    # a command after a stop is no sentence going on
    "Push your code to the repository and the host handles the rest. git push origin main deploys it.",
    # a command's or a setting's argument is a lone dot
    "Stage everything and commit:\n\ngit add . # Stage all changes\n\nThen push the branch to the server.",
    "Change the block to:\n\n.:53 {\n  forward . 10.0.1.128\n}",
    # ellipses and brand names
    "He paused... and then went on.",
    "He paused. . . and then went on.",
    "He paused … and then went on.",
    "Apple sold more phones. iPhone sales rose. eBay fell. iOS grew.",
    # titles ending in ! or ?, quotations
    "They watched Mamma Mia! and went home.",
    "She read Who Moved My Cheese? on the train.",
    "“Stop.” he said.",
    "His answer: “not yet.”",
    # legit spacing and stops
    "The score was 1 ,000 to nil in .NET terms.",
    "we’re. on. it.",
    "Great staff. we see Dr. Lee every year. he is kind. so thankful we went.",
    # the pronoun in lowercase ("i'm") shows the habit where two lowercase starts alone do not
    "hi, i'm anna. i'm a student at the harbour school. in my free time, i build boats with my dad.",
    "We met the team. i have nothing but praise for them.",
    "See section 2. the list follows.",
    "Option a. or option b. will do.",
    # lists, headings, poems, addresses, short lines
    "Ingredients\n- two eggs\n- flour\n- milk",
    "1. open the box\n2. take out the parts\n3. read the manual",
    "Roses are red,\nviolets are blue,\nsugar is sweet,\nand so are you.",
    "10 Downing Street\nlondon\nSW1A 2AA",
    "The Budget\n\nthe chancellor spoke for an hour.",
    "A short line\nand another",
    # a break where the next word would have fitted is not a wrap
    "The first line is long enough to count as a full line\n"
    "and the next line is much longer than the first one, so this is not a greedy wrap.",
])
def test_must_not_change(text: str) -> None:
    result = sentences(text)
    assert result.text == text, result.edits


def test_spacing_habit_is_left_alone() -> None:
    text = "Ann Lee , head of sales , said prices fell."
    result = sentences(text)
    assert result.text == text
    assert not result.edits


@pytest.mark.parametrize("text", [
    "The plan was approved on Monday. the council said it would start building the new "
    "library in the spring and finish it before the end of next year.",
    # short next sentences: a word that opens sentences far more often than it goes on one
    "The ferry was late. it left the harbour at noon.",
    "The ferry was late. this time the captain blamed the wind.",
    "We waited for an hour at the gate. they opened it at six.",
    # an imperative opens an instruction or an offer
    "The wine is aged in oak barrels for added complexity. try it with the lamb.",
    # a subject word and a clause of its own
    "The ferry was late. the captain blamed the wind and the tide.",
    "The road is closed. you can take the coast path instead.",
    # any word, when a long clause follows it before the next sentence end
    "The ferry was late. with the captain ill and the wind rising from the west, nobody in the "
    "harbour wanted to sail that day.",
])
def test_lost_capital_is_flagged_not_joined(text: str) -> None:
    """Joining two real sentences is worse than leaving one broken: where the word after the stop
    may start a sentence of its own, the stop is flagged."""
    result = sentences(text)
    assert result.text == text
    assert "spurious_full_stop" in {flag.kind for flag in result.flags}


@pytest.mark.parametrize("text", [
    "Left: the tents on the harbour path. right: the boats coming in at dawn.",
    "All hail the new ferry timetable. ps: what do you think of the early boat?",
])
def test_a_label_after_a_stop_opens_the_next_part(text: str) -> None:
    """A caption's "right:" or a comment's "ps:" starts a part of its own: the stop before it stays."""
    result = sentences(text)
    assert result.text == text, result.edits


def test_a_review_written_in_lowercase_on_a_page_of_others_is_left_alone() -> None:
    """The page capitalises its sentences, one reader does not: that reader's paragraph keeps its stops."""
    others = ("The harbour office opened in May. The staff answered every question. The prices were fair. "
              "We booked two trips. Both boats left on time. The guide knew every island. Lunch was included. "
              "We will come back next year.")
    review = ("the captain took time for our questions. answered every one of them. really glad we went with him. "
              "would book again.")
    text = others + "\n\n" + review + "\n\n" + others
    result = sentences(text)
    assert result.text == text, result.edits


def test_two_stops_are_flagged() -> None:
    result = sentences("The vote was close.. Turnout fell.")
    assert "stray_punctuation" in {flag.kind for flag in result.flags}


def test_article_evidence_decides_hyphenation() -> None:
    text = "The checklist is long.\n\nRead the check-\nlist first."
    assert sentences(text).text == "The checklist is long.\n\nRead the checklist first."
    text = "A stream-line design.\n\nThe new stream-\nline design."
    assert sentences(text).text == "A stream-line design.\n\nThe new stream-line design."


@pytest.mark.parametrize("text, stop, expected", [
    ("in the U.S. today", 10, True),
    ("Dr. Smith", 2, True),
    ("the plan. then", 8, False),
    ("it was me. then", 9, False),  # "me" is an abbreviation only in French
])
def test_is_abbreviation(text: str, stop: int, expected: bool) -> None:
    assert text[stop] == "."
    assert is_abbreviation(text, stop, "en") is expected


@pytest.mark.parametrize("text", [
    "De vrachtwagens van transportbedrijf Hoekstra & Zn. op De Sluiskamp rijden sinds maandag op waterstof.",
    "Het hout komt van de fa. de Boer uit Zwolle, die het al veertig jaar levert.",
])
def test_dutch_abbreviations_keep_their_stop(text: str) -> None:
    assert clean_article(text, lang="nl", steps=["sentences"]).text == text


def test_missing_space_starts_load_as_single_lowercase_words() -> None:
    # the missing-space repair compares the lowercased glued word: an empty (missing) file or a
    # capitalised or multi-word entry would silently stop "Madrid.It was" from being split
    assert "it" in _SENTENCE_STARTS
    assert all(word.isalpha() and word.islower() for word in _SENTENCE_STARTS)


def test_edits_do_not_overlap() -> None:
    text = "The plan . despite protests,. the council met.Next day it rained. . Then the inter-\nnational team came."
    result = sentences(text)
    assert apply_edits(result.original, result.edits) == result.text


@pytest.mark.parametrize("text", ["a. " * 5000, "word. next " * 2000, ". ." * 3000, " ," * 3000,
                                  "line of text that goes on\n" * 2000])
def test_pathological_inputs_stay_valid(text: str) -> None:
    result = sentences(text)
    assert apply_edits(result.original, result.edits) == result.text


def test_a_stop_that_ends_a_wrapped_line_before_lowercase_keeps_its_line_break():
    """A hard-wrapped paragraph whose next line starts a sentence in lowercase (a command): joined,
    the stop would read as spurious and go ("for you git push"). So that break stays, with the stop,
    and the other lines are joined; a second cleaning changes nothing."""
    text = ("When the platform arrived in those years, it gained traction quickly, and\n"
            "the pitch was almost too simple to believe: you pushed your code to a\n"
            "repository and the platform handled all of the rest of the work for you.\n"
            "git push heroku main and your app was deployed. No servers to manage and\n"
            "nothing to patch, which was new for most of us at the time we started, and\n"
            "it changed how a whole generation of small teams shipped all their code.\n")
    result = sentences(text)
    assert "for you.\ngit push heroku main and your app was deployed. No servers" in result.text
    assert result.text.count("\n") == 2
    assert not [edit for edit in result.edits if edit.category == "spurious_full_stop"]
    assert sentences(result.text).text == result.text


def test_a_listing_of_lines_of_one_width_is_read_once(monkeypatch):
    """Every line break inside a run of full-width lines finds the same run, so the run is read once:
    a listing of 300 code lines was read whole at each of its 300 breaks (seconds for 200 KB). Its
    lines keep their breaks, and a wrapped paragraph after it is still joined."""
    import presswash.steps.sentences as module

    runs = []
    read = module._wrapped_run

    def counted(*arguments):
        runs.append(arguments[2:])
        return read(*arguments)

    monkeypatch.setattr(module, "_wrapped_run", counted)
    listing = "".join(f"    total = add_value(total, row[{index}]) + offset  # running total\n" for index in range(300))
    paragraph = ("The council of the small harbour town voted to rebuild the old stone pier\n"
                 "and the money will come from a fund that was set up by the government of\n"
                 "the region for coastal towns, which pays for most of the work on the pier.\n")
    text = listing + "\n" + paragraph
    joins = module._hard_wraps.__wrapped__(text)  # (past the cache, which other steps fill)
    assert runs == [(0, 299), (301, 303)]
    assert [edit.start for _, edit in joins] == [text.index("\nand"), text.index("\nthe region")]
    result = sentences(text)
    assert result.text == listing + "\n" + " ".join(paragraph.splitlines()) + "\n"


@pytest.mark.parametrize("line_end", ["in the U.S.", "at 9 a.m."])
def test_an_abbreviation_that_ends_a_wrapped_line_is_joined(line_end):
    text = ("The council of the small harbour town voted to rebuild the old stone pier\n"
            f"and the money will come from a fund that was set up {line_end}\n"
            "government programme for coastal towns, which pays for most of the work.\n")
    result = sentences(text)
    assert result.text.count("\n") == 1


def _wrapped_page(*paragraphs: str, width: int = 78) -> str:
    return "\n\n".join(textwrap.fill(paragraph, width) for paragraph in paragraphs)


_LONG_PARAGRAPHS = [
    "The council voted on Tuesday to build a new library on the site of the old bus depot, ending a debate "
    "that has run for three years and divided the streets around the depot.",
    "Councillors approved the plan by nine votes to four, despite strong objections from residents, who had "
    "asked for a park instead of another public building on the site.",
    "Work is due to start in the autumn and the building should open in 2028, the council's planning officer "
    "told the meeting, adding that the old library would stay open until then.",
]


def test_a_page_wrapped_at_one_width_has_its_two_line_paragraphs_joined() -> None:
    # html2text wraps at 78: a headline or a paragraph of two lines, or one going on with a capital, has no
    # run of three with a lowercase start to show it, but the page's other runs show the width
    short = "Residents of Quay Street, Mill Lane and the old depot yard will be asked to Comment on the plans."
    text = _wrapped_page(short, *_LONG_PARAGRAPHS)
    assert short.count(" ") and "\n" in text.split("\n\n")[0]  # (the case under test: two lines)
    assert sentences(text).text.split("\n\n")[0] == short


def test_two_full_lines_stay_apart_on_a_page_not_wrapped() -> None:
    text = ("The council voted on Tuesday to build a new library on the old depot's site\n"
            "Councillors approved the plan by nine votes to four, despite objections here\n")
    assert sentences(text).text == text


def test_a_line_ending_in_a_colon_is_not_joined_to_the_next() -> None:
    header = "You can still find this procedure explained by the harbour's engineer, Ana:\nDate: Thu, 23 Dec 1999"
    text = _wrapped_page(*_LONG_PARAGRAPHS) + "\n\n" + header + "\n"
    assert header in sentences(text).text


def test_a_markdown_heading_wrapped_at_the_pages_width_is_joined() -> None:
    # html2text wraps a long heading as any paragraph: "# … record fines after" over "thousands stranded"
    heading = "# Rail operators face record fines after the winter timetable left thousands stranded"
    text = _wrapped_page(heading, *_LONG_PARAGRAPHS)
    assert "\n" in text.split("\n\n")[0]  # (the case under test: two lines)
    assert sentences(text).text.split("\n\n")[0] == heading


@pytest.mark.parametrize("first", ["# Copy the nightly archive to the backup host before the cleaning job starts",
                                   "Copy the nightly archive to the backup host before the cleaning job starts"])
def test_a_fenced_listings_lines_on_a_wrapped_page_are_never_joined(first) -> None:
    # a full line of a listing (a comment, a message) over a short one: on a page wrapped at 78, as a paragraph's
    listing = f"```\n{first}\nBackup done\n```"
    text = _wrapped_page(*_LONG_PARAGRAPHS) + "\n\n" + listing + "\n"
    assert listing in sentences(text).text


def test_a_wrapped_paragraph_about_code_is_joined_past_its_inline_code_spans() -> None:
    # a paragraph on code names its identifiers in spans ("`settled_at`"), whose underscores read as code's
    paragraph = ("A name should say what a thing is for, not how it is built: `retry_queue` is better than "
                 "`deque_2`, and `settled_at` is better than `ts`. When you ask for a rename in review, suggest "
                 "the name you would choose, so that the author does not have to guess what you meant by it.")
    text = _wrapped_page(paragraph, *_LONG_PARAGRAPHS)
    assert "\n" in text.split("\n\n")[0]  # (the case under test: wrapped lines)
    assert sentences(text).text.split("\n\n")[0] == paragraph


def test_lines_of_code_around_an_inline_span_stay_apart() -> None:
    listing = ("retries = `cat /etc/retry.conf` if present else the default of three attempts for each\n"
               "timeout = `cat /etc/timeout.conf` if present else the default of thirty seconds for each\n"
               "backoff = `cat /etc/backoff.conf` if present else the default of two seconds for each one\n")
    assert sentences(listing).text == listing

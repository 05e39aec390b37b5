from questions.text import MARK_END, MARK_START, clean_user_text, highlight, mark_terms, render_body, search_terms


def test_render_body_makes_paragraphs_and_safe_links():
    html = render_body("First line\nsecond line\n\nSee www.example.com or javascript:alert(1) <b>now</b>")
    assert html.startswith("<p>First line<br>second line</p><p>")
    assert (
        '<a href="https://www.example.com" rel="nofollow ugc noopener noreferrer">https://www.example.com</a>' in html
    )
    assert "<b>" not in html and "&lt;b&gt;now&lt;/b&gt;" in html
    assert 'href="javascript' not in html


def test_clean_user_text_strips_control_and_marker_characters():
    assert clean_user_text(f"  a\x00b{MARK_START}c\r\n\r\n\r\n\r\nd  ") == "abc\n\nd"


def test_search_terms_drop_stop_words_punctuation_and_repeats():
    assert search_terms("How long does SWELLING last -- swelling? Botox!") == ["long", "swelling", "last", "botox"]
    assert search_terms("!!! %% the and") == []
    assert len(search_terms(" ".join(f"word{i}" for i in range(50)))) == 8


def test_highlight_escapes_everything_but_the_marks():
    snippet = f"<script>x</script> {MARK_START}botox{MARK_END} & {MARK_START}unclosed"
    assert highlight(snippet) == "&lt;script&gt;x&lt;/script&gt; <mark>botox</mark> &amp; <mark>unclosed</mark>"


def test_mark_terms_windows_around_the_first_hit():
    text = "word " * 200 + "the botox part " + "word " * 200
    snippet = mark_terms(text, ["botox"])
    assert f"{MARK_START}botox{MARK_END}" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")


def test_mark_terms_marks_other_forms_of_a_word():
    snippet = mark_terms(
        "My lip swelled overnight and the swelling is worse after injections.", ["swelling", "injection"]
    )
    assert f"{MARK_START}swelled{MARK_END}" in snippet
    assert f"{MARK_START}swelling{MARK_END}" in snippet
    assert f"{MARK_START}injections{MARK_END}" in snippet
    # Only words that start with the stem: "well" inside "swelled" is not a hit for "wells".
    assert MARK_START not in mark_terms("It swelled.", ["wells"])


def test_word_stem_keeps_three_letters():
    from questions.text import word_stem

    assert word_stem("swelling") == "swell"
    assert word_stem("injections") == "inject"
    assert word_stem("ages") == "age"
    assert word_stem("botox") == "botox"

"""Token columns: the keys and start offsets every step reads."""
import pytest

from chronique.tokens import columns, tokenize


def _fresh(toks):
    return [t.low for t in toks], [t.start for t in toks]


def test_columns_of_the_last_token_list_are_its_keys_and_starts():
    toks = tokenize("Le ministre a déclaré mardi : « Nous partirons. »")
    assert columns(toks) == _fresh(toks)


def test_columns_of_an_earlier_or_partial_list_are_read_from_its_tokens():
    first = tokenize("Washington a accusé l'Iran vendredi.")
    second = tokenize("« Nous ne reculerons pas », a-t-il dit.")
    assert columns(first) == _fresh(first)            # not the last list made
    assert columns(second[2:]) == _fresh(second[2:])  # a slice is another list
    assert columns([]) == ([], [])


def test_a_list_built_equal_to_the_last_one_is_read_afresh_and_matches():
    toks = tokenize("Il a dit que « tout va bien ».")
    copy = list(toks)
    assert columns(copy) == columns(toks) == _fresh(toks)


def test_a_token_list_shortened_after_it_was_made_is_read_afresh():
    toks = tokenize("Moscou a démenti toute attaque lundi soir.")
    del toks[-3:]
    assert columns(toks) == _fresh(toks)


def test_tokens_carry_offsets_text_key_digits_sentence_and_paragraph():
    text = "M. Dupont l’a dit le 3 mai. Puis il est parti.\n\nNouveau paragraphe."
    toks = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    apostrophe = next(t for t in toks if t.text == "’")
    assert apostrophe.low == "'"                        # typographic variants folded in the key
    three = next(t for t in toks if t.text == "3")
    assert three.digit and not toks[0].digit
    assert [t.sent for t in toks if t.text in ("Dupont", "Puis", "Nouveau")] == [0, 1, 2]
    assert [t.para for t in toks if t.text in ("Dupont", "Puis", "Nouveau")] == [0, 0, 1]


def test_tokens_are_immutable_so_the_shared_columns_stay_true():
    toks = tokenize("Téhéran a démenti mardi.")
    with pytest.raises(AttributeError):
        toks[0].low = "autre"
    assert toks[0] == toks[0]._replace() and toks[0].low == "téhéran"


def test_the_columns_of_the_text_just_tokenized_are_the_tokenizers_own_lists():
    text = "Le ministre a déclaré mardi que « tout va bien »."
    toks = tokenize(text)
    keys, starts = columns(toks)
    assert columns(toks)[0] is keys and columns(toks)[1] is starts     # handed on, not read again
    assert (keys, starts) == _fresh(toks)


def test_a_snippet_tokenized_on_the_side_keeps_the_whole_texts_columns():
    text = "Le ministre a déclaré mardi que « tout va bien »."
    toks = tokenize(text)
    keys = columns(toks)[0]
    side = tokenize(text, 3, 20)                        # a few words read elsewhere meanwhile
    assert columns(toks)[0] is keys
    assert columns(side) == _fresh(side)


def test_a_sentence_ending_after_a_closing_quotation_mark_ends_before_the_next_quotation():
    # the closing mark is a token of one character, like an initial; a quotation after it opens a sentence
    toks = tokenize("Il a dénoncé une décision « sans fondement ». « L'Estonie ne cédera pas », a-t-il dit.")
    opener = [t for t in toks if t.text == "«"][1]
    assert opener.sent == toks[0].sent + 1


def test_an_initial_before_a_name_still_ends_no_sentence():
    toks = tokenize("Le président J. Biden a parlé.")
    assert len({t.sent for t in toks}) == 1


@pytest.mark.parametrize("text, starts", [
    # a closing quotation mark or bracket before the full stop is no initial
    ("Il a dénoncé « une cruauté méthodique ». Il a réclamé cinq ans.", ["Il"]),
    ('Il a parlé de "laisser faire". Mardi, des bottes de paille ont brûlé.', ["Mardi"]),
    ("Le texte a été voté (en avril). Il entre en vigueur.", ["Il"]),
    # initials, dotted abbreviations and « M. » are
    ("Its CEO, John F. Kennedy, said so. Filed in the U.S. District Court.", ["Filed"]),
    ("« Nous partons », a déclaré M. Dupont. Il a ajouté que rien n'était décidé.", ["Il"]),
])
def test_a_one_character_token_before_a_full_stop_is_an_initial_only_if_a_letter(text, starts):
    toks = tokenize(text)
    firsts = [t.text for k, t in enumerate(toks) if k and t.sent != toks[k - 1].sent]
    assert firsts == starts


@pytest.mark.parametrize("text, starts", [
    # after . ! ?, a small letter, a digit or a comma opens no sentence, with or without a blank
    ("He left at 3 p.m. and came back. Then he slept.", ["Then"]),
    ("Growth was 3.5 per cent in Sept. 2019. Prices fell!Markets rose.", ["Prices", "Markets"]),
    ("They sold apples, pears, etc., at the market. « Assez ! » a-t-il crié. Voilà.", ["«", "Voilà"]),
    ("Why?  Because.  Nobody knew.", ["Because", "Nobody"]),
])
def test_a_sentence_starts_after_a_full_stop_only_before_a_capital_or_an_opening_quotation(text, starts):
    toks = tokenize(text)
    firsts = [t.text for k, t in enumerate(toks) if k and t.sent != toks[k - 1].sent]
    assert firsts == starts


@pytest.mark.parametrize("text", [
    "  Indented line.\nNext line ends in blanks.   \n\n\t Tabbed paragraph.\u00a0",
    "Trailing blank after the last word ",
    " \u3000Ideographic space first, then words.",
])
def test_lines_with_blanks_around_them_keep_the_offsets_of_their_tokens(text):
    toks = tokenize(text)
    assert [text[t.start:t.end] for t in toks] == [t.text for t in toks]
    assert [t.text for t in toks] == [w for w in text.replace(".", " . ").replace(",", " , ").split()]


@pytest.mark.parametrize("text, opens", [
    # a figure after the full stop of a whole lowercase word opens a sentence
    ("La Russie a lancé 64 drones contre le pays. 41 drones ont été abattus.", "41"),
])
def test_a_figure_after_a_full_stop_ending_a_word_opens_a_sentence(text, opens):
    toks = tokenize(text)
    k = next(i for i, t in enumerate(toks) if t.text == opens)
    assert toks[k].sent == toks[k - 1].sent + 1


@pytest.mark.parametrize("text", [
    "The attacks of Sept. 11 changed everything.",
    "See p. 12 for the details.",
    "Prices rose 3.5 percent.",
])
def test_a_figure_after_an_abbreviation_or_a_number_opens_no_sentence(text):
    assert {t.sent for t in tokenize(text)} == {0}


def test_in_a_text_with_no_blank_line_a_line_break_ending_a_sentence_ends_a_paragraph():
    single = "Titre de la dépêche\nLe ministre a parlé mardi.\nLa police a démenti, selon l'AFP.\nUne suite,\ncoupée."
    toks = tokenize(single)
    paras = {t.text: t.para for t in toks}
    assert [paras["Titre"], paras["Le"], paras["La"], paras["Une"]] == [0, 1, 2, 3]
    assert paras["coupée"] == paras["Une"]              # a line ending with a comma goes on
    # the same text with blank lines between its paragraphs has the same paragraphs
    blank = single.replace(".\n", ".\n\n").replace("dépêche\n", "dépêche\n\n")
    assert [t.para for t in tokenize(blank)] == [t.para for t in toks]


def test_with_blank_lines_present_a_single_line_break_stays_inside_its_paragraph():
    toks = tokenize("Premier paragraphe.\nSa seconde ligne.\n\nSecond paragraphe.")
    assert [t.para for t in toks if t.text in ("Premier", "Sa", "Second")] == [0, 0, 1]


def test_a_platform_letter_after_a_lowercase_word_ends_its_sentence():
    # "posted on X. The ...": X is the platform; an initial follows or opens a name ("George W. Bush")
    toks = tokenize("Il a écrit sur le réseau social X. Le gouvernement se tait. George W. Bush a parlé.")
    sents = {t.text: t.sent for t in toks}
    assert sents["X"] == 0 and sents["gouvernement"] == 1
    assert sents["W"] == sents["Bush"]


@pytest.mark.parametrize("text, sents", [
    ("He met Dr. Smith on Monday.", 1),
    ("Gen. Mark Milley said no.", 1),
    ("It happened in St. Louis on Monday.", 1),
    # a lowercase word spelt as an honorific, or a company's closing abbreviation, may end a sentence
    ("He told me. Then he left.", 2),
    ("He works at Acme Inc. The firm said no.", 2),
])
def test_a_full_stop_after_a_capitalised_honorific_or_a_names_opening_abbreviation_ends_no_sentence(text, sents):
    assert len({t.sent for t in tokenize(text)}) == sents


def test_a_hashtags_sign_is_no_token_and_offsets_hold():
    text = "le collectif #NousToutes. #MeToo\n#Dd, score #1"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["le", "collectif", "NousToutes", ".", "MeToo", "Dd", ",", "score", "#", "1"]
    assert all(text[t.start:t.end] == t.text for t in toks)

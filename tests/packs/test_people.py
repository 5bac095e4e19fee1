"""People's names as councils print them: words, lists, honorifics."""

from __future__ import annotations

import pytest

from minutebook.packs.people import NAME_WORD, clean_name, looks_like_name, split_list


@pytest.mark.parametrize(
    "word", ["Siân", "Seán", "Zoë", "José", "Łukasz", "O'Neill", "Butler-Thalassis", "McKee", "A."]
)
def test_a_name_word_may_carry_accents(word: str) -> None:
    assert NAME_WORD.match(word)


@pytest.mark.parametrize("word", ["and", "élan", "3rd", "(Chair)"])
def test_a_lower_case_word_or_a_number_is_not_a_name_word(word: str) -> None:
    assert not NAME_WORD.match(word)


def test_a_list_with_welsh_and_irish_names_reads_every_name() -> None:
    names = split_list("Siân Mathias, Seán Ó Ceallaigh and Zoë Price")
    assert names == ["Siân Mathias", "Seán Ó Ceallaigh", "Zoë Price"]
    assert all(looks_like_name(name) for name in names)


@pytest.mark.parametrize(
    "printed, name",
    [
        ("County Councillor Aled Davies", "Aled Davies"),
        ("County Councillors Aled Davies", "Aled Davies"),
        ("Chief Constable Mark Hobrough", "Mark Hobrough"),
        ("Assistant Chief Fire Officer Dan Price", "Dan Price"),
        ("Chief Fire Officer", "Chief Fire Officer"),
    ],
)
def test_ranks_and_council_titles_are_not_part_of_a_name(printed: str, name: str) -> None:
    assert clean_name(printed) == name

"""The lead column of an actions log split into owners: a table of printed cells and the owners in them."""

from __future__ import annotations

import pytest

from minutebook.packs.actions_log_leads import Lexicon, is_post, lexicon_of, person_like, split_leads


@pytest.mark.parametrize(
    "cell, owners",
    [
        (
            "Chris Neill / Bernie Flaherty / Dylan Champion",
            ["Chris Neill", "Bernie Flaherty", "Dylan Champion"],
        ),
        (
            "Ezra Wallace, Chris Neill (NHS Central London Clinical Commissioning Group) and Louise Proctor "
            "(NHS West London Clinical Commissioning Group)",
            ["Ezra Wallace", "Chris Neill", "Louise Proctor"],
        ),
        ("Louise Proctor (NHS West London Clinical Commissioning Group", ["Louise Proctor"]),
        ("Clinical Commissioning Groups/NHS England", ["Clinical Commissioning Groups", "NHS England"]),
        ("Councillor Heather Acton / Dr Neville Purssell", ["Heather Acton", "Neville Purssell"]),
        ("Harley Collins (Health and Wellbeing Manager)", ["Harley Collins"]),
        ("Director of Public Health.", ["Director of Public Health"]),
        ("Healthwatch", ["Healthwatch"]),
        ("All Board Members / Mike Robinson", ["All Board Members", "Mike Robinson"]),
        ("Spatial and Environmental Planning", ["Spatial and Environmental Planning"]),
        ("Health & Wellbeing Board", ["Health & Wellbeing Board"]),
        ("Local Safeguarding Children Board", ["Local Safeguarding Children Board"]),
        ("West London Clinical Commissioning Group", ["West London Clinical Commissioning Group"]),
        (
            "Adult Social Care, Clinical Commissioning Groups and Policy, Performance and Communication",
            ["Adult Social Care", "Clinical Commissioning Groups", "Policy, Performance and Communication"],
        ),
        # owners run together with only spaces, as PDF conversions print a cell's lines
        ("Clinical Commissioning Groups  NHS England", ["Clinical Commissioning Groups", "NHS England"]),
        ("Clinical Commissioning Groups. NHS England", ["Clinical Commissioning Groups", "NHS England"]),
        ("Clinical Commissioning Groups NHS England", ["Clinical Commissioning Groups", "NHS England"]),
        ("Public Health  Healthwatch Westminster", ["Public Health", "Healthwatch Westminster"]),
        ("Public Health Healthwatch Westminster", ["Public Health", "Healthwatch Westminster"]),
        ("NHS North West London Adult Social Care", ["NHS North West London", "Adult Social Care"]),
        ("NHS England Public Health.", ["NHS England", "Public Health"]),
        ("Holly Manktelow Health and Wellbeing Board", ["Holly Manktelow", "Health and Wellbeing Board"]),
        (
            "Public Health Services Senior Policy & Strategy Officer.",
            ["Public Health Services", "Senior Policy & Strategy Officer"],
        ),
        (
            "Matthew Bazeley Janice Horsman Paula Arnell",
            ["Matthew Bazeley", "Janice Horsman", "Paula Arnell"],
        ),
        # other councils' ways
        ("Cllr Smith and Cllr Jones", ["Smith", "Jones"]),
        ("Jane Smith, Chief Executive", ["Jane Smith"]),
        ("Counter Fraud Manager, Mrs A Green", ["Counter Fraud Manager", "A Green"]),
        ("Mrs. R. Quigley, Director of Parks", ["R. Quigley"]),  # a title's full stop parts nothing
        ("Cllr. Dev Rana / Prof. Ada Lowe", ["Dev Rana", "Ada Lowe"]),
        ("Head of Legal and Democratic Services", ["Head of Legal and Democratic Services"]),
        ("Director of Housing and Head of Planning", ["Director of Housing", "Head of Planning"]),
        ("Chairman and Vice-Chairman", ["Chairman", "Vice-Chairman"]),
        ("Sarah Jones\nHead of Planning", ["Sarah Jones", "Head of Planning"]),
        ("Chief Operating Officer / Jo Bloggs", ["Chief Operating Officer", "Jo Bloggs"]),
        # a cell's lines joined by one space, as Word and HTML conversions join them
        ("Sarah Jones Head of Planning", ["Sarah Jones", "Head of Planning"]),
        ("Chief Executive Jane Smith", ["Chief Executive", "Jane Smith"]),
        ("Cabinet Member for Health Cllr Ann Bell", ["Cabinet Member for Health", "Ann Bell"]),
        ("Cllr Ann Bell Dr John Smith", ["Ann Bell", "John Smith"]),
        ("Mary Ann Bell", ["Mary Ann Bell"]),
        ("", []),
    ],
)
def test_split_leads(cell: str, owners: list[str]) -> None:
    assert split_leads(cell) == owners


def test_owners_printed_alone_elsewhere_in_the_log_cut_a_run_together_cell() -> None:
    lexicon = lexicon_of(["Strategic Director of Housing", "Director of Public Health.", "Meenara Islam"])
    assert split_leads("Strategic Director of Housing Director of Public Health.", lexicon) == [
        "Strategic Director of Housing",
        "Director of Public Health",
    ]


def test_a_cell_is_not_cut_by_its_own_entry() -> None:
    lexicon = lexicon_of(["Local Safeguarding Children Board"])
    assert split_leads("Local Safeguarding Children Board", lexicon) == ["Local Safeguarding Children Board"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chris Neill", True),
        ("Healthwatch Westminster", False),
        ("Senior Policy", False),
        ("West London", False),
    ],
)
def test_person_like(text: str, expected: bool) -> None:
    assert person_like(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Director of Housing", True),
        ("Democratic Services Officer", True),
        ("Chief Executive", True),
        ("Jane Smith", False),
        ("Director of", False),
    ],
)
def test_is_post(text: str, expected: bool) -> None:
    assert is_post(text) is expected


def test_lexicon_knows_common_bodies() -> None:
    lexicon = Lexicon()
    assert "Adult Social Care" in lexicon
    assert lexicon.owner_like("Clinical Commissioning Groups")
    assert not lexicon.owner_like("Policy")


@pytest.mark.parametrize(
    "cell, others, owners",
    [
        ("Head of Parks and Open Spaces", [], ["Head of Parks and Open Spaces"]),  # the post's remit
        (
            "Head of Parks and Ann Lee",
            ["Ann Lee"],
            ["Head of Parks", "Ann Lee"],
        ),  # a person the log names alone
        ("Head of Parks and Cllr Bob Hart", [], ["Head of Parks", "Bob Hart"]),
        (
            "Executive Director (Housing and Communities)",
            [],
            ["Executive Director (Housing and Communities)"],
        ),
        ("Clerk (RFO)", [], ["Clerk"]),
        ("Ann Lee (Head of Parks and Open Spaces)", [], ["Ann Lee"]),
        ("Ann Lee, Westmoor Hospitals NHS FT", [], ["Ann Lee"]),  # where she works
        ("Ann Lee, Bob Hart", [], ["Ann Lee", "Bob Hart"]),
        (
            "Assistant Director, Schools, Skills & Inclusion",
            [],
            ["Assistant Director, Schools, Skills & Inclusion"],
        ),
        ("Head of Service, Adults", [], ["Head of Service, Adults"]),
        ("Deputy Chief Officer, Children's Services", [], ["Deputy Chief Officer, Children's Services"]),
        ("Area Manager, Parks Team", [], ["Area Manager, Parks Team"]),
        ("Head of Parks and Friends of Hill Park Forum", [], ["Head of Parks", "Friends of Hill Park Forum"]),
        (
            "Director of Housing and Health and Wellbeing Board",
            [],
            ["Director of Housing and Health and Wellbeing Board"],
        ),
    ],
)
def test_a_post_keeps_its_remit(cell: str, others: list[str], owners: list[str]) -> None:
    assert split_leads(cell, lexicon_of([cell, *others])) == owners


@pytest.mark.parametrize(
    "cell, owners",
    [
        ("Public Health Analytics Team", ["Public Health Analytics Team"]),  # a known body's own team
        ("Adult Social Care Lead and Carers Partnership", ["Adult Social Care Lead", "Carers Partnership"]),
        ("Public Health Democratic Services", ["Public Health", "Democratic Services"]),
        ("Housing Director of Public Health", ["Housing", "Director of Public Health"]),
    ],
)
def test_words_after_a_known_body_that_go_on_naming_it(cell: str, owners: list[str]) -> None:
    assert split_leads(cell, Lexicon()) == owners

"""The name-matching rules as tables: pairs that must and must not be one person."""

from __future__ import annotations

import pytest

from minutebook.records.names import Evidence, clean_name, decide, looks_like_person, parse_name

SOME = Evidence(same_body=True, same_pack=True, surname_unique=True)
NONE = Evidence()


@pytest.mark.parametrize(
    ("printed", "clean"),
    [
        ("Councillor Heather Acton", "Heather Acton"),
        ("Cllr Cen Kemahli (Chair)", "Cen Kemahli"),
        ("Dr Neville Purssell", "Neville Purssell"),
        ("Detective Inspector Iain Keating", "Iain Keating"),
        ("Matthew Hannant , Interim Senior Responsible Officer", "Matthew Hannant"),
        ("Professor Dame Sally Davies OBE", "Sally Davies"),
        ("Mr. John O'Brien", "John O'Brien"),
        ("Heather Acton", "Heather Acton"),
    ],
)
def test_clean_name(printed: str, clean: str) -> None:
    assert clean_name(printed) == clean


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Daniela Valdés", "Daniela Valdes"),
        ("Maria O'Brien", "Maria OBrien"),
        ("Dr Naomi Katz", "Naomi Katz"),
        ("Councillor Heather Acton", "HEATHER ACTON"),
    ],
)
def test_same_key(a: str, b: str) -> None:
    pa, pb = parse_name(a), parse_name(b)
    assert pa is not None and pb is not None
    assert pa.key == pb.key


# (new spelling, known spelling, evidence about the known person): must be merged.
MUST_MERGE = [
    ("Neville Pursell", "Neville Purssell", Evidence(same_pack=True)),
    ("Neville Purssell", "Neville Pursell", Evidence(same_body=True)),
    ("Cem Kemahli", "Cen Kemahli", Evidence(same_pack=True, surname_unique=True)),
    ("Tim Barnes", "Timothy Barnes", Evidence(same_pack=True)),
    ("Mike Robinson", "Michael Robinson", Evidence(same_body=True)),
    ("Chris Neill", "Christopher Neill", Evidence(same_body=True)),
    ("Leslie Watts", "Lesley Watts", Evidence(same_body=True, surname_unique=True)),
    ("Ela Sen-Pathak", "Ela Pathak-Sen", Evidence(same_pack=True)),
    ("Nafsika Butler Thalassis", "Nafsika Butler-Thalassis", NONE),
    ("J Smith", "Jane Smith", Evidence(same_body=True, role_likeness=90.0)),
]

# Pairs that must stay two people, whatever the evidence.
MUST_NOT_MERGE = [
    ("Mike Robinson", "Clare Robinson", SOME),
    ("Ian Robinson", "Clare Robinson", SOME),
    ("Louise Proctor", "Louis Proctor", SOME),
    ("Louise Proctor", "Lucy Proctor", SOME),
    ("Mark Smith", "Mary Smith", Evidence(same_body=True, surname_unique=True, same_list=True)),
    ("Carol Jones", "Carla Jones", SOME),
    ("Sarah Crouch", "Sara Sutton", SOME),
    ("Neville Purssell", "Neville Russell", SOME),
    ("Chairman", "Heather Acton", SOME),
]

# Alike names, but not enough evidence yet: not merged.
NOT_WITHOUT_EVIDENCE = [
    ("Neville Pursell", "Neville Purssell"),
    ("Cem Kemahli", "Cen Kemahli"),
    ("Tim Barnes", "Timothy Barnes"),
]


@pytest.mark.parametrize(("new", "known", "evidence"), MUST_MERGE)
def test_must_merge(new: str, known: str, evidence: Evidence) -> None:
    a, b = parse_name(new), parse_name(known)
    assert a is not None and b is not None
    match = decide(a, b, evidence)
    assert match.merge, match.evidence
    assert match.reasons


@pytest.mark.parametrize(("new", "known", "evidence"), MUST_NOT_MERGE)
def test_must_not_merge(new: str, known: str, evidence: Evidence) -> None:
    a, b = parse_name(new), parse_name(known)
    assert a is not None and b is not None
    assert not decide(a, b, evidence).merge


@pytest.mark.parametrize(("new", "known"), NOT_WITHOUT_EVIDENCE)
def test_alike_names_need_evidence(new: str, known: str) -> None:
    a, b = parse_name(new), parse_name(known)
    assert a is not None and b is not None
    assert not decide(a, b, NONE).merge


def test_same_list_vetoes_a_typo_merge() -> None:
    a, b = parse_name("Cem Kemahli"), parse_name("Cen Kemahli")
    assert a is not None and b is not None
    assert not decide(a, b, Evidence(same_pack=True, surname_unique=True, same_list=True)).merge


def test_merge_evidence_is_words() -> None:
    a, b = parse_name("Neville Pursell"), parse_name("Neville Purssell")
    assert a is not None and b is not None
    match = decide(a, b, Evidence(same_pack=True))
    assert "surnames differ by 1 letter" in match.evidence
    assert "printed in the same pack" in match.evidence


@pytest.mark.parametrize(
    ("printed", "person"),
    [
        ("Chris Neill", True),
        ("Maria O'Brien", True),
        ("Nafsika Butler-Thalassis", True),
        ("Dr Neville Purssell", True),
        ("Adult Social Care", False),
        ("All Members", False),
        ("All Board Members", False),
        ("Chairman", False),
        ("Health & Wellbeing Board", False),
        ("NHS England", False),
        ("Director of Public Health", False),
        ("Children's Services", False),
        ("Policy, Performance and Communication", False),
    ],
)
def test_looks_like_person(printed: str, person: bool) -> None:
    assert looks_like_person(printed) is person


def test_hostile_name_is_handled() -> None:
    assert parse_name("((((((((") is None
    assert parse_name("") is None
    long = parse_name("A" * 10_000 + " " + "B" * 10_000)
    assert long is not None and long.full

"""The escalation ladder and the reference codes of each event kind.

The ladder is ordinal, seven rungs, from words to lethal force:

====  =====================================================
0     statement or denial; ceasefire
1     accusation
2     threat or warning
3     protest or sit-in
4     sanctions or military deployment
5     violent intrusion, armed attack, attack on a diplomatic mission
6     lethal force
====  =====================================================

Sources: the rungs follow the verbal-to-material order of conflict event
typologies — CAMEO (Gerner, Schrodt, Yilmaz and Abu-Jabr, *Conflict and
Mediation Event Observations*, 2002; codebook 1.1b3, 2012), its successor PLOVER
(Open Event Data Alliance, *Political Language Ontology for Verifiable Event
Records*, 2018) — and Herman Kahn's idea of an escalation ladder (*On
Escalation*, 1965), reduced to what a news article can attest.  The rung is an
ordinal reading aid, not a measure; casualties are a separate magnitude.

Reference codes: each kind also carries a CAMEO code, a Goldstein value and a
PLOVER category, as reference columns only.  Published CAMEO-to-Goldstein
tables disagree (CAMEO 016, "deny responsibility", scores +3.4, -2 or -5
depending on the table); the values below are those of the table named in
``REFERENCE_TABLE``, shown for comparison with other datasets, not as truth.
"""
from __future__ import annotations

from .resources import module

RUNGS = {
    0: "statement, denial or ceasefire",
    1: "accusation",
    2: "threat or warning",
    3: "protest or sit-in",
    4: "sanctions or military deployment",
    5: "violent intrusion or attack on a diplomatic mission",
    6: "lethal force",
}

# event kind -> rung
KIND_RUNG = {
    "statement": 0, "announcement": 0, "denial": 0, "accusation": 1, "threat": 2,
    "protest": 3, "sanctions": 4, "military deployment": 4,
    "attack": 5, "air strike": 5, "attack on diplomatic mission": 5,
    "lethal attack": 6, "lethal strike": 6,
    # a ceasefire agreed or in force: no force used, the ladder's foot (its Goldstein value, +9,
    # sets it apart from the statements of the same rung)
    "ceasefire": 0,
}

# claim kind -> rung (a claim's own escalation, as a speech act)
CLAIM_RUNG = {"accusation": 1, "criticism": 1, "threat": 2, "warning": 2, "threat/warning": 2}

REFERENCE_TABLE = {
    "name": "GDELT CAMEO.goldsteinscale.txt (CAMEO 1.1b3 codes with Goldstein 1992 weights as distributed by GDELT 2.0)",
    "version": "GDELT 2.0 lookup tables",
    "note": ("Reference columns only: other CAMEO-Goldstein tables give other values "
             "(CAMEO 016 'deny responsibility': +3.4, -2 or -5)."),
}
# kind -> (CAMEO code, CAMEO label, Goldstein value in REFERENCE_TABLE, PLOVER category)
REFERENCE_CODES = {
    "statement": ("010", "Make statement", 0.0, None),
    "announcement": ("010", "Make statement", 0.0, None),
    "denial": ("016", "Deny responsibility", -2.0, "REJECT"),
    "accusation": ("112", "Accuse", -2.0, "ACCUSE"),
    "threat": ("138", "Threaten to use military force", -7.0, "THREATEN"),
    "protest": ("141", "Demonstrate or rally", -6.5, "PROTEST"),
    "sanctions": ("163", "Impose embargo, boycott, or sanctions", -8.0, "SANCTION"),
    "military deployment": ("154", "Mobilize or increase armed forces", -7.2, "MOBILIZE"),
    "attack": ("190", "Use conventional military force", -10.0, "ASSAULT"),
    "air strike": ("195", "Employ aerial weapons", -10.0, "ASSAULT"),
    "attack on diplomatic mission": ("145", "Protest violently, riot", -7.5, "PROTEST"),
    "lethal attack": ("190", "Use conventional military force", -10.0, "ASSAULT"),
    "lethal strike": ("195", "Employ aerial weapons", -10.0, "ASSAULT"),
    "ceasefire": ("0871", "Declare truce, ceasefire", 9.0, None),
}


def rung_of(kind: str) -> int:
    return KIND_RUNG.get(kind, 0)


def claim_rung(kind: str) -> int:
    return CLAIM_RUNG.get(kind, 0)


def rung_name(rung: int, lang: str = "en") -> str:
    """The rung's name in the article's language."""
    try:
        names = module(lang, "events").RUNG_NAMES
    except (ImportError, ValueError, AttributeError):
        names = RUNGS
    return names.get(rung, RUNGS.get(rung, str(rung)))


def reference(kind: str) -> dict:
    code = REFERENCE_CODES.get(kind)
    if code is None:
        return {"cameo": None, "cameo_label": None, "goldstein": None, "plover": None,
                "table": REFERENCE_TABLE["name"]}
    return {"cameo": code[0], "cameo_label": code[1], "goldstein": code[2], "plover": code[3],
            "table": REFERENCE_TABLE["name"]}

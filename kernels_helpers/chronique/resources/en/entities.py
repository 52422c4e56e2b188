"""English names for roles and entities (used to date articles and, later, to attribute claims)."""

ROLE_TITLES = {
    "head_of_state": ("President", "president"),
    "head_of_government": ("Prime Minister", "prime minister", "Chancellor", "chancellor", "PM"),
    "foreign_minister": ("Secretary of State", "secretary of state", "head of American diplomacy",
                         "Foreign Minister", "foreign minister", "top diplomat"),
    "defense_minister": ("Defense Secretary", "Defense Minister", "Secretary of Defense",
                         "defense secretary", "defense minister", "Pentagon chief",
                         "Defence Secretary", "Defence Minister"),
    "un_secretary_general": ("Secretary-General", "Secretary General", "secretary-general",
                             "UN chief"),
}
FORMER = ("former", "ex", "ex-", "late", "then")

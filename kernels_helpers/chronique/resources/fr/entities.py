"""French names for roles and entities (used to date articles and, later, to attribute claims)."""

# titles that introduce the holder of a role, for the officeholder gazetteer
ROLE_TITLES = {
    "head_of_state": ("président", "présidente", "chef de l'État", "chef de l'Etat"),
    "head_of_government": ("Premier ministre", "première ministre", "chancelier", "chancelière"),
    "foreign_minister": ("secrétaire d'État", "secrétaire d'Etat", "chef de la diplomatie",
                         "ministre des Affaires étrangères"),
    "defense_minister": ("ministre de la Défense", "ministre américain de la Défense",
                         "secrétaire à la Défense", "chef du Pentagone", "ministre des Armées"),
    "un_secretary_general": ("secrétaire général de l'ONU", "secrétaire général des Nations unies",
                             "secrétaire général"),
}
# words that mark a former holder: "l'ancien président"
FORMER = ("ancien", "ancienne", "ex", "ex-", "feu", "défunt", "défunte")

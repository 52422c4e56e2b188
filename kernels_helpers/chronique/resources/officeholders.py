"""Who held which office when: a small gazetteer used as evidence for dating.

An article that names "Secretary of State Mike Pompeo" was written while he
held that office.  Names are language-neutral; the titles that introduce each
role live in each language's ``entities`` resource (``ROLE_TITLES``).
Entries: (name, role, country, start, end); ``end`` None means still in office.
"""

OFFICES = [
    # United States: presidents, secretaries of state and of defense
    ("Bill Clinton", "head_of_state", "US", "1993-01-20", "2001-01-20"),
    ("George W. Bush", "head_of_state", "US", "2001-01-20", "2009-01-20"),
    ("Barack Obama", "head_of_state", "US", "2009-01-20", "2017-01-20"),
    ("Donald Trump", "head_of_state", "US", "2017-01-20", "2021-01-20"),
    ("Joe Biden", "head_of_state", "US", "2021-01-20", "2025-01-20"),
    ("Donald Trump", "head_of_state", "US", "2025-01-20", None),
    ("Madeleine Albright", "foreign_minister", "US", "1997-01-23", "2001-01-20"),
    ("Colin Powell", "foreign_minister", "US", "2001-01-20", "2005-01-26"),
    ("Condoleezza Rice", "foreign_minister", "US", "2005-01-26", "2009-01-20"),
    ("Hillary Clinton", "foreign_minister", "US", "2009-01-21", "2013-02-01"),
    ("John Kerry", "foreign_minister", "US", "2013-02-01", "2017-01-20"),
    ("Rex Tillerson", "foreign_minister", "US", "2017-02-01", "2018-03-31"),
    ("Mike Pompeo", "foreign_minister", "US", "2018-04-26", "2021-01-20"),
    ("Antony Blinken", "foreign_minister", "US", "2021-01-26", "2025-01-20"),
    ("Marco Rubio", "foreign_minister", "US", "2025-01-21", None),
    ("Donald Rumsfeld", "defense_minister", "US", "2001-01-20", "2006-12-18"),
    ("Robert Gates", "defense_minister", "US", "2006-12-18", "2011-07-01"),
    ("Leon Panetta", "defense_minister", "US", "2011-07-01", "2013-02-26"),
    ("Chuck Hagel", "defense_minister", "US", "2013-02-27", "2015-02-17"),
    ("Ash Carter", "defense_minister", "US", "2015-02-17", "2017-01-20"),
    ("Jim Mattis", "defense_minister", "US", "2017-01-20", "2019-01-01"),
    ("Mark Esper", "defense_minister", "US", "2019-07-23", "2020-11-09"),
    ("Lloyd Austin", "defense_minister", "US", "2021-01-22", "2025-01-20"),
    ("Pete Hegseth", "defense_minister", "US", "2025-01-25", None),
    # France
    ("Jacques Chirac", "head_of_state", "FR", "1995-05-17", "2007-05-16"),
    ("Nicolas Sarkozy", "head_of_state", "FR", "2007-05-16", "2012-05-15"),
    ("François Hollande", "head_of_state", "FR", "2012-05-15", "2017-05-14"),
    ("Emmanuel Macron", "head_of_state", "FR", "2017-05-14", None),
    ("Édouard Philippe", "head_of_government", "FR", "2017-05-15", "2020-07-03"),
    ("Jean Castex", "head_of_government", "FR", "2020-07-03", "2022-05-16"),
    ("Élisabeth Borne", "head_of_government", "FR", "2022-05-16", "2024-01-09"),
    ("Elisabeth Borne", "head_of_government", "FR", "2022-05-16", "2024-01-09"),
    ("Gabriel Attal", "head_of_government", "FR", "2024-01-09", "2024-09-05"),
    ("Michel Barnier", "head_of_government", "FR", "2024-09-05", "2024-12-13"),
    ("François Bayrou", "head_of_government", "FR", "2024-12-13", "2025-09-09"),
    ("Sébastien Lecornu", "head_of_government", "FR", "2025-09-09", None),
    # United Kingdom
    ("Tony Blair", "head_of_government", "GB", "1997-05-02", "2007-06-27"),
    ("Gordon Brown", "head_of_government", "GB", "2007-06-27", "2010-05-11"),
    ("David Cameron", "head_of_government", "GB", "2010-05-11", "2016-07-13"),
    ("Theresa May", "head_of_government", "GB", "2016-07-13", "2019-07-24"),
    ("Boris Johnson", "head_of_government", "GB", "2019-07-24", "2022-09-06"),
    ("Liz Truss", "head_of_government", "GB", "2022-09-06", "2022-10-25"),
    ("Rishi Sunak", "head_of_government", "GB", "2022-10-25", "2024-07-05"),
    ("Keir Starmer", "head_of_government", "GB", "2024-07-05", None),
    # Germany
    ("Gerhard Schröder", "head_of_government", "DE", "1998-10-27", "2005-11-22"),
    ("Angela Merkel", "head_of_government", "DE", "2005-11-22", "2021-12-08"),
    ("Olaf Scholz", "head_of_government", "DE", "2021-12-08", "2025-05-06"),
    ("Friedrich Merz", "head_of_government", "DE", "2025-05-06", None),
    # Russia
    ("Vladimir Poutine", "head_of_state", "RU", "2000-05-07", "2008-05-07"),
    ("Vladimir Putin", "head_of_state", "RU", "2000-05-07", "2008-05-07"),
    ("Dmitri Medvedev", "head_of_state", "RU", "2008-05-07", "2012-05-07"),
    ("Dmitry Medvedev", "head_of_state", "RU", "2008-05-07", "2012-05-07"),
    ("Vladimir Poutine", "head_of_state", "RU", "2012-05-07", None),
    ("Vladimir Putin", "head_of_state", "RU", "2012-05-07", None),
    # Iran
    ("Mohammad Khatami", "head_of_state", "IR", "1997-08-03", "2005-08-03"),
    ("Mahmoud Ahmadinejad", "head_of_state", "IR", "2005-08-03", "2013-08-03"),
    ("Hassan Rohani", "head_of_state", "IR", "2013-08-03", "2021-08-03"),
    ("Hassan Rouhani", "head_of_state", "IR", "2013-08-03", "2021-08-03"),
    ("Ebrahim Raïssi", "head_of_state", "IR", "2021-08-03", "2024-05-19"),
    ("Ebrahim Raisi", "head_of_state", "IR", "2021-08-03", "2024-05-19"),
    ("Massoud Pezeshkian", "head_of_state", "IR", "2024-07-28", None),
    ("Masoud Pezeshkian", "head_of_state", "IR", "2024-07-28", None),
    # United Nations
    ("Kofi Annan", "un_secretary_general", "UN", "1997-01-01", "2006-12-31"),
    ("Ban Ki-moon", "un_secretary_general", "UN", "2007-01-01", "2016-12-31"),
    ("Antonio Guterres", "un_secretary_general", "UN", "2017-01-01", None),
    ("António Guterres", "un_secretary_general", "UN", "2017-01-01", None),
]

# the countries of the entries, as the gazetteers name them (a title's nationality: « le président
# américain » is no French president)
COUNTRIES = {"US": "United States", "FR": "France", "GB": "United Kingdom", "DE": "Germany", "RU": "Russia",
             "IR": "Iran"}

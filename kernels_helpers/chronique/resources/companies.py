"""Companies that speak in the news under their bare name: a small list shared by every language (their names
are not translated).  A name of no known kind that speaks is a person's unless its words say otherwise ("Calloway
Beverages", "ACLU"); these names are companies' when they speak whole ("Microsoft said", not "Gerald Ford said").
They find no mention of their own: "Toyota Motor Corp" and "Tesla Inc" stay whole names.
"""

COMPANIES = (
    "Microsoft", "Google", "Alphabet", "Nvidia", "Intel", "Samsung", "Huawei", "Alibaba", "Tencent", "ByteDance",
    "OpenAI", "Netflix", "Uber", "Airbnb", "PayPal", "Oracle", "IBM", "Qualcomm", "Broadcom", "CrowdStrike",
    "SpaceX", "Tesla", "Boeing", "Airbus", "Lockheed Martin", "Raytheon", "Thales", "Safran", "Dassault Aviation",
    "Toyota", "Volkswagen", "Stellantis", "Renault", "Nissan", "Hyundai", "BMW", "Mercedes-Benz", "Ford", "GM",
    "Pfizer", "Moderna", "BioNTech", "AstraZeneca", "Sanofi", "Novartis", "Roche", "Bayer", "Novo Nordisk",
    "Nestlé", "Unilever", "Danone", "LVMH", "Kering", "L'Oréal", "Carrefour", "Walmart", "Disney",
    "TotalEnergies", "ExxonMobil", "Exxon Mobil", "Chevron", "BP", "Gazprom", "Rosneft", "Aramco", "EDF", "Engie",
    "Siemens", "BASF", "Lufthansa", "Ryanair", "easyJet", "Air France-KLM", "Air France",
    "Goldman Sachs", "JPMorgan", "JPMorgan Chase", "BlackRock", "HSBC", "Barclays", "UBS", "BNP Paribas",
    "Société Générale", "Deutsche Bank", "Credit Suisse",
    # names that are surnames too: a person named in full before ("Gerald Ford ... Ford said") stays that person
    "Ford", "Renault", "Roche", "Bayer", "Siemens", "Disney", "Chevron", "Thales",
)

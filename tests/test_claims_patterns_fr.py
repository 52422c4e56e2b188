"""French reported-speech patterns, in the style of agency copy.

Each case lists every claim the text holds, as (speaker entity, content text, mode): the
extracted claims must be exactly these, so a missed claim, a wrong speaker, a wrong span,
a wrong mode or an extra claim all fail.
"""
import pytest

import chronique

PUB = "2024-03-12"

CASES = [
    # --- two counts, two sources -------------------------------------------------------------------
    pytest.param(
        "Le mouvement a rassemblé mercredi près de 175 000 manifestants, selon le ministère de l'Intérieur, "
        "250 000 d'après la CGT.",
        [("ministère de l'Intérieur", "Le mouvement a rassemblé mercredi près de 175 000 manifestants", "indirect"),
         ("CGT", "250 000", "indirect")],
        id="selon-between-commas-then-another-source-s-count"),
    pytest.param(
        "Mardi soir, le PSG s'est imposé 3-1 face à l'Atalanta, a rapporté L'Équipe.",
        [("L'Équipe", "Mardi soir, le PSG s'est imposé 3-1 face à l'Atalanta", "indirect")],
        id="newspaper-with-an-elided-article-reports"),
    pytest.param(
        "Moscou a appelé « les deux parties à la retenue », a déclaré le porte-parole du Kremlin, Dmitri Peskov.",
        [("Russia", "les deux parties à la retenue", "direct"),
         ("Dmitri Peskov", "Moscou a appelé « les deux parties à la retenue »", "mixed")],
        id="a-claim-inside-the-words-another-speaker-reports"),
    pytest.param(
        "Le Premier ministre, Gabriel Attal, a démissionné mardi, a annoncé Matignon.",
        [("Matignon", "Le Premier ministre, Gabriel Attal, a démissionné mardi", "indirect")],
        id="a-predicate-between-commas-after-a-described-name-is-no-aside"),
    pytest.param(
        "La moule quagga, une espèce invasive, a été détectée dans le lac, a confirmé mardi l'Office français "
        "de la biodiversité.",
        [("Office français de la biodiversité", "La moule quagga, une espèce invasive, a été détectée dans le lac",
          "indirect")],
        id="a-passive-predicate-between-commas-is-no-aside"),
    pytest.param(
        "Samedi, deux soldats ont été tués près de la frontière, a indiqué lundi le ministère.",
        [("ministère", "Samedi, deux soldats ont été tués près de la frontière", "indirect")],
        id="a-time-opening-the-reported-words-is-theirs"),
    pytest.param(
        "Mardi, « nous sommes prêts », a déclaré le ministre.",
        [("ministre", "nous sommes prêts", "direct")],
        id="a-time-before-a-quotation-is-when-it-was-said"),
    pytest.param(
        "Le ministre de l'Intérieur a été reçu à l'Élysée. Il démissionnerait dans la semaine, a-t-on appris mardi.",
        [("anonymous sources", "Il démissionnerait dans la semaine", "indirect")],
        id="a-t-on-appris-without-a-source-is-unnamed-sources-not-the-last-subject"),
    pytest.param(
        "« Nous ne lâcherons rien », a prévenu Thomas Cavel, secrétaire général de la CFDT-Cheminots.",
        [("Thomas Cavel", "Nous ne lâcherons rien", "direct")],
        id="a-prevenu-is-a-participle-not-the-title-le-prevenu"),
    pytest.param(
        "« Il faut rester prudent », a tempéré le ministre.",
        [("ministre", "Il faut rester prudent", "direct")],
        id="temperer-reports"),
    pytest.param(
        "« C'était une voix qui vous prenait aux tripes », se souvient le chanteur Julien Clerc.",
        [("Julien Clerc", "C'était une voix qui vous prenait aux tripes", "direct")],
        id="se-souvenir-reports-a-memory"),
    pytest.param(
        "« Elle chantait pour tous », se rappelle Julien Clerc.",
        [("Julien Clerc", "Elle chantait pour tous", "direct")],
        id="se-rappeler-reports-a-memory"),
    pytest.param(
        "À peine 52 % des soignants étaient vaccinés, d'après l'Assurance maladie.",
        [("Assurance maladie", "À peine 52 % des soignants étaient vaccinés", "indirect")],
        id="assurance-maladie-is-one-institution"),
    pytest.param(
        "Les demandes d'aide explosent, selon le Secours populaire.",
        [("Secours populaire", "Les demandes d'aide explosent", "indirect")],
        id="secours-populaire-is-one-institution"),
    pytest.param(
        "Une quarantaine de patients ont attendu, selon un médecin urgentiste qui a requis l'anonymat.",
        [("anonymous doctor", "Une quarantaine de patients ont attendu", "indirect")],
        id="selon-a-source-and-its-anonymity-relative"),
    pytest.param(
        "Des patients ont attendu toute la nuit, selon un médecin s'exprimant sous couvert d'anonymat.",
        [("anonymous doctor", "Des patients ont attendu toute la nuit", "indirect")],
        id="selon-a-source-and-its-anonymity-participle"),
    pytest.param(
        "Des patients ont attendu douze heures, selon un médecin de l'hôpital Necker.",
        [("anonymous doctor", "Des patients ont attendu douze heures", "indirect")],
        id="selon-a-doctor-of-a-named-hospital-is-no-named-person"),
    pytest.param(
        "Selon le parquet, « la gravité des faits » justifie une peine exemplaire.",
        [("parquet", "« la gravité des faits » justifie une peine exemplaire", "mixed")],
        id="a-quotation-subject-of-justifier-is-no-incise"),
    pytest.param(
        "Le ministre a mardi annoncé que la réforme serait retirée.",
        [("ministre", "la réforme serait retirée", "indirect")],
        id="a-date-between-the-auxiliary-and-the-participle"),
    pytest.param(
        "Le ministre a, dans un communiqué, annoncé que la réforme serait retirée.",
        [("ministre", "la réforme serait retirée", "indirect")],
        id="an-aside-between-the-auxiliary-and-the-participle"),
    pytest.param(
        "Le blessé est dans un état grave, de source hospitalière. De source policière, dix étuis ont été "
        "retrouvés.",
        [("anonymous hospital source", "Le blessé est dans un état grave", "indirect"),
         ("anonymous police source", "dix étuis ont été retrouvés", "indirect")],
        id="a-police-source-after-a-hospital-source-is-another-source"),
    pytest.param(
        "Un haut fonctionnaire de la Commission reconnaît que le texte est fragile.",
        [("anonymous civil servant", "le texte est fragile", "indirect")],
        id="a-civil-servant-of-an-institution-is-an-unnamed-source"),
    pytest.param(
        "Selon L'Opinion, le remaniement est imminent.",
        [("L'Opinion", "le remaniement est imminent", "indirect")],
        id="l-opinion-is-a-newspaper"),
    pytest.param(
        "La direction a nié toute fraude : « Le vote s'est déroulé normalement », a assuré son secrétaire "
        "général, Pierre Aubry.",
        [("direction", "toute fraude", "indirect"),
         ("Pierre Aubry", "Le vote s'est déroulé normalement", "direct")],
        id="a-quotation-after-a-colon-with-its-own-attribution-is-not-the-first-speaker-s"),
    pytest.param(
        "L'envoyé spécial du secrétaire général de l'ONU, Marc Delacroix, est arrivé lundi. « La situation est "
        "grave », a-t-il déclaré.",
        [("Marc Delacroix", "La situation est grave", "direct")],
        id="envoye-special-is-one-title-and-il-its-named-holder"),
    pytest.param(
        "Pour le Rassemblement national, ce remaniement est « le dernier acte d'un gouvernement en sursis ».",
        [("Rassemblement national", "ce remaniement est « le dernier acte d'un gouvernement en sursis »", "mixed")],
        id="pour-a-party-reports-pour-a-country-does-not"),
    pytest.param(
        "Stefan Novak a ajouté que les normes seraient maintenues. « Nos normes ne sont pas négociables. »",
        [("Stefan Novak", "les normes seraient maintenues", "indirect"),
         ("Stefan Novak", "Nos normes ne sont pas négociables.", "direct")],
        id="a-quotation-sentence-after-a-named-person-s-reported-words-is-theirs"),
    pytest.param(
        "Selon un cadre de la direction, qui s'exprimait sous couvert d'anonymat, la grève coûte cher.",
        [("anonymous manager", "la grève coûte cher", "indirect")],
        id="selon-a-source-then-its-relative-aside"),
    pytest.param(
        "Le ministre : « La porte reste ouverte. »",
        [("ministre", "La porte reste ouverte.", "direct")],
        id="a-speaker-s-label-and-a-colon"),
    pytest.param(
        "Le ministre, Bruno Carrel, a parlé mardi. « Il faut réduire la dépense, a-t-il lancé aux députés. La "
        "France ne peut pas vivre à crédit. »",
        [("Bruno Carrel", "Il faut réduire la dépense, a-t-il lancé aux députés. La France ne peut pas vivre à "
          "crédit.", "direct")],
        id="an-attribution-inside-a-quotation-with-a-complement"),
    pytest.param(
        "Les précipitations ont été inférieures de 60 % à la normale, d'après Météo-France, et aucune pluie "
        "n'est attendue avant la mi-août, selon ses prévisionnistes.",
        [("Météo-France", "Les précipitations ont été inférieures de 60 % à la normale", "indirect"),
         ("prévisionnistes", "aucune pluie n'est attendue avant la mi-août", "indirect")],
        id="a-second-attribution-after-the-clause-reports-only-the-words-since-the-first"),
    # --- "selon" that names no source ------------------------------------------------------------
    pytest.param(
        "Selon toute vraisemblance, le gouvernement sera remanié avant l'été.",
        [],
        id="selon-toute-vraisemblance-is-no-source"),
    pytest.param(
        "Selon toute probabilité, le texte sera adopté mardi, a indiqué le ministre.",
        [("ministre", "Selon toute probabilité, le texte sera adopté mardi", "indirect")],
        id="selon-toute-probabilite-inside-a-claim"),
    # --- quote marks -------------------------------------------------------------------------
    pytest.param(
        "« Nous ne céderons pas au chantage », a déclaré lundi le Premier ministre canadien Justin Trudeau.",
        [("Justin Trudeau", "Nous ne céderons pas au chantage", "direct")],
        id="guillemets-postposed-title-name"),
    pytest.param(
        "“La situation est sous contrôle”, a assuré la ministre de l'Intérieur Nancy Faeser.",
        [("Nancy Faeser", "La situation est sous contrôle", "direct")],
        id="curly-quotes-department-not-glued"),
    pytest.param(
        "\"Le cessez-le-feu tient toujours\", a affirmé le porte-parole de l'armée israélienne, Daniel Hagari.",
        [("Daniel Hagari", "Le cessez-le-feu tient toujours", "direct")],
        id="ascii-quotes-apposition-after-inverted-title"),
    pytest.param(
        "« Il m'a dit : “Nous partirons demain”, puis il a disparu », a raconté un témoin à l'AFP.",
        [("anonymous witness", "Il m'a dit : “Nous partirons demain”, puis il a disparu", "direct")],
        id="quote-inside-quote"),
    pytest.param(
        "Le slogan « Non à la réforme circulait dans le cortège.\n\n"
        "« Nous irons jusqu'au bout », a lancé la secrétaire générale de la CGT, Sophie Binet.",
        [("Sophie Binet", "Nous irons jusqu'au bout", "direct")],
        id="unbalanced-mark-does-not-swallow-next-paragraph"),
    pytest.param(
        "L'ancien général a été libéré lundi d'une prison militaire, a indiqué son avocat.",
        [("anonymous lawyer", "L'ancien général a été libéré lundi d'une prison militaire", "indirect")],
        id="possessive-unnamed-individual-is-anonymous"),
    pytest.param(
        "« Le niveau de la mer monte vite », a déclaré le préfet maritime, le contre-amiral Jean Dupont, "
        "lors d'un point presse à Brest.",
        [("Jean Dupont", "Le niveau de la mer monte vite", "direct")],
        id="prefect-title-then-apposed-titled-name"),
    pytest.param(
        "La préfecture du Gard a fait savoir dans un communiqué que les demandes seraient « examinées "
        "au cas par cas ». Elle rappelle qu'aucune dérogation collective ne peut être accordée.",
        [("préfecture du Gard", "les demandes seraient « examinées au cas par cas »", "mixed"),
         ("préfecture du Gard", "aucune dérogation collective ne peut être accordée", "indirect")],
        id="lowercase-prefecture-with-its-department-is-one-organisation"),
    pytest.param(
        "Les ventes de vélos ont reculé de 12 % sur un an, a indiqué la fédération du secteur. "
        "Les magasins ont retiré les lots concernés, a précisé la Fédération du commerce et de la distribution.",
        [("fédération du secteur", "Les ventes de vélos ont reculé de 12 % sur un an", "indirect"),
         ("Fédération du commerce et de la distribution", "Les magasins ont retiré les lots concernés",
          "indirect")],
        id="federation-lowercase-or-capitalised-keeps-its-complements"),
    pytest.param(
        "Au moins 40 cas de légionellose ont été recensés, a indiqué mardi l'agence régionale de santé "
        "(ARS) Bretagne, qui appelle les habitants à « ne pas paniquer ». Six patients sont hospitalisés, "
        "a précisé l'agence.",
        [("agence régionale de santé Bretagne", "Au moins 40 cas de légionellose ont été recensés", "indirect"),
         ("agence régionale de santé Bretagne", "les habitants à « ne pas paniquer »", "mixed"),
         ("agence régionale de santé Bretagne", "Six patients sont hospitalisés", "indirect")],
        id="name-after-an-acronym-completes-the-organisation-and-the-agency-refers-back"),
    pytest.param(
        "L'enquête a été confiée à la gendarmerie, a indiqué la procureure de Nîmes, Claire Vidal. "
        "« Aucune piste n'est écartée », a ajouté la magistrate.",
        [("Claire Vidal", "L'enquête a été confiée à la gendarmerie", "indirect"),
         ("Claire Vidal", "Aucune piste n'est écartée", "direct")],
        id="magistrate-refers-back-to-the-named-prosecutor"),
    pytest.param(
        "« Nous sommes prêts », a déclaré le préfet du Gard, Paul Martin.\n\n"
        "La sécheresse dure depuis mars. Les nappes sont au plus bas. Aucune pluie n'est attendue.\n\n"
        "Les éleveurs ont rencontré jeudi Marc Dubreuil, à la sortie de la réunion. "
        "« Nous avons tout perdu », a-t-il lancé.",
        [("Paul Martin", "Nous sommes prêts", "direct"),
         ("Marc Dubreuil", "Nous avons tout perdu", "direct")],
        id="pronoun-prefers-a-person-of-its-paragraph-to-an-earlier-one-of-known-gender"),
    pytest.param(
        "« Le pays traverse une crise sans précédent.\n\n"
        "« Nous devons agir maintenant », a déclaré le président brésilien Luiz Inacio Lula da Silva.",
        [("Luiz Inacio Lula da Silva", "Le pays traverse une crise sans précédent.", "direct"),
         ("Luiz Inacio Lula da Silva", "Nous devons agir maintenant", "direct")],
        id="quote-across-paragraphs"),
    # --- where the attribution sits ----------------------------------------------------------
    pytest.param(
        "« Nous avons perdu trois hommes, explique le commandant Oleksandr Syrsky. Mais la ligne tient. »",
        [("Oleksandr Syrsky",
          "Nous avons perdu trois hommes, explique le commandant Oleksandr Syrsky. Mais la ligne tient.",
          "direct")],
        id="attribution-inside-quote-with-name"),
    pytest.param(
        "La Première ministre Élisabeth Borne a reçu les syndicats mardi. "
        "« Nous ne lâcherons rien, a-t-elle martelé. Le texte doit être voté. »",
        [("Élisabeth Borne", "Nous ne lâcherons rien, a-t-elle martelé. Le texte doit être voté.", "direct")],
        id="attribution-inside-quote-inverted-pronoun"),
    pytest.param(
        "Le ministre des Armées Sébastien Lecornu s'est exprimé mercredi devant les députés. "
        "Le ministre a été clair : « Aucun soldat français ne sera envoyé en Ukraine. »",
        [("Sébastien Lecornu", "Aucun soldat français ne sera envoyé en Ukraine.", "direct")],
        id="colon-introduced-quote-title-anaphora"),
    pytest.param(
        "Le Premier ministre britannique Rishi Sunak a prévenu : « Nous ne paierons pas cette rançon. »",
        [("Rishi Sunak", "Nous ne paierons pas cette rançon.", "direct")],
        id="cue-verb-then-colon-quote"),
    pytest.param(
        "« L'Europe doit se réveiller » – Ursula von der Leyen",
        [("Ursula von der Leyen", "L'Europe doit se réveiller", "direct")],
        id="dash-attribution"),
    # --- inversions and insertions -------------------------------------------------------------
    pytest.param(
        "L'offensive a échoué, a reconnu jeudi soir le chef d'état-major ukrainien Valeri Zaloujny.",
        [("Valeri Zaloujny", "L'offensive a échoué", "indirect")],
        id="inverted-subject-after-adverbial-time"),
    pytest.param(
        "Le maire de Marseille Benoît Payan a visité dimanche le quartier sinistré. "
        "« Nous resterons vigilants », a-t-il déclaré.",
        [("Benoît Payan", "Nous resterons vigilants", "direct")],
        id="a-t-il-declare-resolves-to-named-mayor"),
    pytest.param(
        "La présidente de la Commission Ursula von der Leyen a publié un message vendredi. "
        "« L'Europe sera au rendez-vous », a-t-elle également écrit.",
        [("Ursula von der Leyen", "L'Europe sera au rendez-vous", "direct")],
        id="a-t-elle-egalement-ecrit"),
    pytest.param(
        "Deux suspects ont été interpellés à Lyon, a-t-on appris de source policière.",
        [("anonymous police source", "Deux suspects ont été interpellés à Lyon", "indirect")],
        id="a-t-on-appris-de-source-policiere"),
    # --- sentence structures ---------------------------------------------------------------------
    pytest.param(
        "Le groupe Wagner, accusé par Paris d'exactions contre des civils, n'a pas réagi.",
        [("France", "d'exactions contre des civils", "indirect")],
        id="passive-accuse-par-capital-city"),
    pytest.param(
        "Cette milice est accusée par les Américains d'avoir mené plusieurs attaques de drones.",
        [("United States", "d'avoir mené plusieurs attaques de drones", "indirect")],
        id="passive-accusee-par-les-americains"),
    pytest.param(
        "Les États-Unis, qui accusent la Russie d'avoir violé le traité, ont annoncé leur retrait.",
        [("United States", "la Russie d'avoir violé le traité", "indirect")],
        id="relative-qui-accusent"),
    pytest.param(
        "Ces chiffres contredisent ceux d'un haut responsable onusien ayant affirmé plus tôt que l'aide "
        "ne pouvait plus entrer à Gaza.",
        [("anonymous UN official", "l'aide ne pouvait plus entrer à Gaza", "indirect")],
        id="participle-ayant-affirme"),
    pytest.param(
        "Moscou a démenti toute implication et a averti qu'elle répondrait à toute provocation.",
        [("Russia", "toute implication", "indirect"),
         ("Russia", "elle répondrait à toute provocation", "indirect")],
        id="coordination-shares-the-subject"),
    pytest.param(
        "Le porte-parole du Kremlin, Dmitri Peskov, a affirmé que Moscou restait ouvert au dialogue.",
        [("Dmitri Peskov", "Moscou restait ouvert au dialogue", "indirect")],
        id="apposition-title-comma-name"),
    pytest.param(
        "Dmitri Peskov, porte-parole du Kremlin, a dénoncé des accusations « absurdes ».",
        [("Dmitri Peskov", "des accusations « absurdes »", "mixed")],
        id="apposition-name-comma-title"),
    pytest.param(
        "Le directeur du FMI pour l'Europe, Alfred Kammer, a estimé que la croissance pourrait ralentir.",
        [("Alfred Kammer", "la croissance pourrait ralentir", "indirect")],
        id="apposition-after-long-title"),
    pytest.param(
        "L'Iran a rejeté l'ultimatum, déclarant que ses activités nucléaires étaient « pacifiques ».",
        [("Iran", "ses activités nucléaires étaient « pacifiques »", "mixed")],
        id="present-participle-takes-main-subject"),
    # --- attribution phrases -----------------------------------------------------------------------
    pytest.param(
        "Selon le ministère de la Santé du Hamas, au moins 30 personnes ont été tuées dans la frappe.",
        [("ministère de la Santé du Hamas", "au moins 30 personnes ont été tuées dans la frappe", "indirect")],
        id="selon-before-content"),
    pytest.param(
        "D'après l'ONU, plus de 1,5 million de personnes ont fui les combats.",
        [("United Nations", "plus de 1,5 million de personnes ont fui les combats", "indirect")],
        id="d-apres-organisation"),
    pytest.param(
        "Les frappes ont visé un dépôt de munitions, selon l'armée israélienne.",
        [("armée israélienne", "Les frappes ont visé un dépôt de munitions", "indirect")],
        id="selon-after-content"),
    pytest.param(
        "« Le bilan risque de s'alourdir », selon un porte-parole des secours.",
        [("anonymous porte-parole des secours", "Le bilan risque de s'alourdir", "direct")],
        id="selon-after-quote"),
    pytest.param(
        "Le sénateur Bernard Sanders s'est dit choqué. Selon lui, le texte « trahit les électeurs ».",
        [("Bernard Sanders", "le texte « trahit les électeurs »", "mixed")],
        id="selon-lui-resolves-pronoun"),
    pytest.param(
        "Le maire de Kharkiv, Igor Terekhov, a déclaré à l'AFP que la ville avait été bombardée toute la nuit.",
        [("Igor Terekhov", "la ville avait été bombardée toute la nuit", "indirect")],
        id="declare-a-l-afp-que"),
    # --- cue verbs ------------------------------------------------------------------------------------
    pytest.param(
        "« La France ne reculera pas », a tweeté le président Emmanuel Macron.",
        [("Emmanuel Macron", "La France ne reculera pas", "direct")],
        id="cue-tweete"),
    pytest.param(
        "Le Kremlin a nié toute responsabilité dans l'empoisonnement de l'opposant.",
        [("Kremlin", "toute responsabilité dans l'empoisonnement de l'opposant", "indirect")],
        id="cue-nie-object"),
    pytest.param(
        "Le ministère russe de la Défense a démenti avoir visé des civils.",
        [("ministère russe de la Défense", "avoir visé des civils", "indirect")],
        id="cue-dementi-infinitive"),
    pytest.param(
        "Pyongyang a menacé de riposter « sans pitié » à toute nouvelle manœuvre.",
        [("North Korea", "de riposter « sans pitié » à toute nouvelle manœuvre", "mixed")],
        id="cue-menace-de"),
    pytest.param(
        "Le président ukrainien Volodymyr Zelensky a accusé Moscou de vouloir affamer le pays.",
        [("Volodymyr Zelensky", "Moscou de vouloir affamer le pays", "indirect")],
        id="cue-accuse-object-de"),
    pytest.param(
        "La Banque centrale européenne a prévenu que les taux resteraient élevés.",
        [("European Central Bank", "les taux resteraient élevés", "indirect")],
        id="cue-prevenu-que"),
    pytest.param(
        "Le président américain Joe Biden a jugé la Russie responsable de la mort de l'opposant.",
        [("Joe Biden", "la Russie responsable de la mort de l'opposant", "indirect")],
        id="cue-juge-object-attribute"),
    # --- speakers ------------------------------------------------------------------------------------
    pytest.param(
        "Selon des sources sécuritaires, l'attaque aurait fait une dizaine de morts.",
        [("anonymous security source", "l'attaque aurait fait une dizaine de morts", "indirect")],
        id="anonymous-sources-with-qualifier"),
    pytest.param(
        "« Les négociations sont dans l'impasse », a confié à l'AFP un diplomate occidental sous couvert "
        "d'anonymat.",
        [("anonymous diplomat", "Les négociations sont dans l'impasse", "direct")],
        id="anonymous-diplomat-sous-couvert-d-anonymat"),
    pytest.param(
        "Un responsable européen a indiqué sous couvert d'anonymat que l'accord était « proche ». "
        "Le responsable a toutefois averti que rien n'était signé.",
        [("anonymous EU official", "l'accord était « proche »", "mixed"),
         ("anonymous EU official", "rien n'était signé", "indirect")],
        id="anonymous-source-and-its-anaphora-are-one-entity"),
    pytest.param(
        "Le ministre américain de la Défense Lloyd Austin est arrivé à Kiev. "
        "« Nous resterons aux côtés de l'Ukraine », a déclaré le ministre américain.",
        [("Lloyd Austin", "Nous resterons aux côtés de l'Ukraine", "direct")],
        id="title-registry-resolves-le-ministre-americain"),
    pytest.param(
        "Le chef de la diplomatie américaine Antony Blinken est arrivé au Caire. "
        "« Un cessez-le-feu est possible », a estimé le secrétaire d'État.",
        [("Antony Blinken", "Un cessez-le-feu est possible", "direct")],
        id="title-registry-resolves-role-synonym"),
    pytest.param(
        "La ministre des Affaires étrangères Catherine Colonna a rencontré son homologue Sergueï Lavrov. "
        "« Le dialogue reste indispensable », a-t-elle souligné.",
        [("Catherine Colonna", "Le dialogue reste indispensable", "direct")],
        id="gender-agreement-elle"),
    pytest.param(
        "« Nous n'avons rien à cacher », a-t-il affirmé.",
        [("unknown", "Nous n'avons rien à cacher", "direct")],
        id="pronoun-without-antecedent-stays-unknown"),
    pytest.param(
        "Washington a dénoncé une « escalade dangereuse ».",
        [("United States", "une « escalade dangereuse »", "mixed")],
        id="capital-stands-for-government"),
    pytest.param(
        "« On nous demande de franchir une ligne rouge », confie une infirmière à Lyon, qui a requis l'anonymat.",
        [("anonymous nurse", "On nous demande de franchir une ligne rouge", "direct")],
        id="speaker-without-known-title-after-inverted-cue"),
    pytest.param(
        "Les évêques de France ont aussitôt dénoncé une « tromperie ».",
        [("évêques de France", "une « tromperie »", "mixed")],
        id="speaker-noun-phrase-not-the-place-it-contains"),
    pytest.param(
        "Le Premier ministre hongrois Viktor Orban a estimé sur la radio publique que l'Europe « joue avec le feu ».",
        [("Viktor Orban", "l'Europe « joue avec le feu »", "mixed")],
        id="prepositional-phrase-between-cue-and-que"),
    pytest.param(
        "D'après un bilan de l'ONU, plus de 10 000 civils ont été tués depuis le début de l'invasion.",
        [("United Nations", "plus de 10 000 civils ont été tués depuis le début de l'invasion", "indirect")],
        id="d-apres-document-of-organisation"),
    pytest.param(
        "La police a indiqué avoir interpellé trois personnes soupçonnées d'espionnage.",
        [("police", "avoir interpellé trois personnes soupçonnées d'espionnage", "indirect")],
        id="cue-indique-infinitive"),
    pytest.param(
        "« C'est une guerre d'usure », résume un diplomate européen. « Et le temps joue pour Moscou. »",
        [("anonymous EU diplomat", "C'est une guerre d'usure", "direct"),
         ("anonymous EU diplomat", "Et le temps joue pour Moscou.", "direct")],
        id="unattributed-quote-continues-previous-speaker"),
    pytest.param(
        "PARIS, 14 mars 2024 (AFP) - Le ministre de l'Économie Bruno Le Maire a annoncé que la croissance "
        "serait révisée.",
        [("Bruno Le Maire", "la croissance serait révisée", "indirect")],
        id="dateline-and-name-with-particle"),
    pytest.param(
        "Téhéran a démenti ces informations et a affirmé que ses installations étaient intactes.",
        [("Iran", "ces informations", "indirect"),
         ("Iran", "ses installations étaient intactes", "indirect")],
        id="teheran-stands-for-iran"),
    # --- pronoms -------------------------------------------------------------------------------
    pytest.param(
        "Le préfet Jean Morel a annoncé que les routes resteraient fermées. Son adjoint, Paul Girard, "
        "s'est rendu sur place. « La situation reste très fragile », a-t-il déclaré.",
        [("Jean Morel", "les routes resteraient fermées", "indirect"),
         ("Paul Girard", "La situation reste très fragile", "direct")],
        id="pronoun-goes-to-the-name-in-apposition-opening-the-previous-sentence"),
    pytest.param(
        "La secrétaire d'État, Claire Lemoine, a estimé que le texte était équilibré. Le ministre délégué "
        "au Logement, Marc Tessier, a appelé au calme. « Personne n'a intérêt à l'escalade », a-t-il ajouté.",
        [("Claire Lemoine", "le texte était équilibré", "indirect"),
         ("Marc Tessier", "calme", "indirect"),
         ("Marc Tessier", "Personne n'a intérêt à l'escalade", "direct")],
        id="pronoun-goes-to-the-title-with-complement-and-its-apposition"),
    pytest.param(
        "Jean Morel a signé un contrat avec la société Agri-Nord. Il a assuré que tout était légal.",
        [("Jean Morel", "tout était légal", "indirect")],
        id="il-never-goes-to-a-hyphenated-company-name"),
    # --- selon / d'après / pour ------------------------------------------------------------------
    pytest.param(
        "D'après les pompiers, l'incendie est désormais maîtrisé.",
        [("pompiers", "l'incendie est désormais maîtrisé", "indirect")],
        id="d-apres-a-plural-noun-phrase"),
    pytest.param(
        "Selon les douanes françaises, citées par le quotidien Le Parisien, la cargaison venait du Maroc.",
        [("douanes françaises", "la cargaison venait du Maroc", "indirect")],
        id="selon-a-noun-phrase-and-its-source-aside"),
    pytest.param(
        "Pour l'avocate Marie Dufresne, « ce procès n'aurait jamais dû avoir lieu ».",
        [("Marie Dufresne", "ce procès n'aurait jamais dû avoir lieu", "direct")],
        id="pour-a-person-then-a-quotation"),
    pytest.param(
        "Pour Me Lucas Perrin, le dossier aurait été monté de toutes pièces.",
        [("Lucas Perrin", "le dossier aurait été monté de toutes pièces", "indirect")],
        id="pour-a-person-then-a-conditional"),
    pytest.param(
        "Pour la municipalité, la rentrée se passe bien.",
        [],
        id="pour-without-quotation-or-conditional-is-no-attribution"),
    # --- sources anonymes ----------------------------------------------------------------------
    pytest.param(
        "Selon une source proche du dossier, l'accord pourrait être signé vendredi.",
        [("anonymous source close to the matter", "l'accord pourrait être signé vendredi", "indirect")],
        id="source-proche-du-dossier-in-natural-order"),
    pytest.param(
        "« Nous ne céderons pas », a déclaré un porte-parole de la préfecture.",
        [("anonymous porte-parole de la préfecture", "Nous ne céderons pas", "direct")],
        id="unnamed-spokesperson-is-anonymous"),
    # --- sujet inversé après un complément -----------------------------------------------------
    pytest.param(
        "« C'est une décision courageuse », a réagi auprès de l'AFP la présidente de la région, Anne Vidal.",
        [("Anne Vidal", "C'est une décision courageuse", "direct")],
        id="reagir-aupres-de-outlet-then-inverted-subject"),
    # --- sujet inversé : un titre de longueur quelconque, puis le nom en apposition --------------
    pytest.param(
        "« La situation reste tendue », a indiqué jeudi le directeur adjoint de l'hôpital universitaire "
        "de Nantes, Marc Perrin, lors d'une conférence de presse.",
        [("Marc Perrin", "La situation reste tendue", "direct")],
        id="inverted-long-title-then-apposed-name"),
    pytest.param(
        "Le bilan pourrait encore s'alourdir, a prévenu la présidente du conseil départemental des "
        "Alpes-Maritimes, Sophie Garnier.",
        [("Sophie Garnier", "Le bilan pourrait encore s'alourdir", "indirect")],
        id="inverted-unknown-title-head-then-apposed-name"),
    pytest.param(
        "« Aucune piste n'est écartée », a affirmé à l'AFP le commissaire chargé de l'enquête au sein "
        "de la brigade criminelle (BC), Paul Mercier, vendredi.",
        [("Paul Mercier", "Aucune piste n'est écartée", "direct")],
        id="inverted-title-with-participle-and-acronym-then-apposed-name"),
    # --- noms d'organisation complets : tête, adjectifs, compléments, sigle entre parenthèses ----
    pytest.param(
        "Le nombre de cas a doublé en un an, selon l'Institut national de la santé et de la recherche "
        "médicale (Inserm).",
        [("Institut national de la santé et de la recherche médicale", "Le nombre de cas a doublé en un an",
          "indirect")],
        id="organisation-head-adjective-and-complements"),
    pytest.param(
        "Trois pompiers ont été légèrement blessés, a indiqué le service départemental d'incendie et de "
        "secours (Sdis), qui ne déplore aucune victime civile. Le Sdis a ajouté que le feu était fixé.",
        [("service départemental d'incendie et de secours", "Trois pompiers ont été légèrement blessés",
          "indirect"),
         ("service départemental d'incendie et de secours", "le feu était fixé", "indirect")],
        id="lowercase-organisation-spelt-by-its-acronym"),
    pytest.param(
        "Terre d'Asile, qui intervient dans la région depuis 2015, a indiqué qu'elle suspendait ses activités.",
        [("Terre d'Asile", "elle suspendait ses activités", "indirect")],
        id="organisation-name-with-d-apostrophe"),
    # --- source anonyme sans titre connu, puis son pronom ----------------------------------------
    pytest.param(
        "Le maire, Paul Durand, a visité le site. Un pompier espagnol, qui a requis l'anonymat, a estimé "
        "que le feu était hors de contrôle. « Nous manquons d'eau », a-t-il ajouté.",
        [("anonymous firefighter", "le feu était hors de contrôle", "indirect"),
         ("anonymous firefighter", "Nous manquons d'eau", "direct")],
        id="unknown-noun-subject-before-relative-aside-then-its-pronoun"),
    # --- objet nominal portant une citation ------------------------------------------------------
    pytest.param(
        "La fédération Sud Rail a dénoncé « le mépris » de la direction et appelé à une nouvelle "
        "journée de grève.",
        [("Sud Rail", "« le mépris » de la direction", "mixed"),
         ("Sud Rail", "une nouvelle journée de grève", "indirect")],
        id="object-carrying-a-quotation-ends-before-a-coordinated-verb"),
    pytest.param(
        "Le ministre du Logement, Paul Girard, a promis jeudi un « plan d'urgence » pour les "
        "copropriétés dégradées.",
        [("Paul Girard", "un « plan d'urgence » pour les copropriétés dégradées", "mixed")],
        id="promise-with-a-quoted-object"),
    pytest.param(
        "Le préfet, Marc Olivier, a appelé les habitants à « la plus grande prudence » jusqu'à samedi.",
        [("Marc Olivier", "les habitants à « la plus grande prudence » jusqu'à samedi", "mixed")],
        id="appeal-to-someone-with-quoted-words"),
    pytest.param(
        "Kiev reproche à Minsk de « servir de base arrière » aux troupes russes, qui y sont stationnées.",
        [("Ukraine", "à Minsk de « servir de base arrière » aux troupes russes", "mixed")],
        id="reproach-to-someone-of-quoted-words"),
    pytest.param(
        "L'ONG a dit « regretter » ce choix, tout en réaffirmant sa « disponibilité » pour un dialogue.",
        [("ONG", "« regretter » ce choix", "mixed"),
         ("ONG", "sa « disponibilité » pour un dialogue", "mixed")],
        id="quoted-verb-in-the-object-then-tout-en-gerund"),
    pytest.param(
        "L'armée s'est retirée du village, a indiqué un habitant, évoquant « des tirs toute la nuit ».",
        [("anonymous resident", "L'armée s'est retirée du village", "indirect"),
         ("anonymous resident", "des tirs toute la nuit", "direct")],
        id="gerund-with-a-quotation-alone"),
    pytest.param(
        "Un témoin a raconté avoir vu deux hommes s'enfuir à moto.",
        [("anonymous witness", "avoir vu deux hommes s'enfuir à moto", "indirect")],
        id="raconter-with-an-infinitive"),
    pytest.param(
        "« Nous n'avons jamais été consultés », a déploré de son côté Claire Aubry, présidente de "
        "l'association.",
        [("Claire Aubry", "Nous n'avons jamais été consultés", "direct")],
        id="inverted-name-after-de-son-cote"),
    # --- verbes pronominaux ----------------------------------------------------------------------
    pytest.param(
        "« Personne ne nous a prévenus », s'agace Karim, 35 ans, qui attendait son train depuis l'aube.",
        [("Karim", "Personne ne nous a prévenus", "direct")],
        id="reflexive-cue-inverted-name"),
    pytest.param(
        "Les syndicats se sont félicités de « cette première victoire » et ont assuré que la "
        "mobilisation continuerait.",
        [("syndicats", "cette première victoire", "direct"),
         ("syndicats", "la mobilisation continuerait", "indirect")],
        id="reflexive-compound-tense-de-quotation"),
    pytest.param(
        "Le directeur de l'école, Luc Perrin, s'inquiète que les effectifs baissent encore.",
        [("Luc Perrin", "les effectifs baissent encore", "indirect")],
        id="reflexive-cue-with-que"),
    pytest.param(
        "« C'est une provocation », s'indigne-t-il.",
        [("unknown", "C'est une provocation", "direct")],
        id="reflexive-cue-with-inverted-pronoun"),
    pytest.param(
        "Il s'agit d'un accident, a indiqué la gendarmerie.",
        [("gendarmerie", "Il s'agit d'un accident", "indirect")],
        id="reflexive-verb-that-reports-nothing"),
    # --- sources anonymes : le rôle nommé en anglais, le lieu de leur description ignoré ---------
    pytest.param(
        "« Les lits manquent tous les soirs », raconte un pompier du centre de secours, qui "
        "préfère taire son nom.",
        [("anonymous firefighter", "Les lits manquent tous les soirs", "direct")],
        id="inverted-unnamed-role-with-complement-and-relative"),
    pytest.param(
        "Un journaliste en poste à Kiev, s'exprimant sous couvert d'anonymat, a affirmé que les "
        "coupures d'électricité s'étaient multipliées.",
        [("anonymous journaliste", "les coupures d'électricité s'étaient multipliées", "indirect")],
        id="place-inside-an-unnamed-source-description-is-not-the-speaker"),
    pytest.param(
        "Un policier présent sur les lieux, qui a requis l'anonymat, a indiqué que le suspect était armé.",
        [("anonymous police officer", "le suspect était armé", "indirect")],
        id="unnamed-title-with-participle-and-relative-aside"),
    # --- une incise de proposition n'est pas une apposition ; le nom après un rôle inconnu ---------
    pytest.param(
        "Les vols sont maintenus vers Lyon et Nantes, et une dizaine de liaisons ont été annulées, "
        "a précisé le directeur de l'aéroport, Paul Garnier, lors d'un point presse.",
        [("Paul Garnier", "Les vols sont maintenus vers Lyon et Nantes, et une dizaine de liaisons ont été "
          "annulées", "indirect")],
        id="clause-between-commas-before-inverted-speaker-is-no-apposition"),
    pytest.param(
        "La route a été coupée près de Briançon, avant que la neige ne bloque les secours, a indiqué le "
        "maire, Luc Arnaud.",
        [("Luc Arnaud", "La route a été coupée près de Briançon, avant que la neige ne bloque les secours",
          "indirect")],
        id="subordinate-clause-after-a-place-is-no-apposition"),
    pytest.param(
        "« Le glacier recule chaque année », observe la glaciologue Marion Vidal, chercheuse au CNRS.",
        [("Marion Vidal", "Le glacier recule chaque année", "direct")],
        id="unknown-role-noun-then-name-inverted"),
    pytest.param(
        "Le port restait ouvert mercredi, a indiqué l'exploitant portuaire Marport.",
        [("Marport", "Le port restait ouvert mercredi", "indirect")],
        id="unknown-org-description-then-name-inverted"),
    pytest.param(
        "Pour le sociologue Henri Masson, spécialiste des banlieues, ces violences sont « prévisibles ».",
        [("Henri Masson", "ces violences sont « prévisibles »", "mixed")],
        id="pour-unknown-role-name-and-role-aside"),
    pytest.param(
        "Selon les chercheurs de l'université de Genève, le lac a perdu un tiers de son volume.",
        [("chercheurs de l'université de Genève", "le lac a perdu un tiers de son volume", "indirect")],
        id="place-in-a-complement-is-not-the-named-speaker"),
    # --- « Pour X, » devant une proposition qui cite ---------------------------------------------
    pytest.param(
        "Pour la CFDT, ce plan social « n'a aucune justification économique ».",
        [("CFDT", "ce plan social « n'a aucune justification économique »", "mixed")],
        id="pour-organisation-clause-with-quoted-words"),
    pytest.param(
        "Pour le chef des pompiers, le colonel Paul Mercier, la nuit sera « décisive ».",
        [("Paul Mercier", "la nuit sera « décisive »", "mixed")],
        id="pour-title-then-apposed-title-and-name"),
    pytest.param(
        "Pour l'économiste Claire Dubois, du cabinet Astérès, la reprise reste « fragile ».",
        [("Claire Dubois", "la reprise reste « fragile »", "mixed")],
        id="pour-name-with-firm-complement-aside"),
    pytest.param(
        "Pour la France, le match contre l'Italie sera « décisif ».",
        [],
        id="pour-country-is-no-attribution"),
    # --- « il » / « elle » : l'institution qui vient de parler, par le genre de son nom ----------
    pytest.param(
        "Le vol a eu lieu dans la nuit, a indiqué le parquet de Nantes. « Les auteurs sont partis en "
        "voiture », a-t-il ajouté.",
        [("parquet de Nantes", "Le vol a eu lieu dans la nuit", "indirect"),
         ("parquet de Nantes", "Les auteurs sont partis en voiture", "direct")],
        id="il-refers-to-the-prosecutors-office-that-spoke-last"),
    pytest.param(
        "Une enquête sera ouverte, a annoncé le ministère de la Santé. Ses conclusions seront rendues "
        "en juin, a-t-il précisé.",
        [("ministère de la Santé", "Une enquête sera ouverte", "indirect"),
         ("ministère de la Santé", "Ses conclusions seront rendues en juin", "indirect")],
        id="il-refers-to-the-ministry-that-spoke-last"),
    pytest.param(
        "Le maire Paul Roux s'est rendu sur place. Une enquête sera ouverte, a annoncé la préfecture. "
        "« Nous restons mobilisés », a-t-il dit.",
        [("préfecture", "Une enquête sera ouverte", "indirect"),
         ("Paul Roux", "Nous restons mobilisés", "direct")],
        id="il-does-not-refer-to-a-feminine-institution"),
    # --- « le groupe », « l'agence » : l'organisation de ce genre nommée en dernier ---------------
    pytest.param(
        "Le groupe Norvalis a confirmé l'échec du lancement. Le Centre national d'études spatiales "
        "a indiqué qu'aucun débris n'était tombé. Le groupe affirme disposer de réserves suffisantes.",
        [("Norvalis", "l'échec du lancement", "indirect"),
         ("Centre national d'études spatiales", "aucun débris n'était tombé", "indirect"),
         ("Norvalis", "disposer de réserves suffisantes", "indirect")],
        id="le-groupe-skips-a-public-centre-named-since"),
    pytest.param(
        "L'Agence nationale de sécurité sanitaire a publié un avis. La Fédération des boulangers a assuré "
        "que les stocks étaient retirés. L'agence rappelle que le produit est déconseillé aux enfants.",
        [("Fédération des boulangers", "les stocks étaient retirés", "indirect"),
         ("Agence nationale de sécurité sanitaire", "le produit est déconseillé aux enfants", "indirect")],
        id="l-agence-skips-a-federation-named-since"),
    # --- un complément de circonstance entre le verbe et le sujet inversé ------------------------
    pytest.param(
        "« Les réserves tiendront jusqu'à l'automne », a assuré lors d'un point presse le directeur "
        "de l'Office départemental de l'eau, Marc Delorme.",
        [("Marc Delorme", "Les réserves tiendront jusqu'à l'automne", "direct")],
        id="point-presse-before-inverted-title-of-an-office-with-name"),
    pytest.param(
        "« Ce texte est une provocation », a réagi sur le réseau social X la présidente du groupe "
        "écologiste, Claire Vasseur.",
        [("Claire Vasseur", "Ce texte est une provocation", "direct")],
        id="reseau-social-x-before-inverted-title"),
    pytest.param(
        "Le chef de la Sécurité civile, Paul Amrani, a indiqué que deux colonnes de renfort étaient en route.",
        [("Paul Amrani", "deux colonnes de renfort étaient en route", "indirect")],
        id="person-head-of-a-capitalised-institution-is-a-person"),

    # --- « selon » suivi d'un groupe nominal en fin de phrase, ou d'un bilan et de son auteur ----
    pytest.param(
        "Trois randonneurs ont été secourus dans la nuit, selon un bilan provisoire de la gendarmerie.",
        [("gendarmerie", "Trois randonneurs ont été secourus dans la nuit", "indirect")],
        id="selon-un-bilan-provisoire-de-la-gendarmerie"),
    pytest.param(
        "Un car a quitté la route près de Gap, faisant six blessés, selon un bilan communiqué par la "
        "préfecture des Hautes-Alpes.",
        [("préfecture des Hautes-Alpes", "Un car a quitté la route près de Gap, faisant six blessés", "indirect")],
        id="selon-un-bilan-communique-par-la-prefecture"),
    pytest.param(
        "De nouveaux orages sont attendus lundi, selon un bulletin publié vendredi.",
        [("anonymous bulletin", "De nouveaux orages sont attendus lundi", "indirect")],
        id="selon-un-bulletin-sans-auteur-est-une-source-anonyme-comme-un-bilan"),
    pytest.param(
        "Météo-France a publié un bulletin jeudi. Selon ce bulletin, les orages reprendront lundi.",
        [("Météo-France", "les orages reprendront lundi", "indirect")],
        id="selon-ce-bulletin-parle-pour-son-auteur-nomme-avant"),
    pytest.param(
        "Le ministre avait déjà dénoncé, il y a un mois, « une grève des vacances ».",
        [("ministre", "une grève des vacances", "direct")],
        id="une-date-entre-virgules-entre-le-verbe-et-la-citation"),
    pytest.param(
        "Le ministre a estimé, mardi, que la grève était injustifiée.",
        [("ministre", "la grève était injustifiée", "indirect")],
        id="une-date-entre-virgules-avant-que"),
    pytest.param(
        "Le maire a annoncé mercredi qu'il ne briguerait pas de troisième mandat, mettant fin à plusieurs semaines "
        "de spéculations.",
        [("maire", "il ne briguerait pas de troisième mandat", "indirect")],
        id="mettant-fin-commentaire-du-recit-hors-des-propos"),
    pytest.param(
        "Le ministre a affirmé que la loi, mettant fin aux privilèges, serait votée.",
        [("ministre", "la loi, mettant fin aux privilèges, serait votée", "indirect")],
        id="un-participe-entre-virgules-dans-les-propos-y-reste"),
    pytest.param(
        "L'ancien élu a répété à la barre n'avoir « jamais employé d'assistant fictif ».",
        [("anonymous elected official", "n'avoir « jamais employé d'assistant fictif »", "mixed")],
        id="repeter-un-infinitif-cite"),
    pytest.param(
        "Le prévenu soutient n'avoir rien vu.",
        [("prévenu", "n'avoir rien vu", "indirect")],
        id="soutenir-un-infinitif"),
    pytest.param(
        "Le ministre a martelé n'avoir jamais menti.",
        [("ministre", "n'avoir jamais menti", "indirect")],
        id="marteler-un-infinitif"),
    pytest.param(
        "Le syndicat soutient de nombreuses grèves.", [],
        id="soutenir-un-objet-n-est-pas-un-propos"),
    pytest.param(
        "Les manifestants étaient 9.000 selon les syndicats, 3.500 selon la police.",
        [("syndicats", "Les manifestants étaient 9.000", "indirect"),
         ("police", "3.500", "indirect")],
        id="selon-a-noun-phrase-ending-the-sentence"),

    pytest.param(
        "Pour la Confédération paysanne, la dérogation « ouvre la porte à tous les abus ».",
        [("Confédération paysanne", "la dérogation « ouvre la porte à tous les abus »", "mixed")],
        id="adjective-in-anne-completes-an-organisation-name"),
    pytest.param(
        "Accusés par certains dirigeants de clubs de « brader le championnat », les organisateurs ont "
        "démenti mardi.",
        [("dirigeants de clubs", "de « brader le championnat »", "mixed")],
        id="passive-agent-keeps-its-noun-complement-before-a-quoted-infinitive"),
    pytest.param(
        "Un joueur de l'équipe, qui a requis l'anonymat, décrit la scène : « Tout le monde criait. »",
        [("anonymous player", "Tout le monde criait.", "direct")],
        id="narrating-verb-and-its-object-before-a-colon-and-a-quotation"),
    pytest.param(
        "Le ministre a noté trois points : la dette, le chômage et la croissance.",
        [],
        id="colon-opening-a-list-reports-no-words"),
    pytest.param(
        "Le ministre a laissé entendre qu'il pourrait démissionner.",
        [("ministre", "il pourrait démissionner", "indirect")],
        id="laisser-entendre-que"),
    pytest.param(
        "L'avocat a argué que son client était innocent.",
        [("avocat", "son client était innocent", "indirect")],
        id="arguer-que"),
    # --- a title word that is a verb; institutions named with an article ----------------------------
    pytest.param(
        "« C'est probablement la dernière hausse », juge Eric Dor, directeur des études à l'IESEG.",
        [("Eric Dor", "C'est probablement la dernière hausse", "direct")],
        id="juge-after-the-comma-of-an-aside-is-the-verb-not-the-title"),
    pytest.param(
        "La croissance va ralentir, juge Eric Dor.",
        [("Eric Dor", "La croissance va ralentir", "indirect")],
        id="juge-reports-indirect-words-too"),
    pytest.param(
        "« Nous avons manqué de réalisme », a réagi l'entraîneur Pierre Dupont en conférence de presse.",
        [("Pierre Dupont", "Nous avons manqué de réalisme", "direct")],
        id="a-name-after-a-role-noun-speaks-before-a-complement-of-circumstance"),
    pytest.param(
        "La BCE a relevé ses taux d'un quart de point, a-t-elle annoncé jeudi.",
        [("European Central Bank", "La BCE a relevé ses taux d'un quart de point", "indirect")],
        id="elle-is-the-institution-named-with-a-feminine-article"),
    pytest.param(
        "La SNCF a supprimé des trains, a-t-elle annoncé jeudi.",
        [("SNCF", "La SNCF a supprimé des trains", "indirect")],
        id="initials-with-an-article-name-an-institution-that-elle-refers-to"),
    pytest.param(
        "Trois personnes ont été blessées, a indiqué la Sécurité civile.",
        [("Sécurité civile", "Trois personnes ont été blessées", "indirect")],
        id="an-institution-name-goes-on-with-its-lowercase-adjective"),
    pytest.param(
        "Trois personnes ont été blessées, a indiqué la Protection civile locale.",
        [("Protection civile locale", "Trois personnes ont été blessées", "indirect")],
        id="an-institution-name-takes-two-adjectives"),
    pytest.param(
        "Le Kremlin a démenti ces informations, a indiqué son porte-parole.",
        [("Kremlin", "ces informations", "indirect"),
         ("anonymous spokesperson", "Le Kremlin a démenti ces informations", "indirect")],
        id="an-aside-attribution-closes-the-object-of-the-verb-before-it"),
    pytest.param(
        "Le ministre a qualifié la mesure de « trahison » dans un communiqué publié lundi.",
        [("ministre", "la mesure de « trahison »", "mixed")],
        id="a-channel-closing-the-words-is-no-part-of-them"),
    pytest.param(
        "L'homme accusé d'avoir tué trois personnes a comparu lundi.",
        [],
        id="a-participle-accuse-de-after-a-noun-reports-nothing"),
    pytest.param(
        "Le ministre a affirmé que la réforme passerait, des propos qui ont suscité la colère des syndicats.",
        [("ministre", "la réforme passerait", "indirect")],
        id="des-propos-qui-comment-on-the-words-and-are-no-part-of-them"),
    pytest.param(
        "Un responsable a assuré que l'accord était proche, s'exprimant sous couvert d'anonymat.",
        [("anonymous official", "l'accord était proche", "indirect")],
        id="sous-couvert-d-anonymat-after-the-words-is-no-part-of-them"),
    pytest.param(
        "Le préfet du Pas-de-Calais a déclaré dimanche que la route était fermée.",
        [("préfet du Pas-de-Calais", "la route était fermée", "indirect")],
        id="a-hyphenated-place-opened-by-a-function-word-is-one-name"),
    pytest.param(
        "La ministre de la Transition écologique Agnès Pannier-Runacher a appelé à la sobriété. Selon elle, "
        "des restrictions d'eau sont inévitables.",
        [("Agnès Pannier-Runacher", "la sobriété", "indirect"),
         ("Agnès Pannier-Runacher", "des restrictions d'eau sont inévitables", "indirect")],
        id="a-ministry-of-two-words-before-the-ministers-name"),
    pytest.param(
        "Le quotidien L'Equipe croit savoir que le club veut recruter un gardien.",
        [("L'Équipe", "le club veut recruter un gardien", "indirect")],
        id="croire-savoir-reports-what-a-source-claims-to-have-learnt"),
    pytest.param(
        "Le prévenu conteste l'ensemble des faits.",
        [("prévenu", "l'ensemble des faits", "indirect")],
        id="contester-an-object-is-a-denial"),
    pytest.param(
        "Philippe Arnaud, qui conteste toute intention de plagier, va faire appel devant le Cneser, a indiqué son "
        "avocat, Me Franck Delattre.",
        [("Philippe Arnaud", "toute intention de plagier", "indirect"),
         ("Franck Delattre", "Philippe Arnaud, qui conteste toute intention de plagier, va faire appel devant le Cneser",
          "indirect")],
        id="a-claim-in-a-relative-aside-leaves-the-words-around-it-whole"),
    pytest.param(
        "Plusieurs compagnies, dont Air France, ont indiqué qu'elles rembourseraient les billets.",
        [("compagnies", "elles rembourseraient les billets", "indirect")],
        id="dont-opens-examples-the-group-speaks"),

    pytest.param(
        "Selon une source proche de l'Elysée, le président Emmanuel Macron aurait tranché mercredi soir, après une "
        "réunion avec les chefs de la majorité.",
        [("anonymous source", "le président Emmanuel Macron aurait tranché mercredi soir, après une réunion avec les "
          "chefs de la majorité", "indirect")],
        id="a-fronted-selon-phrase-is-no-reported-words-of-the-verb-after-it"),
    pytest.param(
        "Selon le Monde, le ministre aurait démenti mercredi soir.",
        [("Monde", "le ministre aurait démenti mercredi soir", "indirect")],
        id="a-fronted-selon-phrase-is-no-content-of-a-denial"),
    # --- an inverted attribution closing the sentence closes the words reported before it -----------
    pytest.param(
        "Le gouvernement estime que la réforme est nécessaire, a-t-il ajouté.",
        [("gouvernement", "la réforme est nécessaire", "indirect"),
         ("gouvernement", "Le gouvernement estime que la réforme est nécessaire", "indirect")],
        id="an-inverted-attribution-after-a-comma-is-no-part-of-the-clause-before"),
    pytest.param(
        "Le gouvernement estime que la réforme est nécessaire, a-t-il ajouté devant la presse.",
        [("gouvernement", "la réforme est nécessaire", "indirect"),
         ("gouvernement", "Le gouvernement estime que la réforme est nécessaire", "indirect")],
        id="an-inverted-attribution-and-its-channel-are-no-part-of-the-clause-before"),
    # --- a time expression heading the object is no time of the saying to skip ----------------------------
    pytest.param(
        "La syndicaliste a appelé à une journée de grève le 3 décembre.",
        [("anonymous trade unionist", "une journée de grève le 3 décembre", "indirect")],
        id="une-journee-de-greve-is-the-object-not-a-time-skipped"),
    pytest.param(
        "« On est très loin du rattrapage promis », a ajouté Nathalie Orsoni, appelant à une journée de grève le 3 "
        "décembre.",
        [("Nathalie Orsoni", "On est très loin du rattrapage promis", "direct"),
         ("Nathalie Orsoni", "une journée de grève le 3 décembre", "indirect")],
        id="a-gerund-of-calling-after-the-comma-reports-its-object"),
    # --- a title and the name of its holder's place of work, in apposition ---------------------------------
    pytest.param(
        "Anne Martin, économiste chez Natixis, estime que la BCE va marquer une pause. L'économiste ajoute que "
        "les taux baisseront.",
        [("Anne Martin", "la BCE va marquer une pause", "indirect"),
         ("Anne Martin", "les taux baisseront", "indirect")],
        id="economiste-chez-a-company-in-apposition-describes-the-name-before"),
    pytest.param(
        "Les économistes de la Société Générale ont estimé que la hausse était terminée.",
        [("économistes de la Société Générale", "la hausse était terminée", "indirect")],
        id="economists-of-a-bank-speak-not-the-bank"),
    # --- a title that is also a verb, after its article, completes the title before it -------------------------
    pytest.param(
        "L'avocat du prévenu avait dénoncé « un dossier monté ».",
        [("avocat du prévenu", "un dossier monté", "direct")],
        id="the-defendants-lawyer-speaks-not-the-defendant"),
    pytest.param(
        "L'avocate de la juge a dénoncé « une campagne de dénigrement ».",
        [("avocate de la juge", "une campagne de dénigrement", "direct")],
        id="the-judges-lawyer-speaks-not-the-judge"),
    # --- « aux dires de », « à en croire »: attribution phrases ----------------------------------------------
    pytest.param(
        "Aux dires du maire, l'eau est montée en quelques minutes.",
        [("maire", "l'eau est montée en quelques minutes", "indirect")],
        id="aux-dires-du-attributes-the-words"),
    pytest.param(
        "L'eau est montée vite, aux dires de témoins.",
        [("anonymous witness", "L'eau est montée vite", "indirect")],
        id="aux-dires-de-after-the-words"),
    pytest.param(
        "À en croire le ministre, la réforme sera adoptée avant l'été.",
        [("ministre", "la réforme sera adoptée avant l'été", "indirect")],
        id="a-en-croire-attributes-the-words"),
    # --- a document's author: after its date and « par », or named right after the noun ------------------------
    pytest.param(
        "D'après une étude publiée mardi par l'Insee, le chômage a reculé de 0,2 point.",
        [("Insee", "le chômage a reculé de 0,2 point", "indirect")],
        id="a-study-published-on-a-day-by-its-author"),
    pytest.param(
        "Selon un sondage Ifop publié dimanche, 68 % des Français souhaitent le retrait de la réforme.",
        [("Ifop", "68 % des Français souhaitent le retrait de la réforme", "indirect")],
        id="a-poll-and-the-name-of-its-author-after-the-noun"),
    pytest.param(
        "Le maire a jugé la décision « injuste » alors qu'il quittait la salle.",
        [("maire", "la décision « injuste »", "mixed")],
        id="a-quoted-attribute-ends-before-alors-que"),
    # --- an absolute phrase: a definite subject after the comma, then its gerund ----------------------------
    pytest.param(
        "La rencontre avait tourné court, le président américain accusant son homologue de « jouer avec la "
        "guerre ».",
        [("président américain", "son homologue de « jouer avec la guerre »", "mixed")],
        id="a-subject-after-the-comma-speaks-through-its-gerund"),
    # --- a gain claimed ----------------------------------------------------------------------------------------
    pytest.param(
        "La Russie a revendiqué la prise de deux villages dans la région de Donetsk.",
        [("Russia", "la prise de deux villages dans la région de Donetsk", "indirect")],
        id="revendiquer-la-prise-of-villages-is-a-claim"),
    pytest.param(
        "Le ministre aurait accepté des pots-de-vin, selon des documents judiciaires.",
        [("anonymous documents judiciaires", "Le ministre aurait accepté des pots-de-vin", "indirect")],
        id="selon-des-documents-closing-the-sentence"),
    # --- the nations of the United Kingdom are in the gazetteer ------------------------------------------------
    pytest.param(
        "L'Écosse a annoncé que le référendum aurait lieu en septembre.",
        [("Scotland", "le référendum aurait lieu en septembre", "indirect")],
        id="l-ecosse-speaks-as-scotland"),
    # --- « avant d'ajouter » : ce que le même sujet a dit ensuite ---------------------------------------------
    pytest.param(
        "« Si les réformes ne sont pas faites, le Liban continuera de couler », a averti Emmanuel Macron lors "
        "d'une conférence de presse, avant d'ajouter : « Je reviendrai le 1er septembre ».",
        [("Emmanuel Macron", "Si les réformes ne sont pas faites, le Liban continuera de couler", "direct"),
         ("Emmanuel Macron", "Je reviendrai le 1er septembre", "direct")],
        id="avant-d-ajouter-a-second-quotation-of-the-same-speaker"),
    pytest.param(
        "Le président Michel Aoun a dénoncé une négligence avant de préciser que l'enquête durerait cinq jours.",
        [("Michel Aoun", "une négligence", "indirect"),
         ("Michel Aoun", "l'enquête durerait cinq jours", "indirect")],
        id="avant-de-preciser-ends-the-first-verb-s-words"),
    pytest.param(
        "Les syndicats ont dénoncé la réforme pour réclamer que le texte soit retiré.",
        [("syndicats", "la réforme", "indirect"),
         ("syndicats", "le texte soit retiré", "indirect")],
        id="pour-reclamer-ends-the-first-verb-s-words"),
    pytest.param(
        "Le président Recep Tayyip Erdogan a décrété l'état d'urgence. Visitant Hatay mercredi, il a reconnu des "
        "« lacunes ».",
        [("Recep Tayyip Erdogan", "des « lacunes »", "mixed")],
        id="a-fronted-present-participle-and-its-place-name-no-speaker"),
    pytest.param(
        "Peter Berdowski, directeur général de la société néerlandaise Boskalis, a déclaré que le navire était "
        "libre.",
        [("Peter Berdowski", "le navire était libre", "indirect")],
        id="directeur-de-la-societe-neerlandaise-x-is-the-name-before"),
    pytest.param(
        "« Il existe un lien direct », a affirmé le procureur antiterroriste Jean-François Ricard. Selon lui, "
        "l'assaillant avait échangé avec le père d'une élève.",
        [("Jean-François Ricard", "Il existe un lien direct", "direct"),
         ("Jean-François Ricard", "l'assaillant avait échangé avec le père d'une élève", "indirect")],
        id="le-procureur-antiterroriste-x-names-him"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_french_pattern_yields_exactly_the_expected_claims(text, expected):
    claims = chronique.analyze(text, published=PUB, lang="fr").claims
    got = sorted((c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in claims)
    assert got == sorted(expected)
    for c in claims:
        assert text[c["content"]["start"]:c["content"]["end"]] == c["content"]["text"]


def _one(text):
    claims = chronique.analyze(text, published=PUB, lang="fr").claims
    assert len(claims) == 1
    return claims[0]


def test_anonymity_marker_makes_the_claim_anonymous():
    c = _one("« Les négociations sont dans l'impasse », a confié à l'AFP un diplomate occidental sous "
             "couvert d'anonymat.")
    assert c["anonymous"] is True
    assert c["speaker"]["kind"] == "anonymous source"


def test_named_minister_is_not_anonymous_and_keeps_his_titles():
    c = _one("« Nous resterons vigilants », a déclaré le ministre de l'Intérieur Gérald Darmanin.")
    assert c["anonymous"] is False
    assert c["speaker"]["kind"] == "person"
    assert c["speaker"]["titles"] == ["ministre de l'Intérieur"]
    assert c["speaker"]["mention"]["text"] == "Gérald Darmanin"


def test_conditional_and_probability_words_are_hedges():
    c = _one("Selon des sources sécuritaires, l'attaque aurait très probablement fait une dizaine de morts.")
    assert [h["text"] for h in c["hedges"]] == ["aurait", "très probablement"]


def test_future_in_the_past_is_not_a_hedge_in_indirect_speech():
    c = _one("La Banque centrale européenne a prévenu que les taux resteraient élevés.")
    assert c["hedges"] == []


@pytest.mark.parametrize("text, hedges", [
    # after the verb, outside the quotation marks, the future of a past verb of saying
    ("Le gouverneur a estimé que la prochaine décision serait « une baisse ».", []),
    ("La préfecture a indiqué que des contrôles seraient menés « pendant les premières semaines ».", []),
    # before a postposed verb, the journalist's distance
    ("Le président serait retenu dans une caserne, a affirmé une source sécuritaire.", ["serait"]),
    # a legal term, and a noun after its article, are no hedges
    ("Le parquet rappelle que les personnes mises en examen restent présumées innocentes.", []),
    ("L'OMS a indiqué lundi que le risque de propagation régionale était élevé.", []),
])
def test_a_conditional_is_a_hedge_only_where_no_past_verb_of_saying_governs_it(text, hedges):
    assert [h["text"] for h in _one(text)["hedges"]] == hedges


@pytest.mark.parametrize("text", [
    "« Ils nous juraient que l'usine avait un avenir », a lancé Karim Benali.",
    "« Les enfants pleuraient, personne ne savait quoi faire », a raconté une passagère, Manon Lartigue.",
    "« Il souffrait depuis des mois et ignorait tout de la procédure », a expliqué son avocat, Me Paul Roux.",
    "« On galérait tous les jours, on rencontrait des clients furieux », a témoigné Patrice Valdeyron.",
])
def test_an_imperfect_that_ends_as_a_conditional_is_no_hedge(text):
    c = _one(text)
    assert c["hedges"] == [] and c["kind"] != "report"       # (no hearsay either)


@pytest.mark.parametrize("text, hedge", [
    ("Selon la police, le suspect aurait fui vers l'Espagne.", "aurait"),
    ("Selon l'ONG, l'entreprise saurait depuis 2019 que l'eau était polluée.", "saurait"),
    ("Selon des témoins, le conducteur jurerait n'avoir rien vu.", "jurerait"),
])
def test_a_conditional_ending_as_an_imperfect_stays_a_hedge(text, hedge):
    assert [h["text"] for h in _one(text)["hedges"]] == [hedge]


def test_tweet_and_communique_are_channels():
    c = _one("« La France ne reculera pas », a tweeté le président Emmanuel Macron.")
    assert c["channel"] == "tweet"
    c = _one("« Aucune décision n'est prise », a indiqué le ministère dans un communiqué.")
    assert c["channel"] == "statement"


def test_claim_time_is_the_time_expression_of_its_clause():
    c = _one("Le porte-parole du Kremlin, Dmitri Peskov, a affirmé lundi que Moscou restait ouvert au dialogue.")
    assert c["time"]["value"] == "2024-03-11"
    assert c["time"]["source"] == "clause"


def test_claim_time_falls_back_to_the_publication_date():
    c = _one("« Nous resterons vigilants », a déclaré le ministre de l'Intérieur Gérald Darmanin.")
    assert c["time"] == {"timex": None, "value": PUB, "text": None, "source": "published"}


def test_negated_cue_is_not_a_claim():
    assert chronique.analyze("Le ministre n'a pas confirmé ces informations.", published=PUB,
                             lang="fr").claims == []


def test_noun_homograph_of_a_cue_is_not_a_claim():
    assert chronique.analyze("La menace grandissante inquiète les habitants de la région.", published=PUB,
                             lang="fr").claims == []


@pytest.mark.parametrize("text, speaker", [
    ("Les aides seront versées avant l'été, a annoncé mardi le ministère de la Transition écologique.",
     "ministère de la Transition écologique"),
    ("Un audit sera confié à l'inspection générale, a précisé le ministère de l'Enseignement supérieur et de "
     "la Recherche.", "ministère de l'Enseignement supérieur et de la Recherche"),
    ("Le ministère de l'Agriculture et de l'Alimentation a estimé que les stocks restaient suffisants.",
     "ministère de l'Agriculture et de l'Alimentation"),
    ("Pour le Rassemblement national, ce budget est « un aveu d'échec ».", "Rassemblement national"),
])
def test_institution_name_goes_on_past_its_capitalised_complement(text, speaker):
    assert _one(text)["speaker"]["entity"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("La situation est « sous contrôle », a affirmé le commandant des opérations de secours, le lieutenant-colonel "
     "Marc Vidal, lors d'un point presse.", "Marc Vidal"),
    ("Le directeur de l'établissement, le docteur Anne Roux, a assuré que les soins étaient maintenus.",
     "Anne Roux"),
    ("Aucune piste n'est écartée, a déclaré le chef de la police judiciaire, le commissaire Paul Lenoir.",
     "Paul Lenoir"),
])
def test_title_apposed_to_a_titled_name_speaks_for_the_name(text, speaker):
    assert _one(text)["speaker"]["entity"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Le syndicat CGT-Cheminots a dénoncé une « provocation » de la direction.", "CGT-Cheminots"),
    ("Le syndicat FO-Santé estime que les effectifs des urgences sont insuffisants.", "FO-Santé"),
    ("Le député LFI Jean Dupont a estimé que le texte était « inacceptable ».", "Jean Dupont"),
])
def test_acronym_hyphenated_with_a_word_after_a_title_is_the_name(text, speaker):
    assert _one(text)["speaker"]["entity"] == speaker


def test_plural_pronoun_refers_to_the_group_opening_the_previous_sentence():
    claims = chronique.analyze("Les riverains réclament la fermeture du site. Ils jugent que les nuisances sont "
                               "devenues « insupportables ».", published=PUB, lang="fr").claims
    c = claims[-1]
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "riverains", "les nuisances sont devenues « insupportables »", "mixed")


def test_maintenir_with_an_elided_negated_infinitive_is_a_mixed_claim():
    c = _one("À l'audience, le prévenu, 63 ans, a maintenu n'avoir « jamais touché » aux comptes de l'association.")
    assert c["speaker"]["mention"]["text"] == "le prévenu"
    assert c["content"]["text"] == "n'avoir « jamais touché » aux comptes de l'association"
    assert c["mode"] == "mixed"
    c = _one("L'ancien trésorier maintient que les virements étaient « parfaitement légaux ».")
    assert c["content"]["text"] == "les virements étaient « parfaitement légaux »"
    assert c["mode"] == "mixed"


def test_maintenant_the_adverb_is_not_a_cue():
    assert chronique.analyze("Les trains circulent de nouveau, maintenant que la voie a été dégagée.",
                             published=PUB, lang="fr").claims == []


@pytest.mark.parametrize("text, content", [
    ("Le délégué syndical Marc Aubry a quitté la réunion. Les actionnaires, estime-t-il, « n'ont jamais cru "
     "au site ».", "n'ont jamais cru au site"),
    ("Le délégué syndical Marc Aubry a quitté la réunion. Ceux qui ont signé, assure-t-il, « le regretteront "
     "vite ».", "le regretteront vite"),
])
def test_subject_cut_off_by_an_incise_gives_the_quotation_as_direct_content(text, content):
    claims = chronique.analyze(text, published=PUB, lang="fr").claims
    assert len(claims) == 1
    c = claims[0]
    assert c["speaker"]["entity"] == "Marc Aubry"
    assert c["content"]["text"] == content
    assert c["mode"] == "direct"


def test_quotation_after_a_colon_closing_a_reported_clause_is_a_second_direct_claim():
    text = ("Un expert mandaté par le tribunal, Louis Garnier, a affirmé que les relevés ne laissaient "
            "« aucune ambiguïté » : « Ces factures ont été antidatées. »")
    claims = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in claims]
    assert got == [("Louis Garnier", "les relevés ne laissaient « aucune ambiguïté »", "mixed"),
                   ("Louis Garnier", "Ces factures ont été antidatées.", "direct")]


@pytest.mark.parametrize("text, speaker, content", [
    ("« On ferme encore une fois », soupire Anna Keller, une serveuse du port.", "Anna Keller",
     "On ferme encore une fois"),
    ("« Le gouvernement découvre la mer », raille Paul Hervé, pêcheur à Lorient.", "Paul Hervé",
     "Le gouvernement découvre la mer"),
])
def test_soupirer_and_railler_attribute_a_quotation_as_incises(text, speaker, content):
    c = _one(text)
    assert c["speaker"]["entity"] == speaker
    assert c["content"]["text"] == content
    assert c["mode"] == "direct"


def test_soupirer_without_quotation_is_not_a_claim():
    assert chronique.analyze("Le vent soupire dans les pins du littoral.", published=PUB, lang="fr").claims == []


def test_one_of_a_group_named_in_apposition_after_the_verb_is_the_speaker():
    text = ("Des riverains attendaient devant la mairie. « On nous a oubliés », a témoigné l'une d'elles, "
            "Claire Baudin, retraitée.")
    c = chronique.analyze(text, published=PUB, lang="fr").claims[-1]
    assert c["speaker"]["entity"] == "Claire Baudin"
    assert c["content"]["text"] == "On nous a oubliés"
    assert c["mode"] == "direct"


@pytest.mark.parametrize("text, speaker, content", [
    ("Santé publique France a recensé 120 cas en mars. L'agence sanitaire estime que l'épidémie « n'a pas "
     "encore atteint son pic ».", "Santé publique France",
     "l'épidémie « n'a pas encore atteint son pic »"),
    ("L'Inserm a publié ses conclusions lundi. Selon l'institut, les résultats doivent être « confirmés » par "
     "d'autres équipes.", "Inserm", "les résultats doivent être « confirmés » par d'autres équipes"),
    ("La Fédération nationale des chasseurs a lancé une campagne d'affichage. Les accidents ont reculé de 8 % en un an, "
     "d'après l'association.", "Fédération nationale des chasseurs", "Les accidents ont reculé de 8 % en un an"),
])
def test_institution_anaphor_refers_back_to_the_named_institution_of_its_kind(text, speaker, content):
    c = chronique.analyze(text, published=PUB, lang="fr").claims[-1]
    assert (c["speaker"]["entity"], c["content"]["text"]) == (speaker, content)
    assert c["mode"] == ("mixed" if "«" in content else "indirect")


def test_same_source_is_the_speaker_of_the_previous_attribution():
    claims = chronique.analyze("Le feu a détruit 300 hectares de pinède, a indiqué la préfecture du Var dans un "
                               "communiqué. Deux pompiers ont été légèrement blessés, selon la même source.",
                               published=PUB, lang="fr").claims
    c = claims[-1]
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"], c["anonymous"]) == (
        "préfecture du Var", "Deux pompiers ont été légèrement blessés", "indirect", False)


@pytest.mark.parametrize("text, speaker, mention", [
    ("Une enquête pour homicide involontaire a été ouverte, a-t-on appris auprès du parquet.",
     "parquet", "du parquet"),
    ("Le suspect a été placé en garde à vue, a-t-on appris mardi auprès du parquet de Lyon.",
     "parquet de Lyon", "du parquet de Lyon"),
])
def test_source_after_aupres_du_is_the_speaker_of_an_on_cue(text, speaker, mention):
    c = _one(text)
    assert (c["speaker"]["entity"], c["speaker"]["mention"]["text"], c["mode"]) == (speaker, mention, "indirect")
    assert c["content"]["text"] == text.split(", a-t-on")[0]


@pytest.mark.parametrize("text, speaker, content", [
    ("Le maire de Dole, Hervé Lemoine, a dénoncé une « décision inacceptable » et annoncé qu'il déposerait "
     "un recours dans la semaine.", "Hervé Lemoine", "il déposerait un recours dans la semaine"),
    ("La ministre du Travail, Claire Vasseur, a annoncé mercredi une enveloppe de 20 millions d'euros et "
     "prévenu que les entreprises fautives seraient sanctionnées.", "Claire Vasseur",
     "les entreprises fautives seraient sanctionnées"),
])
def test_bare_participle_after_et_shares_the_auxiliary_and_subject_of_the_first_verb(text, speaker, content):
    c = chronique.analyze(text, published=PUB, lang="fr").claims[-1]
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (speaker, content, "indirect")


def test_bare_participle_after_et_in_a_passive_sentence_is_not_a_cue():
    claims = chronique.analyze("Le chauffeur a été interpellé et placé en garde à vue, selon la police.",
                               published=PUB, lang="fr").claims
    assert [c["speaker"]["entity"] for c in claims] == ["police"]


@pytest.mark.parametrize("text, speaker, content", [
    ("Le président du conseil départemental, Marc Aubert, s'est dit « très inquiet ».", "Marc Aubert",
     "très inquiet"),
    ("La directrice de l'hôpital, Anne Richer, s'est dite « soulagée » après l'annonce.", "Anne Richer",
     "soulagée"),
])
def test_se_dire_followed_by_a_quotation_is_a_direct_claim_of_the_quotation_alone(text, speaker, content):
    c = _one(text)
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (speaker, content, "direct")


def test_se_dire_without_quotation_is_not_a_claim_but_for_a_stance():
    # a feeling, unquoted, is no claim; a position taken is (« prêt à », « favorable à »)
    assert chronique.analyze("Le ministre s'est dit choqué.", published=PUB, lang="fr").claims == []
    assert [c["content"]["text"] for c in chronique.analyze(
        "Le ministre s'est dit prêt à rencontrer les syndicats.", published=PUB, lang="fr").claims] == [
        "prêt à rencontrer les syndicats"]


def test_bare_descriptive_apposition_does_not_replace_the_named_organisation_as_speaker():
    c = _one("La CNL, première association de locataires, a affirmé que les loyers avaient bondi de 8 %.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "CNL", "les loyers avaient bondi de 8 %", "indirect")


def test_contester_with_an_infinitive_is_a_denial():
    c = _one("Le groupe Valmeyr a contesté être à l'origine de la fuite d'hydrocarbures.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Valmeyr", "être à l'origine de la fuite d'hydrocarbures", "indirect")


def test_rappeler_with_an_infinitive_after_et_shares_the_subject_of_the_first_verb():
    claims = chronique.analyze("Dans un communiqué, la société Arvenia affirme respecter ses obligations et "
                               "rappelle avoir « réduit de moitié » ses rejets depuis 2021.",
                               published=PUB, lang="fr").claims
    c = claims[-1]
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Arvenia", "avoir « réduit de moitié » ses rejets depuis 2021", "mixed")


@pytest.mark.parametrize("text, speaker, content", [
    ("Trois randonneurs ont été secourus mardi dans le massif de La Chartreuse, en Isère, a annoncé "
     "la préfecture, qui a appelé à la prudence.", "préfecture",
     "Trois randonneurs ont été secourus mardi dans le massif de La Chartreuse, en Isère"),
    ("Un incendie a détruit dimanche un entrepôt sur la commune de La Seyne, dans le Var, a indiqué "
     "le parquet.", "parquet", "Un incendie a détruit dimanche un entrepôt sur la commune de La Seyne, "
     "dans le Var"),
])
def test_place_after_a_preposition_and_an_aside_is_not_the_subject_of_an_inverted_report(
        text, speaker, content):
    c = chronique.analyze(text, published=PUB, lang="fr").claims[0]     # (then the appeal, if any)
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (speaker, content, "indirect")


def test_hyphenated_role_noun_is_read_whole():
    c = _one("Une sage-femme de la maternité, qui a requis l'anonymat, a affirmé à l'AFP que le service "
             "manquait de personnel depuis des mois.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "anonymous midwife", "le service manquait de personnel depuis des mois", "indirect")


def test_hyphenated_title_sous_prefet_before_an_apposed_name():
    c = _one("Le baigneur se trouvait à 200 mètres de la plage, a précisé le sous-préfet de Saint-Pierre, "
             "Marc Delorme, qui n'a pas exclu une attaque de requin.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Marc Delorme", "Le baigneur se trouvait à 200 mètres de la plage", "indirect")


def test_bracketed_acronym_spells_a_name_joined_by_et_to_a_further_complement():
    c = _one("Plus de 400 médicaments sont en tension d'approvisionnement, a indiqué mardi l'Agence "
             "nationale de sécurité du médicament et des produits de santé (ANSM).")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Agence nationale de sécurité du médicament et des produits de santé",
        "Plus de 400 médicaments sont en tension d'approvisionnement", "indirect")


def test_bracketed_acronym_spells_a_name_with_a_list_of_complements_after_commas():
    c = _one("Selon la Direction générale de la concurrence, de la consommation et de la répression des "
             "fraudes (DGCCRF), plusieurs lots de miel étaient coupés avec du sirop de sucre.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Direction générale de la concurrence, de la consommation et de la répression des fraudes",
        "plusieurs lots de miel étaient coupés avec du sirop de sucre", "indirect")


def test_il_after_a_sentence_opened_by_a_masculine_institution_is_that_institution():
    claims = chronique.analyze(
        "Les prélèvements mettent en cause l'usine du groupe Calvane, selon la préfète, Anne Drouet. "
        "« Il faut agir vite », a-t-elle déclaré.\n\n"
        "Le groupe Calvane a contesté être responsable de la pollution. Dans un communiqué, il affirme "
        "respecter « strictement » ses autorisations de rejet.",
        published=PUB, lang="fr").claims
    c = claims[-1]
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Calvane", "respecter « strictement » ses autorisations de rejet", "mixed")
    assert "subject of a recent sentence" in c["provenance"]["speaker"]


def test_le_club_refers_back_to_the_club_named_before():
    c = _one("Le fonds d'investissement britannique Northgate Capital a finalisé le rachat de 70 % de "
             "l'Olympique de Vendres (OV), club de National 2, a annoncé jeudi le club dans un communiqué.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Olympique de Vendres", "Le fonds d'investissement britannique Northgate Capital a finalisé le "
        "rachat de 70 % de l'Olympique de Vendres (OV), club de National 2", "indirect")


def test_name_opening_the_clause_after_selon_une_source_is_not_the_source():
    c = _one("Selon une source proche du dossier, Northgate Capital envisagerait de revendre le club "
             "d'ici trois ans.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"], c["anonymous"]) == (
        "anonymous source close to the matter", "Northgate Capital envisagerait de revendre le club d'ici trois ans",
        "indirect", True)


def test_plural_pronoun_refers_to_a_group_whose_noun_has_a_plural_in_x():
    claims = chronique.analyze("Les hôpitaux du département manquent de soignants. Ils estiment que la situation "
                               "est « intenable ».", published=PUB, lang="fr").claims
    c = claims[-1]
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "hôpitaux", "la situation est « intenable »", "mixed")


def test_on_after_a_fronted_entourage_is_the_entourage_not_the_last_person_named():
    claims = chronique.analyze("La maire de Saint-Leu, Sandrine Hoarau, a réclamé des moyens. Dans l'entourage du "
                               "ministre délégué aux Outre-mer, on indique que des crédits pourraient être débloqués "
                               "« dès cette année ».", published=PUB, lang="fr").claims
    c = claims[-1]
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"], c["anonymous"]) == (
        "anonymous aides", "des crédits pourraient être débloqués « dès cette année »", "mixed", True)


def test_on_after_a_fronted_seat_of_government_is_that_government():
    claims = chronique.analyze("La FCPE a salué un « premier pas ». À Matignon, on souligne que l'effort sera "
                               "financé « sans hausse d'impôts ».", published=PUB, lang="fr").claims
    c = claims[-1]
    assert (c["speaker"]["entity"], c["speaker"]["mention"]["text"], c["content"]["text"], c["mode"]) == (
        "Matignon", "Matignon", "l'effort sera financé « sans hausse d'impôts »", "mixed")


def test_a_t_on_appris_dans_l_entourage_names_the_entourage():
    claims = chronique.analyze("Le ministre de l'Industrie a reçu les syndicats mardi. Le site sera proposé à la "
                               "vente « à un euro symbolique », a-t-on appris dans l'entourage du ministre.",
                               published=PUB, lang="fr").claims
    c = claims[-1]
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"], c["anonymous"]) == (
        "anonymous aides", "Le site sera proposé à la vente « à un euro symbolique »", "mixed", True)


def test_son_entourage_is_anonymous_aides():
    c = _one("Le ministre de l'Intérieur doit se rendre sur place dans l'après-midi, a fait savoir son entourage.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"], c["anonymous"]) == (
        "anonymous aides", "Le ministre de l'Intérieur doit se rendre sur place dans l'après-midi", "indirect", True)


def test_name_after_an_association_and_its_complement_is_the_speaker():
    c = _one("L'association de consommateurs Familles Rurales a réclamé « un gel immédiat des tarifs ».")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Familles Rurales", "un gel immédiat des tarifs", "direct")


def test_name_with_its_own_article_after_a_newspaper_is_the_source_of_selon():
    c = _one("Selon le quotidien régional La Voix du Nord, trois suspects ont été placés en garde à vue "
             "mardi soir.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "La Voix du Nord", "trois suspects ont été placés en garde à vue mardi soir", "indirect")


def test_name_with_its_own_article_after_a_collective_and_adjective_is_the_speaker():
    c = _one("Le collectif citoyen Les Amis du rail a dénoncé une hausse « injustifiable » des tarifs.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Les Amis du rail", "une hausse « injustifiable » des tarifs", "mixed")


def test_place_after_de_ending_a_noun_phrase_is_no_described_name():
    c = _one("Les agriculteurs de Bretagne ont dénoncé « une concurrence déloyale ».")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "agriculteurs de Bretagne", "une concurrence déloyale", "direct")


def test_name_with_its_article_and_number_in_apposition_to_a_described_group_is_the_speaker():
    c = _one("Le principal groupe de supporters, les Ultras Sud 1989, a dénoncé une « trahison » de la direction.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Ultras Sud 1989", "une « trahison » de la direction", "mixed")


def test_inverted_reflexive_compound_cue_takes_its_inner_pronoun_as_subject():
    text = ("La ministre Claire Dumas a été interpellée à l'Assemblée. "
            "« Nous n'avons rien caché aux familles », s'est-elle défendue.")
    c = chronique.analyze(text, published=PUB, lang="fr").claims[-1]
    assert c["speaker"]["entity"] == "Claire Dumas"
    assert c["content"]["text"] == "Nous n'avons rien caché aux familles"
    assert c["mode"] == "direct"


def test_place_completing_a_noun_before_an_aside_leaves_the_inverted_speaker():
    c = _one("Trois randonneurs ont été secourus dimanche sur un sentier du Vercors, dans les Hautes-Alpes, "
             "le troisième sauvetage de la semaine, a indiqué lundi la gendarmerie.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "gendarmerie", "Trois randonneurs ont été secourus dimanche sur un sentier du Vercors, dans les "
        "Hautes-Alpes, le troisième sauvetage de la semaine", "indirect")


def test_press_as_addressee_between_cue_and_inverted_title_with_apposed_name():
    c = _one("« Le réseau était structuré comme une PME », a expliqué à la presse le procureur adjoint, "
             "Marc Vidal.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"], c["channel"]) == (
        "Marc Vidal", "Le réseau était structuré comme une PME", "direct", "press conference")


def test_name_with_bracketed_party_and_aside_before_the_verb_is_the_subject():
    c = _one("Le député sortant, Marc Lenoir (LR), réélu de justesse, a dénoncé une décision « politique » "
             "et annoncé son intention de faire appel.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Marc Lenoir", "une décision « politique »", "mixed")


def test_organisation_with_bracketed_acronym_and_aside_before_the_verb_is_the_subject():
    c = _one("L'Office national des forêts (ONF), qui gère le massif, a indiqué dans un communiqué avoir "
             "fermé trois sentiers.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Office national des forêts", "avoir fermé trois sentiers", "indirect")
    c = _one("Les experts de l'Institut national de l'environnement industriel et des risques (Ineris), "
             "dépêchés sur place, estiment que le site reste « dangereux ».")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Institut national de l'environnement industriel et des risques", "le site reste « dangereux »", "mixed")


def test_relative_cue_after_a_name_and_its_age_has_the_name_as_speaker():
    claims = chronique.analyze("« On a tout perdu », a confié l'apiculteur, Julien Morel, 52 ans, qui affirme "
                               "avoir vu disparaître « quarante ruches » en une semaine.",
                               published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in claims]
    assert got == [("Julien Morel", "On a tout perdu", "direct"),
                   ("Julien Morel", "avoir vu disparaître « quarante ruches » en une semaine", "mixed")]


def test_juger_with_quoted_attribute_before_de_infinitive_ends_before_a_participle_clause():
    c = _one("La fédération des chasseurs a jugé « irresponsable » de rouvrir la saison, évoquant des "
             "effectifs en baisse.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "fédération des chasseurs", "« irresponsable » de rouvrir la saison", "mixed")


def test_estimer_with_bare_attribute_before_de_infinitive_is_a_claim():
    c = _one("Le syndicat a estimé nécessaire de revoir le calendrier des négociations.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "syndicat", "nécessaire de revoir le calendrier des négociations", "indirect")


def test_part_of_a_group_as_subject_speaks_for_the_group_named_before():
    claims = chronique.analyze("Les pêcheurs bloquent le port depuis lundi. Certains d'entre eux affirment que les "
                               "quotas ont été fixés « sans concertation ».", published=PUB, lang="fr").claims
    c = claims[-1]
    assert (c["speaker"]["entity"], c["speaker"]["mention"]["text"], c["content"]["text"], c["mode"]) == (
        "pêcheurs", "Certains d'entre eux", "les quotas ont été fixés « sans concertation »", "mixed")


def test_quoted_object_ends_at_a_colon_opening_a_new_clause():
    claims = chronique.analyze("Les riverains dénoncent un chantier « bâclé » : plusieurs d'entre eux affirment "
                               "avoir alerté la mairie dès mars.", published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in claims]
    assert got == [("riverains", "un chantier « bâclé »", "mixed"),
                   ("riverains", "avoir alerté la mairie dès mars", "indirect")]


def test_fear_verbs_report_a_quoted_object_or_a_que_clause():
    c = _one("Un hôtelier de la station, qui a requis l'anonymat, redoute une « saison blanche » pour les "
             "saisonniers.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"], c["anonymous"]) == (
        "anonymous hôtelier", "une « saison blanche » pour les saisonniers", "mixed", True)
    c = _one("Les pédiatres craignent que l'épidémie ne soit plus longue que prévu.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "pédiatres", "l'épidémie ne soit plus longue que prévu", "indirect")


def test_aside_between_commas_before_que_keeps_the_reported_clause():
    c = _one("Le Conseil national des barreaux estime, dans un avis rendu public jeudi, que la réforme est "
             "« contraire aux droits de la défense ».")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Conseil national des barreaux", "la réforme est « contraire aux droits de la défense »", "mixed")


def test_noun_looking_like_a_cue_in_a_complement_before_que_does_not_stop_it():
    c = _one("La fédération estime dans une note publiée mercredi que les contrôles sont insuffisants.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "fédération", "les contrôles sont insuffisants", "indirect")


def test_participle_after_a_main_clause_whose_subject_is_an_unlisted_noun_phrase():
    c = _one("La cour administrative d'appel de Nantes a suspendu lundi le permis de construire, estimant que "
             "le projet risquait de « dénaturer le site ».")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "cour administrative d'appel de Nantes", "le projet risquait de « dénaturer le site »", "mixed")


def test_fronted_passive_accusation_by_an_unnamed_group_is_the_group_claim():
    text = ("Accusés par plusieurs riverains d'avoir ignoré les alertes, les services de l'Etat \"contestent "
            "fermement\" toute négligence, a fait savoir la préfecture.")
    claims = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in claims]
    assert got == [("riverains", "d'avoir ignoré les alertes", "indirect"),
                   ("préfecture", "les services de l'Etat \"contestent fermement\" toute négligence", "mixed")]
    assert claims[0]["cue"]["text"].startswith("Accusés")


def test_name_apposed_to_a_title_keeps_it_across_a_bracket_and_a_participle():
    text = ("La conseillère sortante, Martine Vasseur (LR), battue dimanche, a dénoncé des « irrégularités » "
            "dans le dépouillement. « Nous déposerons un recours dès lundi », a-t-elle annoncé.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Martine Vasseur", "des « irrégularités » dans le dépouillement", "mixed"),
        ("Martine Vasseur", "Nous déposerons un recours dès lundi", "direct")]


@pytest.mark.parametrize("text, speaker", [
    ("Le réseau de bus sera gratuit dès septembre, a annoncé lundi le président du conseil régional, "
     "Hugo Lemaire. « C'est une mesure de justice sociale », a insisté l'élu.", "Hugo Lemaire"),
    ("La conseillère municipale d'opposition Sonia Berthet a voté contre le budget. « Ce budget "
     "sacrifie les quartiers », a regretté l'élue.", "Sonia Berthet"),
    ("L'adjoint au maire chargé de l'urbanisme, Paul Granger, a présenté le projet. « Les travaux "
     "dureront deux ans », a précisé l'édile.", "Paul Granger"),
])
def test_elected_hypernym_refers_back_to_the_named_local_officeholder(text, speaker):
    c = chronique.analyze(text, published=PUB, lang="fr").claims[-1]
    assert (c["speaker"]["entity"], c["mode"]) == (speaker, "direct")


def test_elected_hypernym_skips_the_president_of_an_association():
    text = ("Le maire, Alain Roche, a signé l'arrêté mardi. Le président de l'association des commerçants, "
            "Luc Ferrand, a salué la décision. « Nous l'attendions depuis des mois », a réagi l'élu.")
    c = chronique.analyze(text, published=PUB, lang="fr").claims[-1]
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Alain Roche", "Nous l'attendions depuis des mois", "direct")


def test_capitalised_word_joined_by_a_hyphen_stays_in_the_name_after_a_descriptor():
    text = ("Les locataires lésés peuvent saisir la commission de conciliation, indique l'association "
            "Habitat-Que Choisir, qui réclame des contrôles « systématiques ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["speaker"]["kind"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Habitat-Que Choisir", "organization",
         "Les locataires lésés peuvent saisir la commission de conciliation", "indirect"),
        ("Habitat-Que Choisir", "organization", "des contrôles « systématiques »", "mixed")]


def test_name_apposed_to_an_indefinite_descriptor_is_the_organisation_its_head_refers_back_to():
    text = ("Une association de riverains, Vivre au Port, a dénoncé un projet « démesuré ». "
            "L'association reproche aussi à la mairie d'avoir « ignoré » les recours.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["speaker"]["kind"], c["mode"]) for c in cs] == [
        ("Vivre au Port", "organization", "mixed"), ("Vivre au Port", "organization", "mixed")]
    assert cs[0]["content"]["text"] == "un projet « démesuré »"


@pytest.mark.parametrize("text, speaker, content", [
    ("Selon Régions de France, l'association des présidents de région, onze lignes ferroviaires "
     "seront rouvertes d'ici 2030.", "Régions de France",
     "onze lignes ferroviaires seront rouvertes d'ici 2030"),
    ("Selon Producteurs laitiers de France, le syndicat de la filière, le prix du lait a baissé de "
     "8 % en un an.", "Producteurs laitiers de France", "le prix du lait a baissé de 8 % en un an"),
])
def test_organisation_name_with_lowercase_words_is_read_whole_before_its_apposed_descriptor(
        text, speaker, content):
    c = _one(text)
    assert (c["speaker"]["entity"], c["speaker"]["kind"], c["content"]["text"], c["mode"]) == (
        speaker, "organization", content, "indirect")


@pytest.mark.parametrize("text, speaker, content", [
    ("Interrogée par l'AFP, Sophie Carrel a défendu le projet, assurant que les travaux « ne "
     "dépasseraient pas » le budget.", "Sophie Carrel", "les travaux « ne dépasseraient pas » le budget"),
    ("Joint par téléphone, Marc Tellier a quitté la réunion, estimant que le vote était « joué "
     "d'avance ».", "Marc Tellier", "le vote était « joué d'avance »"),
])
def test_fronted_participle_of_contact_is_no_speaker_the_subject_after_it_is(text, speaker, content):
    c = _one(text)
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (speaker, content, "mixed")


def test_le_collectif_refers_back_to_the_collective_named_in_apposition():
    text = ("Un collectif de parents d'élèves, Cartables vides, a dénoncé la fermeture de deux classes. "
            "Le collectif accuse le rectorat d'avoir « ignoré » les chiffres.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Cartables vides", "la fermeture de deux classes", "indirect"),
        ("Cartables vides", "le rectorat d'avoir « ignoré » les chiffres", "mixed")]


def test_fronted_passive_accusation_is_reported_by_its_agent_and_the_main_clause_by_the_inverted_subject():
    text = ("Accusée par plusieurs commerçants d'avoir bloqué les livraisons, la mairie « dément "
            "catégoriquement » toute obstruction, a indiqué son directeur de cabinet.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("commerçants", "d'avoir bloqué les livraisons", "indirect"),
        ("anonymous director", "la mairie « dément catégoriquement » toute obstruction", "mixed")]


@pytest.mark.parametrize("text, speaker, content", [
    ("Plusieurs commerçants installés à Bayonne affirment avoir perdu la moitié de leur chiffre d'affaires.",
     "commerçants", "avoir perdu la moitié de leur chiffre d'affaires"),
    ("Des pêcheurs interrogés au Guilvinec disent avoir vu leurs prises chuter de moitié.",
     "pêcheurs", "avoir vu leurs prises chuter de moitié"),
])
def test_group_with_a_participle_and_a_place_speaks_not_the_place(text, speaker, content):
    c = _one(text)
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (speaker, content, "indirect")


@pytest.mark.parametrize("text, speaker, content, mode", [
    ("Selon la préfecture du Lot-et-Garonne, trois communes sont privées d'eau potable depuis lundi.",
     "préfecture du Lot-et-Garonne", "trois communes sont privées d'eau potable depuis lundi", "indirect"),
    ("La Confédération paysanne de Loir-et-Cher estime que la mesure arrive « trop tard ».",
     "Confédération paysanne de Loir-et-Cher", "la mesure arrive « trop tard »", "mixed"),
    ("Le maire de Saint-Étienne-du-Rouvray a assuré que l'école rouvrirait lundi.",
     "maire de Saint-Étienne-du-Rouvray", "l'école rouvrirait lundi", "indirect"),
])
def test_hyphenated_place_with_lowercase_link_words_stays_one_name(text, speaker, content, mode):
    c = _one(text)
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (speaker, content, mode)


@pytest.mark.parametrize("text, speaker, content, mode", [
    ("La chambre des métiers et de l'artisanat de la Vienne a estimé que la hausse des loyers « menace » "
     "les commerces de centre-ville.", "chambre des métiers et de l'artisanat de la Vienne",
     "la hausse des loyers « menace » les commerces de centre-ville", "mixed"),
    ("La clinique du Parc affirme avoir renforcé ses équipes de nuit.", "clinique du Parc",
     "avoir renforcé ses équipes de nuit", "indirect"),
    ("Trois suspects ont été interpellés, a indiqué jeudi la direction régionale des douanes de Normandie.",
     "direction régionale des douanes de Normandie", "Trois suspects ont été interpellés", "indirect"),
    ("Le ministère chargé des Sports a assuré que les crédits seraient maintenus.",
     "ministère chargé des Sports", "les crédits seraient maintenus", "indirect"),
    ("Le tribunal administratif de Rennes a estimé que l'arrêté était illégal.",
     "tribunal administratif de Rennes", "l'arrêté était illégal", "indirect"),
])
def test_institution_named_by_a_lowercase_head_and_its_complements_speaks_whole(text, speaker, content, mode):
    c = _one(text)
    # (a ministry is an organ of the state: it speaks as the government)
    kind = "government" if speaker.startswith("ministère") else "organization"
    assert (c["speaker"]["entity"], c["speaker"]["kind"], c["content"]["text"], c["mode"]) == (
        speaker, kind, content, mode)


@pytest.mark.parametrize("text, speaker, content", [
    ("Selon l'union des commerçants indépendants Unicor, la fréquentation a baissé de 12 %.",
     "Unicor", "la fréquentation a baissé de 12 %"),
    ("La Fondation pour la recherche médicale a rappelé que les dons avaient reculé.",
     "Fondation pour la recherche médicale", "les dons avaient reculé"),
    ("L'Agence anti-dopage a confirmé que le contrôle était positif.",
     "Agence anti-dopage", "le contrôle était positif"),
])
def test_organisation_name_closing_or_continuing_an_institution_phrase(text, speaker, content):
    c = _one(text)
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (speaker, content, "indirect")


def test_institution_governed_by_a_preposition_before_an_aside_is_no_subject():
    c = _one("Les grévistes ont été reçus à la sous-préfecture de Bayonne, sans obtenir de réponse, "
             "a indiqué le collectif Solidarité Migrants Adour.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Solidarité Migrants Adour", "Les grévistes ont été reçus à la sous-préfecture de Bayonne, sans obtenir de réponse",
        "indirect")


def test_institution_head_alone_refers_back_to_the_institution_named_with_it():
    text = ("Le tribunal de commerce de Nantes a ouvert mardi une procédure de redressement. Le tribunal "
            "a estimé que l'entreprise n'était « pas viable » en l'état. Selon la chambre de commerce de "
            "Brest, les commandes ont chuté de moitié. La chambre estime que la reprise sera lente.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["speaker"]["kind"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("tribunal de commerce de Nantes", "organization", "l'entreprise n'était « pas viable » en l'état", "mixed"),
        ("chambre de commerce de Brest", "organization", "les commandes ont chuté de moitié", "indirect"),
        ("chambre de commerce de Brest", "organization", "la reprise sera lente", "indirect")]


def test_institution_head_alone_without_antecedent_is_an_organisation():
    c = _one("La mairie a indiqué que trois familles avaient été relogées dans la nuit.")
    assert (c["speaker"]["entity"], c["speaker"]["kind"], c["content"]["text"]) == (
        "mairie", "organization", "trois familles avaient été relogées dans la nuit")


@pytest.mark.parametrize("text, speaker, content, mode", [
    ("L'Observatoire régional de la qualité de l'air en milieu urbain (Orqam) a estimé que les seuils "
     "seraient dépassés.", "Observatoire régional de la qualité de l'air en milieu urbain",
     "les seuils seraient dépassés", "indirect"),
    ("Le Syndicat des producteurs de lait à la ferme (SPLF) juge que les prix sont « intenables ».",
     "Syndicat des producteurs de lait à la ferme", "les prix sont « intenables »", "mixed"),
    ("Le Comité de défense des hôpitaux de proximité, de la maternité et des urgences (CDHP) assure que "
     "la fermeture est « actée ».", "Comité de défense des hôpitaux de proximité, de la maternité et des urgences",
     "la fermeture est « actée »", "mixed"),
])
def test_organisation_name_runs_to_the_bracketed_acronym_that_closes_it(text, speaker, content, mode):
    c = _one(text)
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (speaker, content, mode)


@pytest.mark.parametrize("verb", ["analyse", "tranche", "souffle", "glisse", "observe", "résume"])
def test_present_tense_verb_of_comment_inverted_after_a_quotation_attributes_it(verb):
    c = _one(f"« Les petits commerces ne survivront pas à une nouvelle hausse », {verb} Hélène Carrier, "
             "économiste à l'université de Nantes.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Hélène Carrier", "Les petits commerces ne survivront pas à une nouvelle hausse", "direct")


@pytest.mark.parametrize("text, speaker, content", [
    ("« Nous avons perdu dix ans de notre vie », a réagi devant la cour d'appel Karim Benali, ancien "
     "ouvrier de l'usine.", "Karim Benali", "Nous avons perdu dix ans de notre vie"),
    ("« Justice est enfin rendue », a réagi à la sortie du palais de justice son frère, Thomas Gilet, "
     "très ému.", "Thomas Gilet", "Justice est enfin rendue"),
    ("« Nous ne lâcherons rien », a lancé depuis la tribune la secrétaire générale du syndicat, "
     "Agnès Morel, sous les applaudissements.", "Agnès Morel", "Nous ne lâcherons rien"),
])
def test_complement_of_place_between_an_inverted_verb_and_its_subject_is_skipped(text, speaker, content):
    c = _one(text)
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (speaker, content, "direct")


@pytest.mark.parametrize("text, speaker", [
    ("Le trafic restera interrompu jusqu'à jeudi sur la ligne, selon un communiqué des pompiers.", "pompiers"),
    ("Le trafic restera interrompu jusqu'à jeudi sur la ligne, d'après une note de la gendarmerie.",
     "gendarmerie"),
])
def test_document_of_a_body_after_selon_is_reported_by_the_body(text, speaker):
    c = _one(text)
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        speaker, "Le trafic restera interrompu jusqu'à jeudi sur la ligne", "indirect")


@pytest.mark.parametrize("text, speaker", [
    ("La cantine restera fermée jusqu'à nouvel ordre, a-t-on appris auprès de l'intercommunalité.",
     "intercommunalité"),
    ("La cantine restera fermée jusqu'à nouvel ordre, a-t-on appris auprès des parents d'élèves.",
     "parents d'élèves"),
])
def test_body_unknown_to_the_tables_after_a_t_on_appris_aupres_de_speaks(text, speaker):
    c = _one(text)
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        speaker, "La cantine restera fermée jusqu'à nouvel ordre", "indirect")


@pytest.mark.parametrize("text, content", [
    ("La maire de Lorient, Claire Jégou, a salué un accord « historique », qui « met fin à dix ans de "
     "blocage » sur le port.",
     "un accord « historique », qui « met fin à dix ans de blocage » sur le port"),
    ("La maire de Lorient, Claire Jégou, a dénoncé des « lenteurs inacceptables », dont celles du "
     "chantier de la gare maritime.",
     "des « lenteurs inacceptables », dont celles du chantier de la gare maritime"),
])
def test_relative_right_after_a_quoted_object_completes_the_object(text, content):
    c = _one(text)
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == ("Claire Jégou", content, "mixed")


def test_relative_after_an_inverted_subject_with_a_complement_reports_that_subject():
    text = ("Trois randonneurs ont été secourus dimanche dans le massif, a indiqué lundi la cellule de "
            "crise des pompiers, qui évoque « des conditions extrêmes ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert len(cs) == 2
    assert cs[1]["speaker"]["entity"] == cs[0]["speaker"]["entity"]
    assert (cs[1]["content"]["text"], cs[1]["mode"]) == ("des conditions extrêmes", "direct")


@pytest.mark.parametrize("verb", ["a répliqué", "a rétorqué"])
def test_fronted_noun_phrase_with_quoted_words_before_an_inverted_reply(verb):
    c = _one(f"Une polémique « totalement artificielle », {verb} le président du club, Yann Le Goff, "
             "dans un message aux supporters.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Yann Le Goff", "Une polémique « totalement artificielle »", "mixed")


@pytest.mark.parametrize("verb", ["impute", "attribue"])
def test_blame_with_quoted_words_reports_the_object_and_its_cause(verb):
    c = _one(f"Le directeur du port, Alain Keraudren, {verb} le retard des livraisons à « une grève "
             "surprise » et à la météo.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Alain Keraudren", "le retard des livraisons à « une grève surprise » et à la météo", "mixed")


def test_blame_without_quoted_words_is_no_claim():
    cs = chronique.analyze("Les experts attribuent la hausse des prix au manque de pluie.",
                           published=PUB, lang="fr").claims
    assert cs == []


def test_bare_participle_after_et_sharing_the_auxiliary_ends_the_first_clause():
    text = ("Le président de l'association, Paul Girard, a rappelé que les demandes d'aide avaient "
            "« bondi de 30 % » en un an et réclamé un « fonds d'urgence » pour les familles.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Paul Girard", "les demandes d'aide avaient « bondi de 30 % » en un an", "mixed"),
        ("Paul Girard", "un « fonds d'urgence » pour les familles", "mixed")]


def test_complement_and_date_between_the_verb_and_its_infinitive():
    c = _one("Le maire de Brest, Yves Le Gall, avait admis devant le conseil municipal en mars avoir "
             "« sous-estimé » le coût du chantier.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Yves Le Gall", "avoir « sous-estimé » le coût du chantier", "mixed")


def test_person_described_by_a_definite_role_noun_is_unnamed_and_the_pronoun_after_refers_to_it():
    text = ("Un incendie a ravagé dans la nuit un entrepôt de la zone artisanale. Le gérant, qui dormait "
            "sur place, assure avoir donné l'alerte immédiatement. « J'ai tout perdu en une heure », "
            "a-t-il déclaré à France Bleu.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["anonymous"], c["content"]["text"]) for c in cs] == [
        ("anonymous manager", True, "avoir donné l'alerte immédiatement"),
        ("anonymous manager", True, "J'ai tout perdu en une heure")]


def test_plural_title_after_a_plural_noun_is_an_adjective_not_the_subject_before_an_aside():
    c = _one("Une centaine de civils ont été rapatriés dans la nuit à bord de trois hélicoptères "
             "militaires, après une semaine de combats dans le nord du pays, a indiqué jeudi le "
             "ministère de la Défense.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "ministère de la Défense",
        "Une centaine de civils ont été rapatriés dans la nuit à bord de trois hélicoptères militaires, "
        "après une semaine de combats dans le nord du pays", "indirect")


def test_channel_with_its_adjective_and_a_date_between_the_verb_and_que():
    c = _one("Le chef de la diplomatie, Marc Delorme, a affirmé jeudi à la télévision publique que "
             "les négociations reprendraient « dans les prochains jours ».")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Marc Delorme", "les négociations reprendraient « dans les prochains jours »", "mixed")


def test_condemning_a_noun_phrase_with_quoted_words_then_a_participle_clause():
    text = ("Dans un communiqué, le Stade Brestois a condamné des actes « intolérables », assurant "
            "que le club « collaborera pleinement » avec les enquêteurs.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Stade Brestois", "des actes « intolérables »", "mixed"),
        ("Stade Brestois", "le club « collaborera pleinement » avec les enquêteurs", "mixed")]


def test_condemning_is_a_criticism_and_a_sentence_no_claim():
    cs = chronique.analyze("Le gouvernement a condamné l'attaque contre le poste frontière.",
                           published=PUB, lang="fr").claims
    assert [(c["kind"], c["content"]["text"]) for c in cs] == [("criticism", "l'attaque contre le poste frontière")]
    assert chronique.analyze("Le tribunal a condamné l'ancien maire à deux ans de prison.",
                             published=PUB, lang="fr").claims == []


def test_confirming_with_an_infinitive_after_a_fronted_participle():
    c = _one("Contactée par l'AFP, la mairie a confirmé avoir reçu « plusieurs signalements » depuis lundi.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "mairie", "avoir reçu « plusieurs signalements » depuis lundi", "mixed")


def test_contrastive_adverb_between_the_verb_and_its_infinitive():
    c = _one("Le syndicat des agents pénitentiaires affirme en revanche avoir alerté la direction "
             "sur des « effectifs insuffisants ».")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "syndicat des agents pénitentiaires", "avoir alerté la direction sur des « effectifs insuffisants »",
        "mixed")


def test_name_after_an_organisation_descriptor_goes_on_with_joined_and_lowercase_words():
    text = ("L'association de riverains Vent et Marée affirme avoir alerté la mairie dès 2022. "
            "L'association Loire vivante Anjou, qui regroupe des pêcheurs, a annoncé vouloir saisir "
            "le tribunal administratif.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"]) for c in cs] == [
        ("Vent et Marée", "avoir alerté la mairie dès 2022"),
        ("Loire vivante Anjou", "vouloir saisir le tribunal administratif")]


def test_group_reached_by_a_participle_phrase_is_the_subject_not_the_outlet():
    text = ("Des commerçants joints par téléphone affirment que le quartier est « totalement bouclé ». "
            "Des riverains interrogés par l'AFP assurent avoir entendu « plusieurs explosions ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("commerçants", "le quartier est « totalement bouclé »", "mixed"),
        ("riverains", "avoir entendu « plusieurs explosions »", "mixed")]


def test_clause_with_its_own_verb_between_commas_is_reported_words_of_the_inverted_subject():
    c = _one("Au service de réanimation du CHU Pellegrin, le nombre d'admissions a doublé en une "
             "semaine, a indiqué à l'AFP une infirmière, sous couvert d'anonymat.")
    assert (c["speaker"]["entity"], c["anonymous"], c["content"]["text"], c["mode"]) == (
        "anonymous nurse", True, "Au service de réanimation du CHU Pellegrin, le nombre d'admissions a "
        "doublé en une semaine", "indirect")


def test_invoking_quoted_words_after_an_inverted_subject_is_a_claim_of_that_subject():
    text = ("Le salon nautique de La Rochelle n'aura pas lieu cette année, ont annoncé mardi ses "
            "organisateurs, invoquant « des coûts devenus insoutenables ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("organisateurs", "Le salon nautique de La Rochelle n'aura pas lieu cette année", "indirect"),
        ("organisateurs", "des coûts devenus insoutenables", "direct")]


def test_pleading_as_an_incise_and_with_a_quoted_object():
    text = ("L'avocate de la partie civile, Me Claire Vidal, a réclamé « la vérité ». « Ma cliente "
            "n'a jamais été entendue », a-t-elle plaidé. Me Paul Ferrand a quant à lui plaidé une "
            "relaxe « pure et simple ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Claire Vidal", "la vérité", "direct"),
        ("Claire Vidal", "Ma cliente n'a jamais été entendue", "direct"),
        ("Paul Ferrand", "une relaxe « pure et simple »", "mixed")]


def test_describing_with_quoted_words_is_a_claim():
    c = _one("Des témoins joints par téléphone décrivent des rues « désertes » depuis la veille.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "témoins", "des rues « désertes » depuis la veille", "mixed")


def test_a_news_agency_count_is_no_claim_but_an_organisation_count_is():
    text = ("Au moins 14 personnes ont péri dans les crues depuis dimanche, selon un décompte établi "
            "par l'AFP. Quelque 3.000 foyers restent privés d'électricité, selon un bilan de la préfecture.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"]) for c in cs] == [
        ("préfecture", "Quelque 3.000 foyers restent privés d'électricité")]


def test_inverted_role_noun_with_a_bare_complement_then_a_name_is_the_named_one():
    c = _one("Les colis en souffrance seront livrés d'ici vendredi, a promis l'entreprise de "
             "messagerie Colivo.")
    assert (c["speaker"]["entity"], c["content"]["text"], c["mode"]) == (
        "Colivo", "Les colis en souffrance seront livrés d'ici vendredi", "indirect")


def test_a_demonstrative_role_noun_after_a_named_person_is_that_person():
    text = ("A Saint-Louis, Aminata Diallo a vu sa boutique emportée par les eaux. « Il ne reste plus "
            "rien, même pas les étagères », confie cette commerçante de 51 ans, logée chez une cousine. "
            "Elle dit n'avoir reçu « aucune aide » de la mairie.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Aminata Diallo", "Il ne reste plus rien, même pas les étagères", "direct"),
        ("Aminata Diallo", "n'avoir reçu « aucune aide » de la mairie", "mixed")]


def test_le_syndicat_refers_back_to_a_union_not_to_another_institution():
    text = ("Pour la Coordination nationale des infirmiers (CNI), la situation « empire ». Le maire, "
            "qui préside le conseil de surveillance de la clinique, a dénoncé « un abandon ». Une "
            "quarantaine de services ont fermé des lits cet été, selon le syndicat.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"]) for c in cs][-1] == (
        "Coordination nationale des infirmiers", "Une quarantaine de services ont fermé des lits cet été")


def test_an_organisation_noun_apposed_to_a_name_describes_it_and_quoted_words_stay_in_its_relative():
    text = ("La CFDT-Cheminots, principal syndicat de la compagnie, a déposé un préavis de grève. "
            "Le syndicat, qui dénonce « un mépris » envers les agents, assure que 300 postes ont été "
            "supprimés en deux ans.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("CFDT-Cheminots", "« un mépris » envers les agents", "mixed"),
        ("CFDT-Cheminots", "300 postes ont été supprimés en deux ans", "indirect")]


def test_a_name_after_the_institution_noun_in_a_title_names_the_institution_not_the_person():
    text = ("Le directeur général du groupe Fromalp, Julien Berthet, a contesté ces chiffres. « Nous "
            "n'avons rien à cacher », a-t-il affirmé sur BFMTV.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Julien Berthet", "Nous n'avons rien à cacher", "direct")]


def test_impersonal_on_after_a_fronted_seat_of_government_is_that_government():
    text = ("A Bercy, on assure que les aides aux entreprises seront versées « avant la fin du mois ». "
            "A Moscou, on indique que la livraison a été suspendue.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("France", "les aides aux entreprises seront versées « avant la fin du mois »", "mixed"),
        ("Russia", "la livraison a été suspendue", "indirect")]


def test_relative_after_a_person_described_with_a_place_or_an_institution_is_the_persons():
    text = ("Le prix du lait reste trop bas, a estimé Marc Delorme, éleveur laitier dans le Cantal, qui "
            "affirme vendre « à perte » depuis six mois. Claire Rivet, chercheuse au CNRS, qui juge la "
            "baisse « durable », appelle à une réforme.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Marc Delorme", "Le prix du lait reste trop bas", "indirect"),
        ("Marc Delorme", "vendre « à perte » depuis six mois", "mixed"),
        ("Claire Rivet", "la baisse « durable »", "mixed"),
        ("Claire Rivet", "une réforme", "indirect")]


def test_pronoun_opening_a_sentence_is_the_unnamed_subject_speaking_in_the_sentence_before():
    text = ("« Mon client conteste les faits », a déclaré son avocat, Me Paul Girard.\n\n"
            "Devant les enquêteurs, en mars, l'ancien maire avait reconnu avoir signé les contrats. "
            "Il avait affirmé n'avoir « rien touché » personnellement.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Paul Girard", "Mon client conteste les faits", "direct"),
        ("ancien maire", "avoir signé les contrats", "indirect"),
        ("ancien maire", "n'avoir « rien touché » personnellement", "mixed")]


def test_elle_after_selon_is_the_institution_whose_name_opens_on_a_feminine_head_after_an_elided_article():
    text = ("« Nous sommes prêts », a assuré la ministre de l'Industrie, Clara Petit. L'Union des "
            "industries chimiques juge au contraire la réforme « précipitée ». Selon elle, un site sur "
            "cinq pourrait fermer d'ici 2030.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Clara Petit", "Nous sommes prêts", "direct"),
        ("Union des industries chimiques", "la réforme « précipitée »", "mixed"),
        ("Union des industries chimiques", "un site sur cinq pourrait fermer d'ici 2030", "indirect")]


def test_s_attendre_a_with_quoted_words_in_its_object_is_a_mixed_claim():
    text = "La Banque de France s'attend à une croissance « quasi nulle » au premier trimestre."
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Banque de France", "à une croissance « quasi nulle » au premier trimestre", "mixed")]
    assert chronique.analyze("Les hôteliers s'attendent à une saison difficile.", published=PUB,
                             lang="fr").claims == []


def test_object_runs_on_through_a_later_relative_or_complement_holding_quoted_words():
    text = ("Le préfet a salué le « professionnalisme » des pompiers du Var, qui ont « évité le pire » "
            "dans la nuit. Le syndicat dénonce une « provocation », à l'issue d'une réunion « sans "
            "aucune avancée ». La direction évoque un « plan ambitieux », selon un communiqué.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("préfet", "le « professionnalisme » des pompiers du Var, qui ont « évité le pire » dans la nuit",
         "mixed"),
        ("syndicat", "une « provocation », à l'issue d'une réunion « sans aucune avancée »", "mixed"),
        ("direction", "un « plan ambitieux »", "mixed")]


def test_se_dire_with_a_quoted_attribute_takes_the_de_infinitive_it_governs():
    text = ("Le gérant du camping s'est dit « soulagé mais prudent » d'apprendre la réouverture du site. "
            "La maire s'est dite « très inquiète » pour la saison.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["content"]["text"], c["mode"]) for c in cs] == [
        ("« soulagé mais prudent » d'apprendre la réouverture du site", "mixed"),
        ("très inquiète", "direct")]


def test_plaider_que_and_contester_a_quoted_object_report_speech():
    text = ("Son avocat, Me Paul Ferrand, a plaidé que sa cliente avait agi « par désespoir ». "
            "La Fédération française de cyclisme (FFC) a contesté tout « passe-droit », rappelant que "
            "les règles s'appliquent à tous.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs][:2] == [
        ("Paul Ferrand", "sa cliente avait agi « par désespoir »", "mixed"),
        ("Fédération française de cyclisme", "tout « passe-droit »", "mixed")]


def test_a_figure_put_before_its_object_is_the_content_from_its_preposition():
    text = ("La présidente du syndicat, Hélène Marchal, estime à près de 3.000 le nombre de postes "
            "menacés dans la région. Le maire, Luc Perrin, qui chiffre à « au moins 2 millions "
            "d'euros » les dégâts causés par la tempête, réclame l'aide de l'Etat.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs][:2] == [
        ("Hélène Marchal", "à près de 3.000 le nombre de postes menacés dans la région", "indirect"),
        ("Luc Perrin", "à « au moins 2 millions d'euros » les dégâts causés par la tempête", "mixed")]


def test_a_document_speaks_for_its_author_and_later_mentions_of_it_refer_back():
    text = ("Les hôpitaux publics ont accumulé 1,2 milliard d'euros de déficit l'an dernier, révèle un "
            "rapport de la Cour des comptes publié jeudi. Les urgences concentrent la moitié des pertes, "
            "selon ce document obtenu par l'AFP. Plusieurs établissements risquent la cessation de "
            "paiement, souligne le rapport. L'étude préconise de « revoir entièrement » la tarification.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Cour des comptes", "Les hôpitaux publics ont accumulé 1,2 milliard d'euros de déficit l'an dernier",
         "indirect"),
        ("Cour des comptes", "Les urgences concentrent la moitié des pertes", "indirect"),
        ("Cour des comptes", "Plusieurs établissements risquent la cessation de paiement", "indirect"),
        ("Cour des comptes", "de « revoir entièrement » la tarification", "mixed")]


def test_members_of_a_named_organisation_as_an_inverted_subject_speak_for_it():
    text = ("Les nappes phréatiques restent sous les normales de saison dans le Sud-Est, avertissent "
            "les hydrologues du BRGM. Le virus circule désormais dans trois départements, confirment "
            "les vétérinaires de l'Agence nationale de sécurité sanitaire (Anses), qui suivent les élevages.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("BRGM", "Les nappes phréatiques restent sous les normales de saison dans le Sud-Est", "indirect"),
        ("Agence nationale de sécurité sanitaire", "Le virus circule désormais dans trois départements",
         "indirect")]


def test_organisation_names_read_whole_through_hyphenated_places_and_joined_nouns():
    text = ("La Fédération régionale de canoë-kayak Nouvelle-Aquitaine (FRCK), qui organise la course, "
            "s'est dite « très inquiète ». La région Nouvelle-Aquitaine a assuré qu'elle maintiendrait ses "
            "subventions. Le Syndicat des pêcheurs et mareyeurs du Bas-Léon a dénoncé « un abandon » de la "
            "filière par l'Etat, qui, selon lui, « ne tient pas ses promesses ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["mode"]) for c in cs] == [
        ("Fédération régionale de canoë-kayak Nouvelle-Aquitaine", "direct"),
        ("région Nouvelle-Aquitaine", "indirect"),
        ("Syndicat des pêcheurs et mareyeurs du Bas-Léon", "mixed"),
        ("Syndicat des pêcheurs et mareyeurs du Bas-Léon", "direct")]
    assert [c["content"]["text"] for c in cs][:3] == [
        "très inquiète", "elle maintiendrait ses subventions", "« un abandon » de la filière par l'Etat"]


def test_a_document_with_adjectives_around_its_noun_speaks_for_its_author():
    text = ("Selon le dernier bilan annuel de l'observatoire Vigie-Nature, les populations de moineaux ont "
            "reculé de 30 % en dix ans. Les oiseaux des villes sont les plus touchés, indique une nouvelle "
            "étude de l'Office français de la biodiversité.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Vigie-Nature", "les populations de moineaux ont reculé de 30 % en dix ans", "indirect"),
        ("Office français de la biodiversité", "Les oiseaux des villes sont les plus touchés", "indirect")]


def test_a_lead_ending_with_an_apposition_to_a_governed_place_keeps_the_inverted_speaker():
    text = ("Gap, 14 juin 2025 (AFP) - Un loup a été photographié dimanche près d'Orcières, une station "
            "du Champsaur (Hautes-Alpes), a indiqué lundi la préfecture. Deux brebis ont été tuées à "
            "Ancelle, un village voisin, a précisé la gendarmerie.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("préfecture", "Un loup a été photographié dimanche près d'Orcières, une station du Champsaur "
         "(Hautes-Alpes)", "indirect"),
        ("gendarmerie", "Deux brebis ont été tuées à Ancelle, un village voisin", "indirect")]


def test_reconnaitre_inviter_and_appeler_with_a_quoted_object_report_speech():
    text = ("Le gestionnaire du réseau, la société Aquavia, a reconnu une « erreur de paramétrage » sur un "
            "capteur. La préfecture invite les automobilistes à « différer leurs "
            "déplacements ». Le député Marc Tessier a appelé M. Roux à « prendre ses responsabilités ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Aquavia", "une « erreur de paramétrage » sur un capteur", "mixed"),
        ("préfecture", "les automobilistes à « différer leurs déplacements »", "mixed"),
        ("Marc Tessier", "M. Roux à « prendre ses responsabilités »", "mixed")]


def test_voir_dans_with_a_quoted_object_and_faire_valoir_as_an_inverted_cue():
    text = ("Le syndicat voit dans ce projet la preuve d'un « mépris total » des salariés. "
            "Le calendrier est \"tenable\", a fait valoir la direction.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("syndicat", "ce projet la preuve d'un « mépris total » des salariés", "mixed"),
        ("direction", 'Le calendrier est "tenable"', "mixed")]


def test_a_participle_of_speech_takes_an_infinitive_clause():
    text = "La maire déplore une décision \"précipitée\", affirmant avoir prévenu la préfecture dès janvier."
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("maire", 'une décision "précipitée"', "mixed"),
        ("maire", "avoir prévenu la préfecture dès janvier", "indirect")]


def test_a_colon_quotation_after_a_quoted_object_is_the_same_speakers_direct_claim():
    text = ("Une infirmière, qui a requis l'anonymat, décrit « un service à l'agonie » : « Nous sommes "
            "trois pour quarante patients la nuit. »")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("anonymous nurse", "un service à l'agonie", "direct"),
        ("anonymous nurse", "Nous sommes trois pour quarante patients la nuit.", "direct")]


def test_a_fronted_place_before_a_subject_and_a_verb_without_content_is_no_claim():
    text = ("Dans les rues du vieux port, les pêcheurs s'inquiètent. Sur la place du marché, les "
            "producteurs protestent. Les prix ont doublé en un an, s'inquiètent les restaurateurs.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("restaurateurs", "Les prix ont doublé en un an", "indirect")]


def test_selon_lui_with_his_client_in_the_content_is_the_lawyer_not_the_client():
    text = ("Jean-Paul Mercier, condamné mardi à deux ans de prison, va se pourvoir en cassation, a annoncé "
            "son avocat, Me Laurent Brissac. Selon lui, son client n'a jamais \"vu la moindre facture\".")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Laurent Brissac", "Jean-Paul Mercier, condamné mardi à deux ans de prison, va se pourvoir en cassation",
         "indirect"),
        ("Laurent Brissac", "son client n'a jamais \"vu la moindre facture\"", "mixed")]


def test_an_association_named_in_a_spokespersons_title_is_what_the_association_refers_back_to():
    text = ("Le chantier a été confié au groupe Batimex. « Personne ne nous a consultés », a regretté "
            "Sophie Lemaire, présidente de l'association Marais-Vert Avenir. L'association demande "
            "désormais un « moratoire » sur les travaux.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Sophie Lemaire", "Personne ne nous a consultés", "direct"),
        ("Marais-Vert Avenir", "un « moratoire » sur les travaux", "mixed")]


def test_a_plural_pronoun_after_a_partitive_refers_to_the_group_of_the_fronted_phrase_before():
    text = ("Chez les petits commerçants, l'inquiétude grandit. Certains d'entre eux réclament le "
            "départ du directeur du marché, qu'ils accusent d'avoir « ignoré les alertes ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("petits commerçants", "d'avoir « ignoré les alertes »", "mixed")]


def test_a_pronoun_in_a_relative_after_a_comma_is_the_noun_phrase_opening_the_sentence():
    text = ("« Nous ne lâcherons rien », a lancé Paul Grondin, un locataire du quartier. Le collectif réclame "
            "le gel des loyers et la publication des charges des bailleurs, qu'il accuse de « profiter de la "
            "crise ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Paul Grondin", "Nous ne lâcherons rien", "direct"),
        ("collectif", "profiter de la crise", "direct")]


def test_a_collectives_anaphor_is_not_an_unnamed_institution_of_another_head():
    text = ("« On ne peut plus se loger », a lancé Julie Técher, à l'origine du mouvement. Le collectif "
            "demande « un gel immédiat des loyers ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Julie Técher", "On ne peut plus se loger", "direct"),
        ("collectif", "un gel immédiat des loyers", "direct")]


def test_a_definite_role_noun_is_the_person_named_after_its_indefinite_introduction():
    text = ("Le tribunal de Nantes a condamné lundi un infirmier de 44 ans à un an de prison avec sursis.\n\n"
            "Selon l'accusation, Thierry Garnier avait falsifié les relevés de plusieurs patients.\n\n"
            "L'avocate de la famille, Me Sophie Le Goff, a salué un jugement « juste ».\n\n"
            "L'infirmier, qui n'exerce plus, avait reconnu à l'audience des « erreurs de transcription ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("accusation", "Thierry Garnier avait falsifié les relevés de plusieurs patients", "indirect"),
        ("Sophie Le Goff", "un jugement « juste »", "mixed"),
        ("Thierry Garnier", "à l'audience des « erreurs de transcription »", "mixed")]


def test_a_relative_after_an_inverted_subject_described_between_commas_is_that_subjects_claim():
    text = ("« Les effectifs ont fondu depuis cinq ans », a déploré mardi Karine Jaouen, secrétaire "
            "départementale du syndicat des agents hospitaliers, qui demande « des recrutements immédiats ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Karine Jaouen", "Les effectifs ont fondu depuis cinq ans", "direct"),
        ("Karine Jaouen", "des recrutements immédiats", "direct")]


def test_an_organisation_name_with_lowercase_complements_runs_to_its_acronym_or_its_last_word():
    text = ("La Communauté des communes du pays de Gex et du Jura (CCPGJ) a réclamé « un moratoire » sur "
            "les travaux. Le Groupement des artisans Val-de-Loire, qui compte 300 adhérents, a dénoncé une "
            "mesure « injuste ». Les loyers ont encore grimpé de 4 %, selon l'Observatoire des loyers du "
            "logement durable. Les nappes sont au plus bas, affirment les hydrologues du Bureau de recherches "
            "pour l'eau, les sols et le climat (BREC). Selon la Coordination régionale des associations de "
            "parents et enseignants de montagne, une vingtaine d'écoles sont menacées.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Communauté des communes du pays de Gex et du Jura", "« un moratoire » sur les travaux", "mixed"),
        ("Groupement des artisans Val-de-Loire", "une mesure « injuste »", "mixed"),
        ("Observatoire des loyers du logement durable", "Les loyers ont encore grimpé de 4 %", "indirect"),
        ("Bureau de recherches pour l'eau, les sols et le climat", "Les nappes sont au plus bas", "indirect"),
        ("Coordination régionale des associations de parents et enseignants de montagne",
         "une vingtaine d'écoles sont menacées", "indirect")]


def test_a_relative_after_an_inverted_organisation_with_its_acronym_or_a_titled_name_is_its_claim():
    text = ("Plus de 300 communes sont touchées, a indiqué lundi l'Office national des forêts et de la faune "
            "(ONFF), qui évoque un été « hors norme ». « Personne ne nous écoute », a lancé de son côté "
            "Martine Quéré, secrétaire régionale FO des agents forestiers, qui réclame « des renforts ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Office national des forêts et de la faune", "Plus de 300 communes sont touchées", "indirect"),
        ("Office national des forêts et de la faune", "un été « hors norme »", "mixed"),
        ("Martine Quéré", "Personne ne nous écoute", "direct"),
        ("Martine Quéré", "des renforts", "direct")]


def test_an_object_clitic_before_the_verb_is_no_part_of_the_subject_and_stands_for_its_complement():
    text = ("Le tramway sera prolongé jusqu'à l'aéroport, a annoncé mardi le président de Grenoble Alpes "
            "Métropole, Christophe Ferrari, qui y voit « un projet structurant ». Le préfet lui a assuré "
            "que les crédits seraient débloqués.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Christophe Ferrari", "Le tramway sera prolongé jusqu'à l'aéroport", "indirect"),
        ("Christophe Ferrari", "un projet structurant", "direct"),
        ("préfet", "les crédits seraient débloqués", "indirect")]


def test_a_relative_after_an_according_phrase_or_pour_qui_after_a_described_name_is_a_claim_of_its_own():
    text = ("Quelque 800 touristes sont bloqués dans la vallée, selon la préfecture, qui recommande aux "
            "automobilistes de « différer leurs déplacements ». « Les sols sont saturés », a expliqué "
            "l'hydrologue Marc Delorme, professeur à l'université de Grenoble, pour qui de nouvelles crues "
            "sont « probables » cet hiver.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("préfecture", "Quelque 800 touristes sont bloqués dans la vallée", "indirect"),
        ("préfecture", "aux automobilistes de « différer leurs déplacements »", "mixed"),
        ("Marc Delorme", "Les sols sont saturés", "direct"),
        ("Marc Delorme", "de nouvelles crues sont « probables » cet hiver", "mixed")]


def test_pour_qui_after_people_described_by_a_common_noun_is_no_claim():
    text = "La hausse frappe d'abord les ménages modestes, pour qui l'énergie représente 10 % du budget."
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert cs == []


def test_an_according_phrase_inside_a_relative_reports_the_relative_predicate_and_eux_repeats_a_subject():
    text = ("La préfecture conteste ce bilan, qui selon elle ne tient pas compte des blessés légers. "
            "Les syndicats ont affirmé lundi avoir été reçus, eux aussi, au ministère. Ils rejettent le "
            "projet, dont l'application, selon eux, menacerait des milliers d'emplois. Les élus locaux, "
            "eux, s'inquiètent. Quatre personnes ont été blessées, dont une grièvement, selon les pompiers.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("préfecture", "ne tient pas compte des blessés légers", "indirect"),
        ("syndicats", "avoir été reçus, eux aussi, au ministère", "indirect"),
        ("syndicats", "menacerait des milliers d'emplois", "indirect"),
        ("pompiers", "Quatre personnes ont été blessées, dont une grièvement", "indirect")]


def test_a_relative_after_the_opposition_or_a_group_named_by_a_role_noun_reports_for_it():
    text = ("Le budget a été présenté mardi par le gouvernement, vivement critiqué par l'opposition, qui "
            "dénonce un « matraquage fiscal ». Le maire a reçu jeudi les riverains, qui réclament "
            "« un moratoire » sur le chantier.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("opposition", "un « matraquage fiscal »", "mixed"),
        ("riverains", "« un moratoire » sur le chantier", "mixed")]


def test_the_defendant_noun_refers_to_the_person_tried_or_named_after_the_trial_noun():
    text = ("Le parquet a requis lundi deux ans de prison avec sursis contre Sandrine Morel, l'ancienne "
            "comptable d'une association sportive de Lille, jugée pour abus de confiance. À l'audience, la "
            "prévenue a reconnu avoir « fait des erreurs ». Au procès de Marc Olivier, l'avocat de la partie "
            "civile, Me Paul Renaud, a réclamé « la vérité ». Le prévenu a assuré n'avoir « rien su ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Sandrine Morel", "avoir « fait des erreurs »", "mixed"),
        ("Paul Renaud", "la vérité", "direct"),
        ("Marc Olivier", "n'avoir « rien su »", "mixed")]


def test_cues_of_judgement_take_a_noun_phrase_object_holding_quoted_words():
    text = ("La ministre du Travail, Claire Dufresne, a défendu mercredi un projet « équilibré et "
            "nécessaire ». Le sénateur Paul Martel a raillé un « budget de façade ». La fédération a salué "
            "dans un communiqué un arrêt qui « protège enfin les salariés ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Claire Dufresne", "un projet « équilibré et nécessaire »", "mixed"),
        ("Paul Martel", "un « budget de façade »", "mixed"),
        ("fédération", "un arrêt qui « protège enfin les salariés »", "mixed")]


def test_a_purpose_infinitive_of_speech_after_a_gathering_reports_for_the_main_subject():
    text = ("Plusieurs centaines de viticulteurs ont défilé jeudi dans les rues de Nîmes pour exiger un "
            "« fonds de soutien » face à la crise, dont les effets, selon eux, menacent des milliers "
            "d'emplois. Les habitants du quartier se sont réunis samedi afin de dénoncer une « fermeture "
            "brutale » de la poste. Il est encore trop tôt pour dire que la récolte est perdue.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("viticulteurs", "un « fonds de soutien » face à la crise", "mixed"),
        ("viticulteurs", "menacent des milliers d'emplois", "indirect"),
        ("habitants du quartier", "une « fermeture brutale » de la poste", "mixed")]


def test_a_counted_group_speaks_by_the_people_named_after_the_number_noun():
    text = ("Des milliers de soignants ont dénoncé mardi un « abandon » des hôpitaux. Une centaine de "
            "riverains affirment que le chantier a fissuré leurs maisons.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("soignants", "un « abandon » des hôpitaux", "mixed"),
        ("riverains", "le chantier a fissuré leurs maisons", "indirect")]


def test_an_embassy_is_named_with_its_seat_and_a_later_bare_mention_is_the_same():
    text = ("L'ambassade d'Italie à Tunis a assuré mercredi que ses ressortissants étaient « en sécurité ». "
            "Selon l'ambassade, une cellule de crise a été ouverte.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("ambassade d'Italie à Tunis", "ses ressortissants étaient « en sécurité »", "mixed"),
        ("ambassade d'Italie à Tunis", "une cellule de crise a été ouverte", "indirect")]


def test_a_gerund_of_judgement_takes_an_object_and_its_quoted_attribute():
    text = ("La maire de Nantes, Hélène Borel, a affirmé jeudi que le dialogue restait possible, tout en "
            "jugeant la grève « injustifiée ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Hélène Borel", "le dialogue restait possible", "indirect"),
        ("Hélène Borel", "la grève « injustifiée »", "mixed")]


def test_a_subject_with_a_relative_aside_after_a_fronted_complement_speaks():
    text = ("Devant la mairie, fermée depuis lundi, un commerçant, qui n'a pas voulu donner son nom, dit "
            "ne pas comprendre « cette décision ». « On nous a prévenus la veille », raconte-t-il.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert [g[1:] for g in got] == [("ne pas comprendre « cette décision »", "mixed"),
                                    ("On nous a prévenus la veille", "direct")]
    assert got[0][0] == got[1][0] == "anonymous shopkeeper"


def test_an_infinitive_opening_a_quotation_is_reported_up_to_a_coordinated_verb():
    text = ("Le laboratoire Vexano a indiqué dans un communiqué « prendre note » de la décision et n'a pas "
            "souhaité s'exprimer davantage. Le maire de Vienne, Paul Girod, a assuré avoir renforcé la "
            "sécurité et a refusé tout autre commentaire.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Vexano", "« prendre note » de la décision", "mixed"),
        ("Paul Girod", "avoir renforcé la sécurité", "indirect")]


def test_an_infinitive_complement_may_open_with_an_object_clitic_before_avoir():
    text = ("Le promoteur Luc Berthier a reconnu avoir signé les contrats, mais assuré les avoir « lus "
            "trop vite ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Luc Berthier", "avoir signé les contrats", "indirect"),
        ("Luc Berthier", "les avoir « lus trop vite »", "mixed")]


def test_an_object_with_a_quoted_apposition_is_the_content_unless_an_incise_follows():
    text = ("L'association réclame l'arrêt immédiat du chantier, « une menace pour toute la baie ». "
            "Le maire réclame des moyens, « les caisses sont vides », a ajouté son adjoint.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got[0] == ("association", "l'arrêt immédiat du chantier, « une menace pour toute la baie »", "mixed")
    assert [g[0] for g in got[1:]] == ["adjoint"]


def test_a_speaker_met_by_the_reporter_and_a_short_object_before_a_colon_and_quotation():
    text = ("A Brest, un pêcheur croisé sur le quai résume la colère du port : « On ne peut plus vivre de "
            "notre métier. » Le préfet a lancé un dernier avertissement : « Les barrages seront levés. »")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("anonymous fisherman", "On ne peut plus vivre de notre métier.", "direct"),
        ("préfet", "Les barrages seront levés.", "direct")]


def test_one_of_a_group_named_in_apposition_after_the_verb_speaks():
    text = ("« Nous ne lâcherons rien », a assuré à l'AFP l'un des porte-parole du collectif, Karim Saïdi. "
            "« L'eau est montée en dix minutes », a raconté l'une des sinistrées, Odile Marchand, 67 ans.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Karim Saïdi", "Nous ne lâcherons rien", "direct"),
        ("Odile Marchand", "L'eau est montée en dix minutes", "direct")]


def test_an_inverted_subject_with_autre_before_an_unknown_role_noun_speaks():
    text = "« La vague nous a surpris », a raconté un autre kitesurfeur."
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("anonymous kitesurfeur", "La vague nous a surpris", "direct")]


def test_an_inverted_subject_after_a_complement_of_circumstance_between_commas():
    text = ("« Nous n'avons rien vu venir », a expliqué à la barre, lors de l'audience de jeudi, la "
            "directrice de l'école, Anne Lemoine.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Anne Lemoine", "Nous n'avons rien vu venir", "direct")]


def test_la_juridiction_refers_back_to_the_court_named_before():
    text = ("La cour administrative d'appel de Nantes a validé jeudi le projet de contournement routier. "
            "Dans son arrêt, la juridiction estime que les nuisances sonores restent « limitées ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("cour administrative d'appel de Nantes", "les nuisances sonores restent « limitées »", "mixed")]


def test_an_approximate_number_of_people_with_a_complement_is_a_group():
    text = ("Une quarantaine de chauffeurs de bus ont fait savoir mardi qu'ils cesseraient le travail "
            "dès lundi.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"], c["anonymous"]) for c in cs] == [
        ("chauffeurs de bus", "ils cesseraient le travail dès lundi", "indirect", False)]


def test_a_subject_followed_by_a_dont_apposition_speaks_and_a_letter_is_a_channel():
    text = ("Les trois élus d'opposition, dont l'ancien maire Paul Kerven, dénoncent dans une lettre "
            "ouverte un budget « insincère » et affirment que la dette a doublé en cinq ans.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("élus d'opposition", "un budget « insincère »", "mixed"),
        ("élus d'opposition", "la dette a doublé en cinq ans", "indirect")]


def test_a_breton_name_ending_in_c_h_keeps_its_ending():
    text = ("« On a perdu la moitié de la saison », déplore Erwan Le Bec'h, patron d'une conserverie. "
            "« Personne ne nous a prévenus », ajoute M. Le Bec'h.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Erwan Le Bec'h", "On a perdu la moitié de la saison", "direct"),
        ("Erwan Le Bec'h", "Personne ne nous a prévenus", "direct")]


def test_a_subject_described_by_a_noun_without_article_between_commas_speaks():
    text = ("Le syndicat mixte, gestionnaire du réseau d'eau potable, a assuré mardi que l'eau restait "
            "« parfaitement consommable ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("syndicat mixte", "l'eau restait « parfaitement consommable »", "mixed")]


def test_a_name_after_the_complement_of_an_institution_noun_names_the_institution():
    text = ("Le centre aquatique restera fermé tout l'été, a annoncé lundi la présidente de la "
            "communauté d'agglomération Val de Garonne, Sophie Lacombe.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Sophie Lacombe", "Le centre aquatique restera fermé tout l'été", "indirect")]


def test_the_entourage_of_a_titled_person_is_an_anonymous_source_not_the_person():
    text = ("Le président du conseil départemental, Marc Aubrac, a confirmé la hausse des tarifs. "
            "Une décision « inévitable », a fait valoir l'entourage du président.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"], c["anonymous"]) for c in cs]
    assert got[-1][1:] == ("Une décision « inévitable »", "mixed", True)
    assert got[-1][0] != "Marc Aubrac"


def test_a_name_with_its_own_article_after_a_descriptor_speaks_through_a_relative_clause():
    text = ("Le collectif Les Riverains du port, qui rassemble une centaine de familles, réclame "
            "une étude « indépendante » sur le bruit.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["speaker"]["kind"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Riverains du port", "organization", "une étude « indépendante » sur le bruit", "mixed")]


def test_le_reseau_refers_back_to_the_network_named_in_a_complement():
    text = ("Les relevés ont été effectués par une vingtaine de stations du réseau Atmosud, chargé de "
            "la surveillance de l'air. Les seuils d'alerte ont été dépassés trois jours de suite, a "
            "indiqué le réseau dans un communiqué.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["speaker"]["kind"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Atmosud", "organization", "Les seuils d'alerte ont été dépassés trois jours de suite", "indirect")]


def test_l_etablissement_public_refers_back_to_meteo_france():
    text = ("Météo-France a levé la vigilance orange dans la soirée, a précisé l'établissement public, "
            "qui assure que le risque reste « limité » jeudi.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("Météo-France", "Météo-France a levé la vigilance orange dans la soirée", "indirect"),
        ("Météo-France", "le risque reste « limité » jeudi", "mixed")]


def test_the_outlet_told_is_not_the_subject_of_an_infinitive_after_the_cue():
    text = ("Une riveraine du chantier a raconté à l'AFP avoir signalé les fissures à la mairie "
            "« dès le mois de mai », sans réponse.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("anonymous resident",
         "avoir signalé les fissures à la mairie « dès le mois de mai », sans réponse", "mixed")]


def test_a_place_complement_after_a_bracketed_acronym_completes_the_organisation():
    text = ("Deux alpinistes ont été secourus dans la nuit, a indiqué le peloton de gendarmerie de "
            "montagne (PGM) de la Haute-Savoie, qui appelle à « la plus grande prudence ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("peloton de gendarmerie de montagne de la Haute-Savoie",
         "Deux alpinistes ont été secourus dans la nuit", "indirect"),
        ("peloton de gendarmerie de montagne de la Haute-Savoie",
         "la plus grande prudence", "direct")]


def test_parler_de_reports_only_an_object_carrying_quoted_words():
    text = ("Le trafic a repris samedi sur la ligne, a annoncé la SNCF, qui parle d'un incident "
            "« rarissime » sur ce tronçon. Le maire a parlé de la situation avec les riverains.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("SNCF", "Le trafic a repris samedi sur la ligne", "indirect"),
        ("SNCF", "un incident « rarissime » sur ce tronçon", "mixed")]


def test_a_quoted_figure_closing_a_relative_clause_is_reported_by_its_subject():
    text = ("Trois hommes sont poursuivis pour une fraude aux subventions que le parquet national "
            "financier estime à « près de 12 millions d'euros ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("parquet national financier", "à « près de 12 millions d'euros »", "mixed")]


def test_a_name_complementing_another_name_before_an_apposition_is_no_subject():
    text = ("Un skieur est mort mardi lors du Trophée des Neiges, une compétition amateur organisée "
            "chaque hiver, a indiqué la préfecture de la Savoie.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("préfecture de la Savoie",
         "Un skieur est mort mardi lors du Trophée des Neiges, une compétition amateur organisée chaque hiver",
         "indirect")]


def test_an_object_put_at_a_quoted_figure_in_words_is_reported():
    text = ("Le syndicat des hôteliers, qui évalue le manque à gagner à « plusieurs dizaines de "
            "millions d'euros », réclame une aide de l'Etat.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert ("syndicat des hôteliers", "le manque à gagner à « plusieurs dizaines de millions d'euros »",
            "mixed") in got


def test_selon_laquelle_reports_the_clause_for_the_antecedent():
    text = ("Deux nouveaux foyers ont été détectés dans le département, a annoncé la préfecture du "
            "Jura, selon laquelle la situation reste « sous contrôle ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs] == [
        ("préfecture du Jura", "Deux nouveaux foyers ont été détectés dans le département", "indirect"),
        ("préfecture du Jura", "la situation reste « sous contrôle »", "mixed")]


def test_an_institution_anaphor_skips_a_name_introduced_by_another_institution_noun():
    text = ("L'association Vigie Littoral a déposé un recours contre le projet devant la Cour "
            "européenne des droits de l'homme.\n\n"
            "Une note de l'Anses publiée en mars ne relève aucun risque pour les riverains, mais "
            "l'institut recommande de « renforcer la surveillance » des captages.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got and got[-1][1:] == ("de « renforcer la surveillance » des captages", "mixed")
    assert got[-1][0] not in ("Vigie Littoral", "Cour européenne des droits de l'homme")


def test_elle_refers_back_to_a_company_introduced_by_a_feminine_noun():
    text = ("Le chantier a été suspendu lundi après l'effondrement d'un échafaudage, a-t-on appris "
            "de source policière.\n\n"
            "La société Brévalor, qui gère les travaux, a assuré dans un communiqué avoir respecté "
            "toutes les normes de sécurité. Elle dit « collaborer étroitement » avec les enquêteurs.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert ("Brévalor", "« collaborer étroitement » avec les enquêteurs", "mixed") in got


def test_il_refers_to_a_name_in_apposition_to_a_long_opening_noun_phrase():
    text = ("« Les normes n'ont pas été respectées », a affirmé à l'AFP le directeur de l'agence "
            "régionale de santé, Marc Delorme.\n\n"
            "Le directeur de l'usine, Paul Garnier, rejette ces accusations. Il affirme que les "
            "contrôles sont « effectués chaque semaine ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [
        ("Marc Delorme", "Les normes n'ont pas été respectées", "direct"),
        ("Paul Garnier", "les contrôles sont « effectués chaque semaine »", "mixed")]


def test_elle_refers_to_a_woman_named_after_a_generic_masculine_title():
    text = ("« Le virus circule activement dans la région », a indiqué à l'AFP le professeur Anne "
            "Ricard, infectiologue au CHU de Rennes. Elle a ajouté que les hôpitaux restaient "
            "en mesure d'accueillir les malades.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [
        ("Anne Ricard", "Le virus circule activement dans la région", "direct"),
        ("Anne Ricard", "les hôpitaux restaient en mesure d'accueillir les malades", "indirect")]


def test_il_refers_to_the_name_after_a_detached_bare_title():
    text = ("Gérante d'un restaurant installé sur le port depuis vingt ans, Claire Bonnet dit avoir "
            "perdu « la moitié » de sa clientèle. « Sans les touristes, on ne tiendra pas l'hiver », "
            "prévient-elle.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [
        ("Claire Bonnet", "avoir perdu « la moitié » de sa clientèle", "mixed"),
        ("Claire Bonnet", "Sans les touristes, on ne tiendra pas l'hiver", "direct")]


def test_cercle_heads_an_organisation_name():
    text = ("Le Cercle philatélique de la Marne regrette que les bureaux de poste ne vendent "
            "« presque plus » de timbres de collection.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Cercle philatélique de la Marne",
                    "les bureaux de poste ne vendent « presque plus » de timbres de collection", "mixed")]


def test_acronym_then_place_complement_names_the_local_organisation():
    text = ("La Fédération nationale des transports routiers (FNTR) de la Gironde a dénoncé mardi "
            "une hausse des péages « injustifiable ». La FNTR a ajouté que les transporteurs "
            "bloqueraient la rocade.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["speaker"]["name"], c["speaker"]["mention"]["text"],
            c["content"]["text"], c["mode"]) for c in cs]
    org = "Fédération nationale des transports routiers de la Gironde"
    assert got == [
        (org, "FNTR de la Gironde", "La Fédération nationale des transports routiers (FNTR) de la Gironde",
         "une hausse des péages « injustifiable »", "mixed"),
        (org, "FNTR de la Gironde", "FNTR", "les transporteurs bloqueraient la rocade", "indirect")]


def test_name_with_its_own_article_goes_on_with_a_complement_with_an_article():
    text = ("Le collectif Les Voisins de l'Étang, qui regroupe 200 riverains, réclame « une vraie "
            "concertation » sur le projet. Une réunion publique est prévue en mai, selon le collectif.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [
        ("Voisins de l'Étang", "« une vraie concertation » sur le projet", "mixed"),
        ("Voisins de l'Étang", "Une réunion publique est prévue en mai", "indirect")]


def test_title_complement_with_its_own_complement_keeps_the_apposed_name():
    text = ("Le président de la chambre de commerce de Toulon, Marc Olivieri, a réclamé "
            "un plan d'aide « d'urgence ». Selon lui, une centaine de commerces pourraient fermer. "
            "La vice-présidente de la chambre d'agriculture de la Drôme, Anne Vial, a dénoncé "
            "des pertes « colossales ». Selon elle, les vergers ne survivront pas à l'été.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [
        ("Marc Olivieri", "un plan d'aide « d'urgence »", "mixed"),
        ("Marc Olivieri", "une centaine de commerces pourraient fermer", "indirect"),
        ("Anne Vial", "des pertes « colossales »", "mixed"),
        ("Anne Vial", "les vergers ne survivront pas à l'été", "indirect")]


def test_association_name_ending_with_a_department_number_before_its_verb():
    text = ("L'association écologiste Air pur 76 estime pour sa part que les "
            "contrôles de l'usine restent « bien trop rares ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Air pur 76", "les contrôles de l'usine restent « bien trop rares »", "mixed")]


def test_bare_plural_of_people_completing_a_noun_is_the_relative_antecedent():
    text = ("La mairie a maintenu le chantier, malgré l'opposition de riverains qui réclament "
            "« un vrai dialogue ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("riverains", "un vrai dialogue", "direct")]


def test_quoted_attribute_of_se_dire_with_its_cause_after_par_is_mixed():
    text = ("Le syndicat des pêcheurs s'est dit « très inquiet » par la baisse des quotas annoncée "
            "à Bruxelles. Le maire s'est dit « surpris » par cette décision.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [
        ("syndicat des pêcheurs", "« très inquiet » par la baisse des quotas annoncée à Bruxelles", "mixed"),
        ("maire", "surpris", "direct")]


def test_quoted_attribute_before_its_object_runs_to_the_end_of_the_object():
    text = ("Dans un rapport publié mardi, l'Autorité de sûreté nucléaire a jugé « préoccupante » "
            "la corrosion des tuyauteries du réacteur, qui doit redémarrer en mai. "
            "Les riverains jugent « inacceptable » que l'usine « continue de rejeter » ses eaux dans la rivière.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [
        ("Autorité de sûreté nucléaire", "« préoccupante » la corrosion des tuyauteries du réacteur", "mixed"),
        ("riverains", "« inacceptable » que l'usine « continue de rejeter » ses eaux dans la rivière", "mixed")]


def test_relative_completing_the_object_before_an_inverted_speaker_is_no_subject_aside():
    text = ("Des inspecteurs ont constaté des infiltrations « sérieuses » dans le toit du gymnase, "
            "qui accueille 600 élèves, a indiqué la mairie de Brive.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("mairie de Brive",
                    "Des inspecteurs ont constaté des infiltrations « sérieuses » dans le toit du gymnase, "
                    "qui accueille 600 élèves", "mixed")]


def test_absolute_participle_clause_before_an_inverted_speaker_is_reported_words():
    text = ("Le festival se tiendra loin de chez lui cette année, son site ayant été inondé "
            "pour la deuxième fois, a annoncé jeudi l'association organisatrice.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("association organisatrice",
                    "Le festival se tiendra loin de chez lui cette année, son site ayant été inondé "
                    "pour la deuxième fois", "indirect")]


def test_pronoun_after_a_subject_in_apposition_to_a_named_company_goes_to_the_company():
    text = ("Marie Lenoir, qui tient la librairie depuis trente ans, dit avoir « tout essayé » pour la sauver.\n\n"
            "L'acquéreur, le groupe Fontalis, veut transformer le local en agence bancaire. "
            "Il affirme dans un communiqué que le quartier manque de services.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [
        ("Marie Lenoir", "avoir « tout essayé » pour la sauver", "mixed"),
        ("Fontalis", "le quartier manque de services", "indirect")]


def test_participle_after_a_main_clause_whose_subject_has_a_relative_aside():
    text = ("Interrogé par l'AFP, un grossiste lyonnais, qui a requis l'anonymat, conteste ces chiffres, "
            "affirmant que les pertes « ont été largement exagérées ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert len(got) == 1
    assert got[0][1:] == ("les pertes « ont été largement exagérées »", "mixed")
    assert cs[0]["anonymous"]


def test_capitalised_ordinal_ranking_before_de_is_no_speaker_name():
    text = ("Le club a annoncé mercredi le départ de son entraîneur. Cinquième de Ligue 2, "
            "l'équipe a perdu ses trois derniers matches. « Nous allons repartir de zéro », "
            "a déclaré le président du club, Marc Tessier.\n\n"
            "Deuxième du classement, Bastia a assuré qu'il ne recruterait pas cet hiver.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert all("ième" not in g[0] for g in got)
    assert ("Marc Tessier", "Nous allons repartir de zéro", "direct") in got
    assert ("Bastia", "il ne recruterait pas cet hiver", "indirect") in got


def test_acronym_then_contracted_place_complement_after_a_coordinated_name():
    text = ("Selon la chambre de métiers et de l'artisanat (CMA) du Cher, une centaine d'entreprises "
            "sont menacées. Elle réclame « un geste fort » de l'Etat.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["speaker"]["name"], c["content"]["text"], c["mode"]) for c in cs]
    org = "chambre de métiers et de l'artisanat du Cher"
    assert got == [
        (org, "CMA du Cher", "une centaine d'entreprises sont menacées", "indirect"),
        (org, "CMA du Cher", "« un geste fort » de l'Etat", "mixed")]


def test_justify_a_decision_by_quoted_reasons_is_a_mixed_justification():
    text = ("La société d'autoroutes justifie cette hausse par « le coût des travaux » engagés depuis 2022, "
            "et par l'inflation.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"], c["kind"]) for c in cs]
    assert got == [("société d'autoroutes",
                    "cette hausse par « le coût des travaux » engagés depuis 2022, et par l'inflation",
                    "mixed", "justification")]


def test_participle_phrase_after_a_quoted_object_describes_its_noun():
    text = ("Le préfet défend pour sa part une mesure « réclamée par les riverains », "
            "exaspérés par le bruit des camions. Il a ajouté que des contrôles auraient lieu.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got[0] == ("préfet", "une mesure « réclamée par les riverains », exaspérés par le bruit des camions",
                      "mixed")


def test_scientist_title_with_institution_complement_before_a_name_names_the_speaker():
    text = ("« Les secousses devraient diminuer dans les prochains jours », a indiqué à l'AFP "
            "la sismologue de l'INGV Giulia Ferraro.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Giulia Ferraro", "Les secousses devraient diminuer dans les prochains jours", "direct")]


def test_institution_after_preposition_in_apposition_is_the_affiliation_not_the_speaker():
    text = ("L'épidémiologiste Claire Vasseur, du CHU de Brest, estime que la vague de grippe "
            "a atteint son pic.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Claire Vasseur", "la vague de grippe a atteint son pic", "indirect")]


def test_cabinet_of_an_official_named_by_title_speaks_as_an_office():
    text = ("Ces chiffres sont « fantaisistes », a rétorqué le cabinet du préfet, qui assure que "
            "les contrôles ont été renforcés.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("cabinet du préfet", "Ces chiffres sont « fantaisistes »", "mixed"),
                   ("cabinet du préfet", "les contrôles ont été renforcés", "indirect")]


def test_region_name_after_an_acronym_completes_a_preposed_organisation():
    text = ("L'agence régionale de santé (ARS) Occitanie a confirmé que le barrage "
            "ne présentait aucun risque.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("agence régionale de santé Occitanie",
                    "le barrage ne présentait aucun risque", "indirect")]


def test_amicale_is_an_organisation_head_keeping_its_complements():
    text = ("L'Amicale des anciens des Chantiers de Saint-Nazaire, qui réunit 300 membres, "
            "dénonce un projet « indigne » de la mémoire ouvrière.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Amicale des anciens des Chantiers de Saint-Nazaire",
                    "un projet « indigne » de la mémoire ouvrière", "mixed")]


def test_quoted_attribute_ending_with_an_infinitive_takes_its_object_after_the_quotation():
    text = "Le département s'est dit « disposé à soutenir » les communes sinistrées par la tempête."
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("département", "« disposé à soutenir » les communes sinistrées par la tempête", "mixed")]


def test_bare_noun_complement_between_verb_and_inverted_subject_is_skipped():
    text = ("« Le budget sera tenu », a assuré lundi en séance plénière le président du conseil régional, "
            "Alain Rousset.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"], c["channel"]) for c in cs]
    assert got == [("Alain Rousset", "Le budget sera tenu", "direct", None)]


def test_acronym_then_plural_place_complement_is_one_organisation():
    text = "La CFDT des Pyrénées-Orientales dénonce une réforme « bâclée » des horaires de travail."
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("CFDT des Pyrénées-Orientales", "une réforme « bâclée » des horaires de travail", "mixed")]


def test_name_after_institution_in_selon_phrase_is_the_reported_subject():
    text = ("Selon le parquet de Rennes, Jérôme Kerbrat, 47 ans, aurait détourné près de "
            "200 000 euros en quatre ans.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("parquet de Rennes",
                    "Jérôme Kerbrat, 47 ans, aurait détourné près de 200 000 euros en quatre ans",
                    "indirect")]


def test_detailler_in_incise_with_title_and_apposed_name_then_lors_de():
    text = ("« Les premiers essais sont concluants », a détaillé le directeur du laboratoire, "
            "Marc Tessier, lors d'un point presse.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Marc Tessier", "Les premiers essais sont concluants", "direct")]


def test_pronoun_after_fronted_compound_place_refers_to_the_titled_subject():
    text = ("Le ministère a rappelé que les arrêtés restaient en vigueur. A Saint-Jean-de-Luz, "
            "le maire, Paul Etcheverry, a annoncé la fermeture des plages. « Nous n'avons pas le "
            "choix », a-t-il expliqué.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got[-1] == ("Paul Etcheverry", "Nous n'avons pas le choix", "direct")


def test_possessed_lawyer_resolves_to_the_lawyer_named_later_by_honorific():
    text = ("Le cycliste Julien Morvan va faire appel de sa suspension, a indiqué mardi son avocat. "
            "Me Hugo Lestrade a précisé avoir saisi le tribunal arbitral du sport.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Hugo Lestrade", "Le cycliste Julien Morvan va faire appel de sa suspension", "indirect"),
                   ("Hugo Lestrade", "avoir saisi le tribunal arbitral du sport", "indirect")]


def test_one_of_them_as_subject_is_an_unnamed_member_of_the_group():
    text = ("Les trois gardiens ont été mis en examen pour négligence. L'un d'eux a assuré aux "
            "enquêteurs que la porte était « fermée à clé ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"], c["anonymous"]) for c in cs]
    assert got == [("anonymous one of trois gardiens", "la porte était « fermée à clé »", "mixed", True)]


def test_passive_agent_keeps_its_bare_noun_complement_before_the_infinitive():
    text = ("Le bailleur, accusé par des collectifs de locataires d'avoir laissé les immeubles se "
            "dégrader, a annoncé un plan de rénovation.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got[0] == ("collectifs de locataires", "d'avoir laissé les immeubles se dégrader", "indirect")


def test_acronym_then_hyphenated_place_with_qualifier_word_is_one_name():
    text = "La FSU des Hauts-de-Seine a dénoncé mardi des classes « surchargées » dans les collèges."
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("FSU des Hauts-de-Seine", "des classes « surchargées » dans les collèges", "mixed")]


def test_relative_after_elided_noun_phrase_opening_the_sentence_is_a_claim_of_that_subject():
    text = ("L'intersyndicale, qui dénonce une réforme « imposée à marche forcée », appelle à une "
            "nouvelle journée de mobilisation jeudi.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got[0] == ("intersyndicale", "une réforme « imposée à marche forcée »", "mixed")


def test_relative_after_inverted_name_with_age_and_description_is_a_second_claim():
    text = ("« On ne dort plus depuis des semaines », confie Sandrine, 41 ans, infirmière de nuit "
            "à Rouen, qui affirme avoir demandé sa mutation.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Sandrine", "On ne dort plus depuis des semaines", "direct"),
                   ("Sandrine", "avoir demandé sa mutation", "indirect")]


def test_reflexive_amusement_cue_with_inverted_pronoun_after_a_quote():
    text = ("Le vigneron Alain Ribes a gardé la bouteille vingt ans. « Personne ne voulait y "
            "goûter », s'amuse-t-il.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Alain Ribes", "Personne ne voulait y goûter", "direct")]


def test_place_complement_with_unknown_noun_before_the_inverted_subject_is_no_outlet():
    text = ("« On m'a volé quarante brebis en une seule nuit », a témoigné à la barre Sylvie Marty, "
            "bergère dans le Tarn.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Sylvie Marty", "On m'a volé quarante brebis en une seule nuit", "direct")]


def test_resumptive_relative_of_a_denial_ends_the_content_and_gives_no_speaker_que():
    # the denial is a claim of its own, its object the pronoun « ce » resuming the words before
    text = ("Le syndicat reproche à la direction d'avoir « fermé les yeux » sur les retards de "
            "paiement, ce que le groupe a démenti mardi.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"], c["kind"]) for c in cs]
    assert got == [("syndicat", "à la direction d'avoir « fermé les yeux » sur les retards de paiement",
                    "mixed", "accusation"), ("groupe", "ce", "indirect", "denial")]


@pytest.mark.parametrize("text, denier", [
    ("Kinshasa accuse le Rwanda de soutenir le M23, ce que Kigali dément.", "Rwanda"),
    # the subject after the verb
    ("Un employé affirme que les groupes ont été mis à l'eau, ce que conteste la direction.", "direction"),
])
def test_a_denial_resuming_the_words_before_is_a_claim_of_its_speaker(text, denier):
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["name"], c["kind"], c["content"]["text"]) for c in cs][1:] == [(denier, "denial", "ce")]


def test_an_infinitive_after_de_is_no_complement_of_the_noun_before():
    # « accusent la direction d'avoir caché »: the accused is « la direction », not « direction d'avoir »
    cs = chronique.analyze("Des familles accusent la direction d'avoir caché l'épidémie. La direction a démenti "
                           "toute négligence.", published=PUB, lang="fr").claims
    assert [(c["speaker"]["name"], c["kind"]) for c in cs] == [("familles", "accusation"), ("direction", "denial")]


def test_demonstrative_subject_pronoun_refers_to_the_nearest_agreeing_person_not_the_subject():
    text = ("Devant les juges, la présidente, Hélène Marchand, a interrogé longuement M. Dufresne. "
            "Celui-ci a affirmé ne « rien savoir » des fausses factures.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Dufresne", "ne « rien savoir » des fausses factures", "mixed")]


def test_demonstrative_pronoun_may_refer_to_a_person_named_after_a_preposition():
    text = ("Marion Lestrade, ancienne directrice de cabinet, succède à Paul Revel. Celui-ci a "
            "assuré partir « sans regret ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Paul Revel", "partir « sans regret »", "mixed")]


def test_pronoun_refers_to_a_name_introduced_by_a_capitalised_nationality_noun_in_apposition():
    text = ("Le champion sortant, Marc Olivier, a abandonné. Le deuxième de l'étape, l'Espagnol "
            "Javier Ortuño, prend la tête du classement. « C'est une victoire amère », a-t-il "
            "commenté.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Javier Ortuño", "C'est une victoire amère", "direct")]


def test_noun_after_a_preposition_of_place_before_an_inverted_name_gives_no_gender_to_the_name():
    text = ("« On m'a pris tout mon matériel », a raconté à la barre Julien Ferrand, artisan à Albi. "
            "Il affirme avoir porté plainte « dès le lendemain ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Julien Ferrand", "On m'a pris tout mon matériel", "direct"),
                   ("Julien Ferrand", "avoir porté plainte « dès le lendemain »", "mixed")]


@pytest.mark.parametrize("text, speaker", [
    ("« Nous ne lâcherons rien », a lancé l'un des grévistes, le conducteur Karim Benali.", "Karim Benali"),
    ("« Nous ne lâcherons rien », a lancé l'une des élues, la conseillère à l'urbanisme Agnès Roubaud.",
     "Agnès Roubaud"),
])
def test_one_of_a_group_named_in_apposition_after_a_title_speaks(text, speaker):
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [(speaker, "Nous ne lâcherons rien", "direct")]


def test_title_of_a_passive_agent_after_a_copula_form_keeps_its_gender_for_a_later_pronoun():
    text = ("La revue a retiré l'article lundi. Selon son éditrice, la procédure a duré deux ans.\n\n"
            "Les anomalies avaient été repérées sur un forum par la biologiste belge Anke Verhoeven, "
            "spécialiste des fraudes. « Les courbes avaient été recopiées », affirme-t-elle.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got[-1] == ("Anke Verhoeven", "Les courbes avaient été recopiées", "direct")
    assert cs[-1]["speaker"]["titles"]


def test_verb_of_tempering_before_a_colon_introduces_a_quotation():
    text = ("À la sortie de l'usine, Nadia, 34 ans, relativise : « On a connu pire. Les commandes "
            "vont revenir. »")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Nadia", "On a connu pire. Les commandes vont revenir.", "direct")]


def test_region_name_with_a_capitalised_copula_form_completes_the_agency_after_its_acronym():
    text = ("Quatorze cas de dengue ont été confirmés en une semaine, a indiqué jeudi l'agence régionale "
            "de santé (ARS) Grand Est, qui invite les habitants à « vider les eaux stagnantes ».")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert [g[0] for g in got] == ["agence régionale de santé Grand Est"] * 2
    assert got[1][1:] == ("les habitants à « vider les eaux stagnantes »", "mixed")


def test_participle_clause_after_a_present_verb_takes_the_organisation_anaphor_subject():
    text = ("La Fédération française de rugby a lancé une enquête interne. Le club conteste ces "
            "accusations, affirmant que ses joueurs « n'ont jamais été informés » du contrôle.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("club", "ses joueurs « n'ont jamais été informés » du contrôle", "mixed")]


def test_se_dire_with_an_unquoted_attribute_carrying_quoted_words_is_a_claim():
    text = ("La région s'est dite prête à financer la moitié des travaux « si la commune s'engage "
            "à son tour ». Le maire s'est dit « soulagé » par cette annonce.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("région", "prête à financer la moitié des travaux « si la commune s'engage à son tour »",
                    "mixed"),
                   ("maire", "soulagé", "direct")]


def test_name_after_an_organisation_noun_keeps_its_capitalised_complements():
    text = ("Le syndicat Force Solidaire des Hautes-Alpes dénonce des « économies de bouts de chandelle » "
            "dans les hôpitaux du département.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("Force Solidaire des Hautes-Alpes", "des « économies de bouts de chandelle » dans les "
                    "hôpitaux du département", "mixed")]


def test_lowercase_district_with_its_complement_is_one_institution():
    text = ("Le district de la Côte d'Opale a condamné des insultes « intolérables » envers un arbitre. "
            "Il a annoncé l'ouverture d'une enquête disciplinaire.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("district de la Côte d'Opale", "des insultes « intolérables » envers un arbitre", "mixed"),
                   ("district de la Côte d'Opale", "l'ouverture d'une enquête disciplinaire", "indirect")]


def test_se_dire_with_two_coordinated_quoted_attributes_takes_both_and_their_complements():
    text = ("La chambre d'agriculture s'est dite « solidaire » des éleveurs mais « opposée » à tout "
            "blocage des routes.")
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    got = [(c["speaker"]["entity"], c["content"]["text"], c["mode"]) for c in cs]
    assert got == [("chambre d'agriculture", "« solidaire » des éleveurs mais « opposée » à tout blocage des routes",
                    "mixed")]


def _fr_claims(text):
    return [(c["speaker"]["entity"], c["content"]["text"], c["mode"])
            for c in chronique.analyze(text, published=PUB, lang="fr").claims]


def test_communique_published_before_speaks_for_its_publisher():
    assert _fr_claims("Le ministère de la Défense a publié un communiqué mardi. Le communiqué ajoute que "
                      "12 soldats ont été tués.") == [
        ("ministère de la Défense", "12 soldats ont été tués", "indirect")]


def test_communique_a_speaker_spoke_in_before_speaks_for_that_speaker():
    assert _fr_claims("Dans un communiqué, la préfecture a indiqué que la route était fermée. Le communiqué "
                      "précise que les secours sont sur place.") == [
        ("préfecture", "la route était fermée", "indirect"),
        ("préfecture", "les secours sont sur place", "indirect")]


def test_selon_a_document_named_before_reports_the_clause_after_its_comma():
    assert _fr_claims("L'armée a diffusé un communiqué. Selon le communiqué, les combats ont cessé.") == [
        ("armée", "les combats ont cessé", "indirect")]


def test_selon_closing_the_sentence_is_no_part_of_the_verbs_reported_words():
    assert _fr_claims("Le président a affirmé qu'il était innocent, selon son entourage.") == [
        ("président", "il était innocent", "indirect"),
        ("anonymous aides", "Le président a affirmé qu'il était innocent", "indirect")]


def test_pour_after_a_comma_is_no_attribution_closing_the_reported_words():
    assert _fr_claims("Le directeur a indiqué que les travaux commenceraient en mars, pour une mise en "
                      "service en 2029.") == [
        ("directeur", "les travaux commenceraient en mars, pour une mise en service en 2029", "indirect")]


@pytest.mark.parametrize("text, expected", [
    ("Des témoins ont fait état de plusieurs explosions avant l'aube.",
     [("anonymous witness", "plusieurs explosions avant l'aube", "indirect")]),
    ("Les habitants font état de coupures d'électricité répétées.",
     [("habitants", "coupures d'électricité répétées", "indirect")]),
    ("L'armée fait état d'une dizaine de blessés.", [("armée", "une dizaine de blessés", "indirect")]),
])
def test_faire_etat_de_reports_its_object_with_or_without_article(text, expected):
    assert _fr_claims(text) == expected


def test_channel_phrase_opening_the_sentence_is_the_channel_of_its_speakers_claim():
    cs = chronique.analyze("Dans un entretien au Monde, la sénatrice assure qu'elle votera contre le texte.",
                           published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["channel"]) for c in cs] == [("sénatrice", "interview")]


def test_subject_cut_off_by_an_incise_whose_verb_takes_an_outlet_is_reported_in_two_parts():
    cs = chronique.analyze("La décision, a confié un haut responsable à l'AFP, a été prise la semaine dernière.",
                           published=PUB, lang="fr").claims
    assert [[p["text"] for p in c["content"]["parts"]] for c in cs] == [
        ["La décision", "a été prise la semaine dernière"]]


@pytest.mark.parametrize("text, kind", [
    ("Le suspect aurait fui en Espagne, selon la police.", "report"),
    ("Près de 25.000 ponts seraient en mauvais état, selon la mairie.", "report"),
    ("Le pont pourrait rouvrir lundi, selon la mairie.", "prediction"),
])
def test_the_conditional_of_hearsay_makes_a_report_and_pourrait_a_prediction(text, kind):
    assert [c["kind"] for c in chronique.analyze(text, published=PUB, lang="fr").claims] == [kind]


def test_a_date_in_an_aside_about_the_speaker_dates_the_claim():
    cs = chronique.analyze("« Pour moi, c'est le seul moyen de voyager », témoigne Huguette, 79 ans, rencontrée "
                           "mardi sur le quai.", published="2024-03-14", lang="fr").claims
    assert [c["time"]["value"] for c in cs] == ["2024-03-12"]


@pytest.mark.parametrize("text, content", [
    ("On apprenait mardi de source judiciaire que le suspect avait été mis en examen.",
     "le suspect avait été mis en examen"),
    ("On apprend de source policière que le suspect a été arrêté.", "le suspect a été arrêté"),
    ("On apprenait mardi de source judiciaire qu'il avait été mis en examen.", "il avait été mis en examen"),
])
def test_a_source_after_a_verb_of_learning_reports_the_que_clause(text, content):
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["anonymous"], c["content"]["text"]) for c in cs] == [(True, content)]


def test_a_source_inside_another_speakers_words_adds_no_claim_with_a_cut_complementizer():
    cs = chronique.analyze("Le ministre a indiqué selon ses proches qu'il ne démissionnerait pas.",
                           published=PUB, lang="fr").claims
    assert [c["content"]["text"] for c in cs] == ["il ne démissionnerait pas"]


def _claim_rows(text):
    return [(c["speaker"]["entity"], c["speaker"]["kind"], c["content"]["text"], c["channel"], c["anonymous"],
             c["rule"]) for c in chronique.analyze(text, published=PUB, lang="fr").claims]


@pytest.mark.parametrize("text, speaker", [
    ("PARIS (AFP) - Selon nos informations, le ministre va démissionner.", "AFP"),
    ("D'après nos informations, le ministre va démissionner.", "la rédaction"),
])
def test_selon_nos_informations_is_a_claim_of_the_publication_on_unnamed_sources(text, speaker):
    [(e, kind, content, _, anon, rule)] = _claim_rows(text)
    assert (e, kind, content, anon) == (speaker, "organization", "le ministre va démissionner", True)
    assert rule.endswith("-own-reporting")


def test_an_outlet_that_a_appris_que_reports_its_own_reporting():
    [(e, _, content, _, anon, rule)] = _claim_rows("Le Monde a appris que le ministre allait démissionner.")
    assert (e, content, anon) == ("Le Monde", "le ministre allait démissionner", True)
    assert rule.endswith("-own-reporting")
    [(e, _, _, _, anon, rule)] = _claim_rows("Le ministre va démissionner, a appris l'AFP.")
    assert (e, anon) == ("AFP", True) and rule.endswith("-own-reporting")


def test_someone_but_an_outlet_who_a_appris_que_reports_nothing():
    assert _claim_rows("Il a appris que son contrat ne serait pas renouvelé.") == []


@pytest.mark.parametrize("text", [
    "Le communiqué du ministère indique que l'entreprise fera appel.",
    "Selon le communiqué du ministère, l'entreprise fera appel.",
    "Le ministère a publié un communiqué. Le communiqué précise que l'entreprise fera appel.",
])
def test_a_communique_of_its_issuer_is_the_issuers_claim_through_a_statement(text):
    [(e, _, content, channel, _, _)] = _claim_rows(text)
    assert (e, content, channel) == ("ministère", "l'entreprise fera appel", "statement")


def test_dans_son_communique_is_a_channel():
    [(e, _, _, channel, _, _)] = _claim_rows("Dans son communiqué, Jean Dupont affirme que l'entreprise fera appel.")
    assert (e, channel) == ("Jean Dupont", "statement")


def test_the_lawyers_of_someone_speak_not_their_client():
    assert [e for e, *_ in _claim_rows("Les avocats de Jean Dupont ont affirmé que l'entreprise fera appel.")] == [
        "avocats de Jean Dupont"]


@pytest.mark.parametrize("text, speaker, anonymous", [
    ("Le ministre va démissionner, a appris l'AFP de source policière.", "anonymous police source", True),
    ("Le ministre va démissionner, a appris l'AFP auprès du ministère.", "ministère", False),
])
def test_the_source_an_outlet_a_appris_from_speaks_not_the_verb_and_the_outlet(text, speaker, anonymous):
    assert [(e, c, anon) for e, _, c, _, anon, _ in _claim_rows(text)] == [
        (speaker, "Le ministre va démissionner", anonymous)]


def test_the_source_an_outlet_a_appris_from_before_que_speaks():
    rows = _claim_rows("Le Parisien a appris auprès de ses proches que le ministre allait démissionner.")
    assert [(e, c, anon) for e, _, c, _, anon, _ in rows] == [
        ("anonymous associate", "le ministre allait démissionner", True)]


def test_communique_the_participle_after_a_noun_is_no_channel():
    rows = _claim_rows("Selon un bilan communiqué par la préfecture, un homme est mort.")
    assert [(e, ch) for e, _, _, ch, _, _ in rows] == [("préfecture", None)]


@pytest.mark.parametrize("text, speaker, content, value", [
    ("Les discussions sur l'aide financière, elles, ont échoué dans la nuit et reprendront début 2024, "
     "a indiqué vendredi le président du Conseil européen.", "président du Conseil européen",
     "Les discussions sur l'aide financière, elles, ont échoué dans la nuit et reprendront début 2024", "2024-03-08"),
    ("Le ministre, lui, a refusé de signer, a affirmé mardi à l'AFP le porte-parole du gouvernement.",
     "porte-parole du gouvernement", "Le ministre, lui, a refusé de signer", "2024-03-12"),
    ("Les discussions ont échoué, a déclaré lundi soir le ministre.", "ministre", "Les discussions ont échoué",
     "2024-03-11TEV"),
])
def test_stressed_pronoun_repeating_the_subject_leaves_the_inverted_speaker_dated_by_its_day(
        text, speaker, content, value):
    [c] = chronique.analyze(text, published=PUB, lang="fr").claims
    assert (c["speaker"]["entity"], c["content"]["text"], c["time"]["value"]) == (speaker, content, value)


def test_stressed_pronoun_repeating_the_subject_without_a_speaker_after_gives_no_claim():
    assert _claim_rows("Les plaisanciers, eux, ont hésité, même si le port a rouvert.") == []
    assert [c for _, _, c, *_ in _claim_rows("Les habitants, eux, ont affirmé que rien n'avait changé.")] == [
        "rien n'avait changé"]


def _times(text, published):
    return [(c["speaker"]["entity"], c["time"]["value"])
            for c in chronique.analyze(text, published=published, lang="fr").claims]


@pytest.mark.parametrize("text, published, times", [
    # « selon » or a verb in the present: told now, not on the day of the sentence before
    ("Viktor Orban avait menacé la semaine dernière de bloquer toute décision. Selon un diplomate européen, "
     "il aurait obtenu en échange le déblocage de 10 milliards d'euros.", "2023-12-14",
     [("Viktor Orban", "2023-W49"), ("anonymous EU diplomat", "2023-12-14")]),
    ("Les syndicats ont appelé à de nouvelles mobilisations samedi. La FNSEA menace de bloquer les routes "
     "dès la semaine prochaine.", "2024-10-03", [("syndicats", "2024-10-03"), ("FNSEA", "2024-10-03")]),
    # a verb in a past tense keeps the day of its paragraph where that day sets the scene of the saying:
    # a speaker carrying on from the sentence before (a possessive), an act of speech that day
    ("Les syndicats ont manifesté samedi. Leur porte-parole a déclaré que rien ne changerait.", "2024-10-03",
     [("anonymous spokesperson", "2024-09-28")]),
    ("Les États-Unis ont annoncé mardi soir l'envoi de soldats. Le ministre a accusé l'Iran de mentir.",
     "2024-10-03", [("ministre", "2024-10-01TEV")]),
])
def test_a_claim_told_now_is_not_dated_by_an_earlier_sentence(text, published, times):
    assert _times(text, published) == times


@pytest.mark.parametrize("text, content", [
    ("Il y a deux semaines, les députés avaient menacé de bloquer toute mesure temporaire, et mardi soir le "
     "président comptait encore les voix.", "de bloquer toute mesure temporaire"),
    ("Le syndicat a menacé de bloquer les routes, et le ministre a dû céder.", "de bloquer les routes"),
    # no clause of its own after the coordinator: the content goes on
    ("Le syndicat a menacé de faire grève lundi, et mardi si nécessaire.", "de faire grève lundi, et mardi si nécessaire"),
])
def test_an_infinitive_content_ends_before_a_coordinated_clause_of_its_own(text, content):
    assert [c for _, _, c, *_ in _claim_rows(text)] == [content]


@pytest.mark.parametrize("text, speaker", [
    ("Selon les informations du Monde, le ministre va démissionner.", "Le Monde"),
    ("Selon nos confrères du Parisien, le maire a été entendu.", "Le Parisien"),
    ("Le maire a été entendu, d'après nos confrères du Figaro.", "Le Figaro"),
    ("Selon nos confrères de Libération, le texte sera retiré.", "Libération"),
    ("Selon les révélations des Echos, le texte sera retiré.", "Les Echos"),
])
def test_an_outlet_named_after_its_informations_or_our_colleagues_is_that_outlet(text, speaker):
    [(e, kind, *_)] = _claim_rows(text)
    assert (e, kind) == (speaker, "organization")


def test_a_name_of_an_outlet_after_another_noun_is_no_outlet():
    rows = _claim_rows("Selon les organisateurs de la Coupe du Monde, le match aura lieu.")
    assert [(e, c) for e, _, c, *_ in rows] == [("organisateurs de la Coupe du Monde", "le match aura lieu")]
    assert [e for e, *_ in _claim_rows("Selon les informations du ministère, le texte sera retiré.")] == ["ministère"]


@pytest.mark.parametrize("text, kind", [
    ("Le maire a averti que la crue pourrait toucher le centre-ville.", "warning"),
    ("Le syndicat dénonce une réforme « injuste et brutale ».", "criticism"),
    ("Les habitants déplorent que les travaux aient pris du retard.", "complaint"),
    ("L'opposition réclame que le ministre démissionne.", "demand"),
    ("Le maire a appelé les habitants à « rester chez eux ».", "appeal"),
    ("Le président a promis que les salaires seraient revalorisés.", "promise"),
    ("Le directeur a reconnu que l'entreprise avait commis des erreurs.", "admission"),
    ("« J'ai vu les flammes monter », raconte une voisine.", "testimony"),
    ("L'agence recommande aux voyageurs de « reporter leur départ ».", "recommendation"),
    ("L'économiste estime que la croissance restera faible.", "assessment"),
    ("Le ministre a expliqué que la mesure était temporaire.", "justification"),
    ("L'entreprise a annoncé qu'elle fermerait deux usines.", "announcement"),
    ("L'opposition accuse le gouvernement d'avoir menti.", "accusation"),
    ("Selon la police, le suspect a pris la fuite.", "report"),
])
def test_a_cue_verb_makes_the_speech_act_it_states(text, kind):
    assert [c["kind"] for c in chronique.analyze(text, published=PUB, lang="fr").claims] == [kind]


def test_a_neutral_cue_verb_makes_a_statement():
    cs = chronique.analyze("Le maire a déclaré que le pont était sûr.", published=PUB, lang="fr").claims
    assert [c["kind"] for c in cs] == ["statement"]


def test_pourrait_makes_a_report_a_prediction():
    cs = chronique.analyze("Selon la police, le suspect pourrait avoir quitté le pays.", published=PUB, lang="fr").claims
    assert [c["kind"] for c in cs] == ["prediction"]


def test_a_warning_of_force_stays_a_threat_event_and_a_criticism_an_accusation_event():
    for text, claim_kind, event_kinds in (
            ("Le général a averti que l'armée riposterait.", "warning", ["threat"]),
            # a warning of no force is a claim, but no step of an escalation
            ("Le maire a averti que la crue pourrait toucher le centre-ville.", "warning", []),
            ("Le syndicat dénonce une réforme « injuste et brutale ».", "criticism", ["accusation"])):
        a = chronique.analyze(text, published=PUB, lang="fr")
        assert [c["kind"] for c in a.claims] == [claim_kind]
        assert [e["kind"] for e in a.to_dict()["events"]] == event_kinds


@pytest.mark.parametrize("text, hedge, kind", [
    ("Le suspect semblait avoir agi seul, selon la police.", "semblait", "assessment"),
    ("Un accord est peu probable avant l'été, a estimé le ministre.", "peu probable", "assessment"),
])
def test_a_hedge_of_appearance_or_improbability_is_found(text, hedge, kind):
    [c] = chronique.analyze(text, published=PUB, lang="fr").claims
    assert ([h["text"] for h in c["hedges"]], c["kind"]) == ([hedge], kind)


@pytest.mark.parametrize("lang, text, when", [
    # published Monday 17 June 2024: the time opening the reported words dates what they report, not the claim
    ("fr", "Samedi, deux soldats ont été tués près de la frontière, a indiqué lundi le ministère.", "2024-06-17"),
    ("fr", "Dans la nuit de dimanche à lundi, trois maisons ont brûlé, a indiqué la préfecture.", "2024-06-17"),
    ("en", "On Saturday, two soldiers were killed near the border, the ministry said on Monday.", "2024-06-17"),
    # before a quotation, it is when the words were said
    ("fr", "Mardi, « nous sommes prêts », a déclaré le ministre.", "2024-06-11"),
])
def test_a_time_opening_reported_words_dates_them_and_not_the_claim(lang, text, when):
    a = chronique.analyze(text, published="2024-06-17", lang=lang)
    [c] = a.claims
    assert c["time"]["value"] == when
    for e in a.events:                  # and the happening keeps its own date
        assert e["time"]["value"] == "2024-06-15"


@pytest.mark.parametrize("text, content", [
    ("Le ministre a déclaré que le texte était nécessaire et a appelé les députés à le voter.",
     "le texte était nécessaire"),
    # a conditional after « et » goes on with the reported words
    ("La région a annoncé qu'elle se constituerait partie civile et réclamerait le remboursement des sommes.",
     "elle se constituerait partie civile et réclamerait le remboursement des sommes"),
])
def test_reported_words_end_before_the_speakers_next_verb_of_saying_in_the_same_form(text, content):
    a = chronique.analyze(text, published="2024-03-12", lang="fr")
    assert a.claims[0]["content"]["text"] == content


def test_whom_a_verb_warns_is_not_part_of_the_words_told():
    a = chronique.analyze("Le ministre a prévenu les députés lundi que l'économie allait reculer.",
                          published="2020-06-23", lang="fr")
    [c] = a.claims
    assert c["content"]["text"] == "l'économie allait reculer" and c["time"]["value"] == "2020-06-22"


@pytest.mark.parametrize("text, published, times", [
    ("Le feu s'est déclaré dimanche. Le bilan est lourd, a précisé la préfecture.", "2025-07-22",
     [("préfecture", "2025-07-22")]),
    ("La chute avait été filmée samedi par les caméras du réseau. Les images ont permis de retrouver la pierre, "
     "a souligné la préfecture.", "2026-11-04", [("préfecture", "2026-11-04")]),
])
def test_the_date_of_another_happening_does_not_date_an_institutions_words_after_it(text, published, times):
    assert _times(text, published) == times


@pytest.mark.parametrize("text, content", [
    ("Keir Starmer s'est dit prêt à envoyer des soldats en Ukraine.", "prêt à envoyer des soldats en Ukraine"),
    ("La ministre s'est dite favorable à une réforme.", "favorable à une réforme"),
])
def test_an_unquoted_attribute_of_stance_after_se_dire_is_the_words(text, content):
    assert [c["content"]["text"] for c in chronique.analyze(text, published=PUB, lang="fr").claims] == [content]


def test_a_stance_told_after_tandis_que_ends_the_words_before_it():
    a = chronique.analyze("Olaf Scholz a jugé « inapproprié » de discuter d'un déploiement, tandis que Keir Starmer "
                          "s'est dit prêt à envoyer des soldats.", published=PUB, lang="fr")
    assert [(c["speaker"]["entity"], c["content"]["text"]) for c in a.claims] == [
        ("Olaf Scholz", "« inapproprié » de discuter d'un déploiement"), ("Keir Starmer", "prêt à envoyer des soldats")]


def test_a_reflexive_declare_with_no_stance_is_no_speech():
    assert chronique.analyze("Le feu s'est déclaré dimanche.", published=PUB, lang="fr").claims == []


@pytest.mark.parametrize("text, speakers", [
    ("Le RN arrive en tête, selon les instituts de sondage.", ["instituts de sondage"]),
    ("Le RN arrive en tête, selon le dernier sondage.", []),
    ("Selon les premiers éléments de l'enquête, le feu est accidentel.", []),
])
def test_a_document_completing_an_institution_does_not_make_it_a_document(text, speakers):
    a = chronique.analyze(text, published=PUB, lang="fr")
    assert [c["speaker"]["entity"] for c in a.claims] == speakers


@pytest.mark.parametrize("text, content", [
    ("Un témoin a nié devant les enquêteurs toute implication.", "toute implication"),
    ("Le ministre a démenti devant les députés ces informations.", "ces informations"),
])
def test_a_complement_before_the_object_of_a_denial_is_skipped(text, content):
    assert [c["content"]["text"] for c in chronique.analyze(text, published=PUB, lang="fr").claims] == [content]


def test_a_denial_with_only_a_complement_has_no_words():
    assert chronique.analyze("Le ministre a démenti devant les députés.", published=PUB, lang="fr").claims == []


def test_an_institution_headed_by_unite_keeps_its_complements():
    [c] = chronique.analyze("L'Unité d'intégrité de l'athlétisme a affirmé que le Kenya comptait 40 athlètes suspendus.",
                            published=PUB, lang="fr").claims
    assert c["speaker"]["entity"] == "Unité d'intégrité de l'athlétisme"


def test_a_diplomat_posted_in_a_capital_is_the_diplomat_not_the_country():
    [c] = chronique.analyze("Un diplomate européen en poste à Beyrouth a estimé que la situation était grave.",
                            published=PUB, lang="fr").claims
    assert c["anonymous"] is True and c["speaker"]["entity"] != "Lebanon"


def test_remarks_reported_by_a_newspaper_are_the_newspapers():
    [c] = chronique.analyze("Le RN progresse, selon des propos rapportés par Ouest-France.", published=PUB,
                            lang="fr").claims
    assert c["speaker"]["entity"] == "Ouest-France"


def test_a_fronted_participle_of_arrival_leaves_the_subject_for_the_pronoun_after():
    a = chronique.analyze("Bassirou Diomaye Faye a signé une déclaration. Arrivé mardi, M. Mahama a été reçu au "
                          "palais. « Nos pays sont frères », a-t-il déclaré.", published=PUB, lang="fr")
    assert [c["speaker"]["entity"] for c in a.claims] == ["Mahama"]


@pytest.mark.parametrize("text, content, hedges", [
    ("16h10 - Selon une source policière, le forcené aurait réclamé de parler à son ex-compagne.",
     "le forcené aurait réclamé de parler à son ex-compagne", ["aurait"]),
    ("Le forcené a été arrêté.\n15h30 - « Les négociations se poursuivent », a déclaré le procureur.",
     "Les négociations se poursuivent", []),
])
def test_a_live_reports_time_stamp_is_no_reported_word(text, content, hedges):
    [c] = chronique.analyze(text, published="2024-11-22", lang="fr").claims
    assert (c["content"]["text"], [h["text"] for h in c["hedges"]]) == (content, hedges)


@pytest.mark.parametrize("text", [
    "L'armée affirme avoir tué quarante rebelles. Un bilan impossible à vérifier de source indépendante.",
    "Ce bilan n'a pas pu être confirmé de source indépendante.",
])
def test_checking_a_figure_de_source_independante_is_no_attribution(text):
    cs = chronique.analyze(text, published="2025-02-06", lang="fr").claims
    assert not any("source indépendante" in c["speaker"]["name"] for c in cs)


@pytest.mark.parametrize("text, expected", [
    # revendiquer un acte l'avoue ; revendiquer autre chose est une demande sans paroles rapportées
    ("Le groupe Etat islamique a revendiqué dimanche l'attentat.", [("Islamic State", "admission", "l'attentat")]),
    ("Les syndicats revendiquent une hausse des salaires.", []),
    # nul ne parle : un sujet ouvert par « aucun »
    ("Aucun groupe n'a revendiqué l'attaque.", []),
    ("Aucun responsable n'a confirmé ces chiffres.", []),
])
def test_claiming_a_deed_admits_it_and_no_one_speaks_after_aucun(text, expected):
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["name"], c["kind"], c["content"]["text"]) for c in cs] == expected


def test_a_participle_clause_with_de_is_the_main_subjects_claim():
    cs = chronique.analyze("Les agriculteurs ont bloqué les routes, menaçant d'assiéger la capitale.", published=PUB,
                           lang="fr").claims
    assert [(c["speaker"]["name"], c["kind"], c["content"]["text"]) for c in cs] == [
        ("agriculteurs", "threat", "d'assiéger la capitale")]


def test_a_number_ending_a_named_association_before_the_auxiliary_is_part_of_its_name():
    cs = chronique.analyze("L'association Utopia 56 a dénoncé la politique du gouvernement.", published=PUB,
                           lang="fr").claims
    assert [(c["speaker"]["name"], c["kind"], c["content"]["text"]) for c in cs] == [
        ("Utopia 56", "criticism", "la politique du gouvernement")]


@pytest.mark.parametrize("text, speaker", [
    # a document after a possessive is the institution's the possessive refers to
    ("Le parquet national antiterroriste a publié son bilan. Selon ses chiffres, quinze mineurs ont été mis en "
     "examen en 2024.", "parquet national antiterroriste"),
    ("Le ministère de l'Intérieur a publié un rapport. Selon son bilan, quinze personnes sont mortes.",
     "ministère de l'Intérieur"),
    # figures name their author after them
    ("Selon les chiffres du ministère, quinze personnes sont mortes.", "ministère"),
])
def test_figures_after_a_possessive_or_with_their_author_speak_for_the_institution(text, speaker):
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["name"], c["kind"]) for c in cs] == [(speaker, "report")]


@pytest.mark.parametrize("text, expected", [
    # a singular noun after a plural auxiliary is the verb's object, no inverted speaker
    ("Les rebelles, soutenus par le Rwanda selon l'ONU, ont lancé mardi matin une offensive.",
     [("United Nations", "soutenus par le Rwanda")]),
    # agreeing inverted subjects speak, joined ones too
    ("« Nous resterons », ont affirmé les manifestants.", [("manifestants", "Nous resterons")]),
    ("« Nous resterons », ont affirmé Paul Martin et Anne Durand.",
     [("Paul Martin et Anne Durand", "Nous resterons")]),
])
def test_an_inverted_subject_agrees_with_the_auxiliary(text, expected):
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["name"], c["content"]["text"]) for c in cs] == expected


def test_launching_an_offensive_is_no_act_of_speech_dating_a_later_claim():
    # « ont lancé ... une offensive » reports no words: its day is not the day of the denial after it
    cs = chronique.analyze("Les rebelles ont lancé le week-end dernier une offensive sur Goma. Kigali a démenti toute "
                           "implication.", published="2025-02-06", lang="fr").claims
    assert [(c["speaker"]["name"], c["kind"], c["time"]["value"]) for c in cs] == [("Rwanda", "denial", "2025-02-06")]


@pytest.mark.parametrize("text, expected", [
    # rejecting or refuting words is a denial; rejecting a bill is a vote, no claim
    ("Téhéran a aussitôt rejeté les conclusions de l'AIEA.", [("Iran", "denial", "les conclusions de l'AIEA")]),
    ("Le ministre a réfuté ces accusations.", [("Le ministre", "denial", "ces accusations")]),
    ("L'Assemblée a rejeté le texte mardi.", []),
    # the object rejected ends before a relative reporting words of its own
    ("Le ministre a rejeté les accusations formulées par l'opposition, qui dénonce une « gestion chaotique » des "
     "secours.", [("Le ministre", "denial", "les accusations formulées par l'opposition"),
                  ("opposition", "criticism", "une « gestion chaotique » des secours")]),
])
def test_rejecting_or_refuting_words_is_a_denial(text, expected):
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["name"], c["kind"], c["content"]["text"]) for c in cs] == expected


def test_a_participle_of_the_narrations_comment_closes_the_reported_words():
    [c] = chronique.analyze("Le ministre a affirmé mercredi que Téhéran ne renoncerait pas à l'enrichissement, jetant le "
                            "doute sur les négociations.", published=PUB, lang="fr").claims
    assert c["content"]["text"] == "Téhéran ne renoncerait pas à l'enrichissement"


@pytest.mark.parametrize("text, expected", [
    # published information of no named author is an unnamed source; with its author, the author's
    ("Selon des informations de presse, le ministre va démissionner.",
     [("des informations de presse (anonyme)", "report", True)]),
    ("Selon les informations du Parisien, le ministre va démissionner.", [("Le Parisien", "report", False)]),
])
def test_information_published_is_a_source(text, expected):
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["name"], c["kind"], c["anonymous"]) for c in cs] == expected


def test_unconfirmed_is_a_hedge_of_hearsay():
    [c] = chronique.analyze("Selon des informations de franceinfo, non confirmées officiellement, une inspection "
                            "aurait relevé des « défaillances ».", published=PUB, lang="fr").claims
    assert ([h["text"] for h in c["hedges"]], c["kind"]) == (["non confirmées", "aurait"], "report")


@pytest.mark.parametrize("text, speaker", [
    # the outlet after « au » is whom the words were told, the inverted subject after it speaks
    ("« Chaque litre compte », a déclaré au Figaro un officier ukrainien.", "un officier ukrainien (anonyme)"),
    ("« Nous resterons », a confié au Parisien Jean Dupont.", "Jean Dupont"),
])
def test_an_outlet_after_au_is_told_the_words_not_their_speaker(text, speaker):
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [c["speaker"]["name"] for c in cs] == [speaker]


def test_a_state_news_agency_is_an_outlet():
    cs = chronique.analyze("« Les manœuvres sont un avertissement », a rapporté l'agence Chine nouvelle.",
                           published=PUB, lang="fr").claims
    assert [c["speaker"]["name"] for c in cs] == ["Xinhua"]


@pytest.mark.parametrize("text, speaker", [
    # the document of no named author is named without what is told of it
    ("Selon un sondage publié mardi, 60 % des Français sont opposés à la réforme.", "un sondage (anonyme)"),
    ("Selon un communiqué militaire, dix soldats ont été tués.", "un communiqué militaire (anonyme)"),
])
def test_an_unnamed_document_is_named_without_its_participle(text, speaker):
    cs = chronique.analyze(text, published="2025-09-04", lang="fr").claims
    assert [(c["speaker"]["name"], c["time"]["value"]) for c in cs][0][0] == speaker


def test_a_time_before_the_object_relative_opening_the_claim_does_not_date_the_saying():
    # « en mars » date l'incendie que la relative complète, pas le dire de la police
    cs = chronique.analyze("Deux hommes ont été inculpés pour l'incendie d'un entrepôt en mars, que la police dit "
                           "avoir été commandité par Wagner.", published=PUB, lang="fr").claims
    assert [(c["speaker"]["name"], c["time"]["source"]) for c in cs] == [("police", "published")]


def test_a_comma_relative_reports_up_to_its_closing_comma():
    cs = chronique.analyze("Le projet, qui selon le maire couperait la ville en deux, a été rejeté.",
                           published=PUB, lang="fr").claims
    assert [c["content"]["text"] for c in cs] == ["couperait la ville en deux"]


def test_a_title_of_one_gender_does_not_take_up_a_person_known_by_the_other():
    # « Son avocat » (masculin) n'est pas « l'avocate de la commune, Me Claire Dumas »
    cs = chronique.analyze("« C'est juste », a réagi l'avocate de la commune, Me Claire Dumas. Le prévenu n'a pas "
                           "souhaité s'exprimer. Son avocat avait dénoncé « un dossier monté ».",
                           published=PUB, lang="fr").claims
    assert [c["speaker"]["entity"] for c in cs][0] == "Claire Dumas"
    assert cs[1]["speaker"]["entity"] != "Claire Dumas"


@pytest.mark.parametrize("opening", ["D'ici là, ", "En attendant, ", "Pour l'heure, "])
def test_a_fronted_time_phrase_no_calendar_reads_leaves_the_subject_opening_the_clause(opening):
    # « elle » reprend l'opposition, sujet de la phrase, et non Me Claire Dumas
    cs = chronique.analyze(f"Me Claire Dumas a réagi. {opening}l'opposition réclame la démission du maire, qu'elle "
                           f"accuse d'avoir « fermé les yeux ».", published=PUB, lang="fr").claims
    assert [c["speaker"]["entity"] for c in cs] == ["opposition"]


def test_mm_abbreviation_ends_no_sentence():
    # « MM. » (messieurs) : la phrase continue, et « Vendredi » date l'accusation
    cs = chronique.analyze("Vendredi, la rencontre entre MM. Trump et Zelensky avait tourné court, le président "
                           "américain accusant son homologue de « jouer avec la guerre ».", published="2025-03-03",
                           lang="fr").claims
    assert [c["time"]["value"] for c in cs] == ["2025-02-28"]


def test_an_interview_given_on_a_day_then_que():
    cs = chronique.analyze("Le ministre a estimé dans un entretien accordé dimanche au JDD que la réforme était "
                           "nécessaire.", published=PUB, lang="fr").claims
    assert [(c["content"]["text"], c["time"]["text"]) for c in cs] == [("la réforme était nécessaire", "dimanche")]


@pytest.mark.parametrize("text, day", [
    ("Emmanuel Macron a appelé mardi à un cessez-le-feu.", "mardi"),
    ("La CGT a appelé dimanche soir à une nouvelle journée de grève.", "dimanche soir"),
])
def test_a_date_between_the_verb_and_the_preposition_of_an_appeal(text, day):
    # « appeler à » reste l'appel même quand la date sépare le verbe de sa préposition
    cs = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["kind"], c["time"]["text"]) for c in cs] == [("appeal", day)]
    assert not cs[0]["content"]["text"].startswith("à ")


def test_une_phrase_ouverte_par_un_chiffre_a_ses_propres_propos():
    a = chronique.analyze("Selon l'armée de l'air ukrainienne, la Russie a lancé 64 drones contre le pays. 41 drones "
                          "ont été abattus, a-t-elle précisé.", published=PUB, lang="fr")
    assert [c["content"]["text"] for c in a.claims] == ["la Russie a lancé 64 drones contre le pays",
                                                        "41 drones ont été abattus"]


def test_checked_de_source_independante_names_no_source():
    # « de source indépendante »: independently, no anonymous source
    assert _fr_claims("L'AFP n'était pas en mesure de vérifier ces chiffres de source indépendante.") == []
    assert [s for s, _, _ in _fr_claims("Deux policiers ont été blessés, a-t-on appris de source "
                                        "policière.")] == ["anonymous police source"]


def test_l_accusation_is_the_prosecution():
    a = chronique.analyze("Selon l'accusation, il aurait détourné 2 millions d'euros.", published=PUB, lang="fr")
    assert [(c["speaker"]["kind"], c["anonymous"]) for c in a.claims] == [("organization", False)]


@pytest.mark.parametrize("text, published, times", [
    # « alors » by the verb of saying: said at the time told before
    ("Lors du réquisitoire, le 12 septembre dernier, le parquet avait requis trois ans. La procureure avait "
     "alors dénoncé « un système organisé ».", "2025-11-14", [("procureure", "2025-09-12")]),
    # a span told before « selon » is the time of what is reported, not of the saying
    ("Il a rémunéré entre 2012 et 2017 deux collaborateurs qui, selon l'accusation, travaillaient pour sa "
     "campagne.", "2025-11-14", [("accusation", "2025-11-14")]),
])
def test_claim_times_alors_and_spans(text, published, times):
    assert _times(text, published) == times


def test_an_adverb_between_auxiliary_and_participle_keeps_prevenu_a_verb():
    # « a toutefois prévenu »: the verb of warning, not « le prévenu » (the defendant)
    assert _fr_claims("« Nous jugerons sur pièces », a toutefois prévenu M. Faure mercredi sur France Inter.") == [
        ("Faure", "Nous jugerons sur pièces", "direct")]


@pytest.mark.parametrize("text, speaker, kind", [
    # an acronym alone after a person's title is their party, no name
    ("Un député PS a affirmé que le texte passerait.", "Un député PS (anonyme)", "anonymous source"),
    ("Selon plusieurs députés PS, le patron du parti aurait obtenu cette garantie.", "plusieurs députés PS",
     "group"),
    # a name after the acronym is the person's
    ("Le député LFI François Ruffin a affirmé que le texte passerait.", "François Ruffin", "person"),
])
def test_a_party_acronym_after_a_title_is_no_name(text, speaker, kind):
    a = chronique.analyze(text, published=PUB, lang="fr")
    assert [(c["speaker"]["name"], c["speaker"]["kind"]) for c in a.claims] == [(speaker, kind)]


def test_le_communique_parle_pour_l_auteur_des_propos_de_la_phrase_d_avant():
    text = "La préfecture a indiqué que la route était coupée. Les secours étaient sur place, précise le communiqué."
    claims = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"]) for c in claims] == [
        ("préfecture", "la route était coupée"), ("préfecture", "Les secours étaient sur place")]


@pytest.mark.parametrize("text, name", [
    ("Trois personnes ont été placées en garde à vue dimanche, a-t-on appris de source judiciaire.",
     "source judiciaire (anonyme)"),
    ("Trois personnes ont été placées en garde à vue, de source proche de l'enquête.",
     "source proche de l'enquête (anonyme)"),
    ("Selon une source policière, il était fiché.", "une source policière (anonyme)"),
])
def test_une_source_sans_article_est_nommee_sans_sa_preposition(text, name):
    assert [c["speaker"]["name"] for c in chronique.analyze(text, published=PUB, lang="fr").claims] == [name]


def test_une_attribution_qui_ne_rapporte_rien_ne_date_pas_la_declaration_suivante():
    # « pour deux jours de pourparlers » n'est pas « pour lui, ... » : la phrase ne dit aucune parole
    text = ("Il y a deux semaines, les négociateurs s'étaient retrouvés en Floride pour deux jours de pourparlers. "
            "Une nouvelle session est prévue à la mi-janvier, a indiqué Kiev.")
    claims = chronique.analyze(text, published="2026-01-06", lang="fr").claims
    assert [(c["speaker"]["entity"], c["speaker"]["kind"], c["time"]["value"]) for c in claims] == [
        ("Ukraine", "government", "2026-01-06")]


def test_un_pays_nomme_d_abord_comme_lieu_parle_ensuite_en_gouvernement():
    text = ("Moscou ne discuterait d'aucune présence militaire occidentale en Ukraine, a affirmé Dmitri Peskov. "
            "Une nouvelle session est prévue à la mi-janvier, a indiqué Kiev.")
    claims = chronique.analyze(text, published="2026-01-06", lang="fr").claims
    assert [(c["speaker"]["entity"], c["speaker"]["kind"]) for c in claims] == [
        ("Dmitri Peskov", "person"), ("Ukraine", "government")]


@pytest.mark.parametrize("text, kind", [
    ("Les habitants ont affirmé que l'eau était brune.", "group"),
    ("Le ministère de l'Agriculture a indiqué que la récolte était bonne.", "government"),
    ("L'ambassade de France a indiqué que ses ressortissants étaient en sécurité.", "government"),
    ("L'entreprise a indiqué que la récolte était bonne.", "organization"),
    ("Le maire a indiqué que la récolte était bonne.", "person"),
])
def test_la_sorte_du_locuteur_distingue_des_gens_d_une_personne_et_l_etat_d_une_entreprise(text, kind):
    assert [c["speaker"]["kind"] for c in chronique.analyze(text, published=PUB, lang="fr").claims] == [kind]


def test_un_nom_d_organisation_devine_garde_le_genre_de_son_article_pour_le_pronom():
    text = ("Le Snetap-FSU, principal syndicat de l'enseignement agricole public, réclame un « plan de rénovation » "
            "des internats, qu'il juge « vétustes ».")
    claims = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["speaker"]["kind"]) for c in claims] == [
        ("Snetap-FSU", "organization"), ("Snetap-FSU", "organization")]


@pytest.mark.parametrize("text", [
    "Le ministère des Armées a indiqué que les essais reprendraient.",
    "L'Elysée a indiqué que les essais reprendraient.",
])
def test_un_ministere_ou_un_siege_du_pouvoir_parle_en_gouvernement(text):
    assert [c["speaker"]["kind"] for c in chronique.analyze(text, published=PUB, lang="fr").claims] == ["government"]


@pytest.mark.parametrize("text, kind", [
    ("La présidence a indiqué que les essais reprendraient.", "government"),
    ("La présidence française a indiqué que les essais reprendraient.", "government"),
    # la présidence d'autre chose est à cette chose
    ("La présidence de l'université a indiqué que les cours reprendraient.", "organization"),
])
def test_la_presidence_parle_en_gouvernement_sauf_celle_d_une_autre_institution(text, kind):
    assert [c["speaker"]["kind"] for c in chronique.analyze(text, published=PUB, lang="fr").claims] == [kind]


def test_l_institut_nomme_apres_son_sondage_est_une_organisation():
    text = "Selon un sondage Ifop paru lundi, 42 % des Français estiment qu'elle a été traitée injustement."
    assert [(c["speaker"]["entity"], c["speaker"]["kind"])
            for c in chronique.analyze(text, published=PUB, lang="fr").claims] == [("Ifop", "organization")]


def test_une_organisation_nommee_en_entier_puis_par_son_premier_mot_reste_la_meme():
    text = ("« La police tire sur des manifestants désarmés », a dénoncé Amnesty International Kenya. "
            "La précédente journée avait fait 19 morts, selon Amnesty.")
    claims = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["entity"], c["speaker"]["kind"]) for c in claims] == [
        ("Amnesty International", "organization"), ("Amnesty International", "organization")]


def test_un_age_entre_virgules_separe_le_locuteur_de_son_verbe():
    claims = chronique.analyze("Le négociant, 58 ans, a affirmé que les prix avaient doublé.", published=PUB,
                               lang="fr").claims
    assert [(c["speaker"]["entity"], c["content"]["text"]) for c in claims] == [("négociant", "les prix avaient doublé")]


def test_un_nom_d_organisation_en_tete_du_locuteur_en_fait_une_organisation():
    claims = chronique.analyze("La région a indiqué que les lignes rouvriraient.", published=PUB, lang="fr").claims
    assert [c["speaker"]["kind"] for c in claims] == ["organization"]


@pytest.mark.parametrize("text, speaker, content", [
    # un chiffre recensé, dénombré ou revendiqué est dit par qui le donne (un rapport, non un aveu)
    ("Le ministère de l'Intérieur a recensé 1,28 million de manifestants dans le pays, dont 81.000 à Paris.",
     "ministère de l'Intérieur", "1,28 million de manifestants dans le pays, dont 81.000 à Paris"),
    ("La CGT en a revendiqué plus de 3,5 millions, dont 700.000 à Paris.", "CGT",
     "plus de 3,5 millions, dont 700.000 à Paris"),
    ("La préfecture a dénombré 4.500 participants samedi.", "préfecture", "4.500 participants samedi"),
])
def test_un_chiffre_recense_ou_revendique_est_une_affirmation_de_qui_le_donne(text, speaker, content):
    claims = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["name"], c["content"]["text"], c["kind"]) for c in claims] == [(speaker, content, "report")]


@pytest.mark.parametrize("text", [
    "Les syndicats revendiquent une hausse des salaires.",
    # (un nombre au-delà des trois premiers mots de l'objet n'en fait pas un chiffre donné)
    "L'observatoire recense ces incidents depuis 2020.",
])
def test_revendiquer_ou_recenser_sans_chiffre_n_est_pas_une_affirmation(text):
    assert chronique.analyze(text, published=PUB, lang="fr").claims == []


def test_un_fait_revendique_reste_un_aveu():
    claims = chronique.analyze("Le groupe État islamique a revendiqué l'attentat de 2015.", published=PUB,
                               lang="fr").claims
    assert [c["kind"] for c in claims] == ["admission"]


@pytest.mark.parametrize("text", [
    # après un participe présent, le conditionnel est le futur du passé de la narration, pas une réserve
    "La BCE a laissé jeudi ses taux inchangés, jugeant que l'inflation resterait proche de sa cible.",
    "Le club a condamné les violences, affirmant qu'il porterait plainte.",
])
def test_le_conditionnel_apres_un_participe_present_n_est_pas_une_reserve(text):
    claims = chronique.analyze(text, published=PUB, lang="fr").claims
    said = [c for c in claims if c["cue"]["text"].endswith("ant")]
    assert len(said) == 1 and said[0]["hedges"] == []


def test_le_conditionnel_d_une_source_avant_son_verbe_reste_une_reserve():
    claims = chronique.analyze("Le suspect aurait fui vers l'Espagne, selon une source proche de l'enquête.",
                               published=PUB, lang="fr").claims
    assert [[h["text"] for h in c["hedges"]] for c in claims] == [["aurait"]]


def test_la_date_juste_apres_le_verbe_date_la_declaration():
    # non celle d'une phrase de séquence avant lui (« au lendemain de la manifestation du 7 mars »)
    claims = chronique.analyze("Au lendemain de la manifestation du 7 mars, les syndicats ont appelé mercredi à "
                               "une nouvelle grève.", published="2023-03-08", lang="fr").claims
    assert [(c["time"]["value"], c["time"]["text"]) for c in claims] == [("2023-03-08", "mercredi")]


@pytest.mark.parametrize("text, speaker", [
    # après un verbe pronominal, « est » est un auxiliaire, pas une copule : le titre inversé est le locuteur
    ("« C'est inacceptable », s'est indigné le maire de Paris sur X.", "le maire de Paris"),
    ("« C'est grave », s'est inquiétée la ministre de la Santé.", "la ministre de la Santé"),
])
def test_le_titre_inverse_apres_un_verbe_pronominal_est_le_locuteur(text, speaker):
    claims = chronique.analyze(text, published=PUB, lang="fr").claims
    assert [(c["speaker"]["name"], c["speaker"]["kind"]) for c in claims] == [(speaker, "person")]


def test_un_titre_apres_une_copule_ne_nomme_personne():
    claims = chronique.analyze("Il est le maire de Paris, a-t-il dit.", published=PUB, lang="fr").claims
    assert "le maire de Paris" not in [c["speaker"]["name"] for c in claims]


@pytest.mark.parametrize("text", [
    "Budget : le gouvernement engage sa responsabilité, la censure menace.",
    "La crue atteint son pic, la décrue s'annonce lente, les riverains s'inquiètent.",
])
def test_a_subject_before_its_verb_after_words_not_quoted_attributes_nothing(text):
    # French inverts the attribution of words not quoted (« ..., prévient le ministre »): « la censure
    # menace » is a clause of its own
    assert chronique.analyze(text, lang="fr", published=PUB).claims == []


@pytest.mark.parametrize("text, mode", [
    ("« Le gouvernement cédera », le ministre prévient.", "direct"),
    ("Le gouvernement cédera, prévient le ministre.", "indirect"),
])
def test_an_attribution_after_words_keeps_a_quotation_or_an_inverted_subject(text, mode):
    a = chronique.analyze(text, lang="fr", published=PUB)
    assert [(c["speaker"]["name"], c["mode"]) for c in a.claims] == [("le ministre", mode)]


def test_a_reader_of_the_document_closing_the_sentence_leaves_the_words_before():
    a = chronique.analyze("L'entreprise a perdu 3 millions d'euros, selon une note interne, consultée par l'AFP.",
                          lang="fr", published=PUB)
    assert [c["content"]["text"] for c in a.claims] == ["L'entreprise a perdu 3 millions d'euros"]


@pytest.mark.parametrize("text, speaker", [
    ("Les rendez-vous ont été reportés, selon des courriels envoyés aux patients et consultés par l'AFP.",
     "des courriels (anonyme)"),
    ("L'usine fermera en mai, selon une lettre envoyée aux salariés.", "une lettre (anonyme)"),
])
def test_la_correspondance_parle_comme_un_document_sans_auteur(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2024-03-14")
    assert [(c["speaker"]["name"], c["speaker"]["kind"]) for c in a.claims] == [(speaker, "anonymous source")]


def test_le_titre_apres_un_article_contracte_garde_son_article():
    # « selon un rapport du ministre »: the minister, not « du ministre »
    a = chronique.analyze("Selon un rapport du ministre de la Santé, les rendez-vous ont été reportés.", lang="fr",
                          published="2024-03-14")
    assert [c["speaker"]["name"] for c in a.claims] == ["le ministre de la Santé"]


@pytest.mark.parametrize("text, speaker, kind", [
    ("Le parti au pouvoir a annoncé que le vote aurait lieu lundi.", "parti", "organization"),
    ("La junte au pouvoir a fait savoir que l'aéroport rouvrirait lundi.", "junte", "government"),
    ("Le gouvernement en place a démenti toute fraude.", "gouvernement", "government"),
])
def test_une_position_apres_le_sujet_ne_l_empeche_pas_de_parler(text, speaker, kind):
    # « au pouvoir », « en place » complete the subject before its verb; a junta is a government
    a = chronique.analyze(text, lang="fr", published="2023-09-14")
    assert [(c["speaker"]["name"], c["speaker"]["kind"]) for c in a.claims] == [(speaker, kind)]


def test_l_un_d_eux_apres_une_incise_est_un_membre_du_groupe():
    a = chronique.analyze("Deux responsables ont confirmé l'attaque. L'un d'eux, qui a requis l'anonymat, a affirmé "
                          "que le groupe avait fixé un ultimatum.", lang="fr", published="2024-03-14")
    assert [c["speaker"]["mention"]["text"] for c in a.claims][-1] == "L'un d'eux"


@pytest.mark.parametrize("text, speaker", [
    ("La croissance ralentira, selon les prévisions de la Banque de France.", "Banque de France"),
    ("La participation a atteint 60 %, selon des résultats partiels.", "des résultats partiels (anonyme)"),
])
def test_des_chiffres_etablis_sont_des_documents(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2024-06-06")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("« Cela fait deux ans que nous alertons », a rappelé un député LR du Lot-et-Garonne.",
     "un député LR du Lot-et-Garonne (anonyme)"),
    ("Un député LR de la Gironde a rappelé que tout allait mal.", "Un député LR de la Gironde (anonyme)"),
    ("Le député LR Jean Dupont a rappelé que tout allait mal.", "Jean Dupont"),
])
def test_le_lieu_apres_le_sigle_d_un_parti_n_est_pas_un_nom(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2024-01-25")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, content", [
    ("La préfecture de Gironde a fait état de « perturbations importantes » sur la rocade bordelaise, où des pneus "
     "ont été incendiés.", "« perturbations importantes » sur la rocade bordelaise"),
    ("La police a fait état d'« importants dégâts » dans le centre.", "« importants dégâts » dans le centre"),
])
def test_faire_etat_d_un_objet_cite_le_rapporte(text, content):
    a = chronique.analyze(text, lang="fr", published="2024-01-25")
    assert [c["content"]["text"] for c in a.claims] == [content]


@pytest.mark.parametrize("text, speaker", [
    ("L'ancienne ministre et députée Marie Dupont a dit que tout allait mal.", "Marie Dupont"),
    ("« Il faut arrêter », a réagi l'ancien coureur et consultant Christophe Bassons, joint par téléphone.",
     "Christophe Bassons"),
    # two people: each with an article
    ("« Il faut arrêter », ont dit le maire et le député Jean Dupont.", None),
])
def test_deux_titres_sans_article_entre_eux_sont_ceux_d_une_personne(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2024-06-11")
    names = [c["speaker"]["name"] for c in a.claims]
    if speaker is None:
        assert names and all(n not in ("Jean Dupont",) for n in names)
    else:
        assert names == [speaker]


def test_un_jour_dit_dans_une_relative_elidee_ne_date_pas_la_parole_suivante():
    # « qui l'avait écarté ... le jour même »: the day of that deed, not of the manager's words after it
    a = chronique.analyze("Son équipe, qui l'avait écarté de toute compétition le jour même de l'annonce du contrôle, "
                          "a indiqué dans un communiqué « prendre acte » de la décision. Le manager général de la "
                          "formation, Patrick Leroux, s'est dit « profondément déçu ».", lang="fr",
                          published="2024-06-11")
    assert [(c["speaker"]["name"], c["time"]["source"]) for c in a.claims][-1] == ("Patrick Leroux", "published")


@pytest.mark.parametrize("text", [
    "Le suspect, déjà connu des services de police, a été interpellé lundi chez un proche à Choisy-le-Roi, a-t-on "
    "appris de source proche de l'enquête. En garde à vue, il a reconnu être l'auteur des tirs.",
    # the first sentence reported by a source: « un proche », in a complement, is still no antecedent
    "Le suspect, déjà connu des services de police pour des affaires de stupéfiants, a été interpellé lundi en fin "
    "d'après-midi chez un proche à Choisy-le-Roi, a-t-on appris de source proche de l'enquête. En garde à vue, il a "
    "reconnu être l'auteur des tirs.",
])
def test_il_apres_le_suspect_est_le_suspect_et_non_un_proche_chez_qui_il_a_ete_pris(text):
    a = chronique.analyze(text, lang="fr", published="2024-03-13")
    assert [c["speaker"]["name"] for c in a.claims][-1] == "Le suspect"


@pytest.mark.parametrize("text, speaker", [
    ("« Rien n'est décidé », indique-t-on à l'Élysée.", "Élysée"),
    ("« Rien n'est décidé », explique-t-on dans l'entourage du ministre.", "l'entourage du ministre (anonyme)"),
    ("« Rien n'est décidé », indique-t-on.", "sources (anonyme)"),
])
def test_le_lieu_apres_un_on_inverse_dit_qui_parle(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2024-11-20")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


def test_les_mots_rapportes_s_arretent_a_la_phrase_qui_finit_par_x():
    a = chronique.analyze("Le ministre s'est félicité d'un « signal encourageant », dans un message publié sur le "
                          "réseau social X. Le gouvernement table sur une inflation de 2 %.", lang="fr",
                          published="2024-10-31")
    assert all("gouvernement" not in c["content"]["text"] for c in a.claims) and a.claims


@pytest.mark.parametrize("text, claims", [
    ("L'inflation a ralenti à 2,3 % sur un an en octobre, selon une estimation provisoire publiée jeudi par "
     "l'Insee.", [("Insee", "L'inflation a ralenti à 2,3 % sur un an en octobre")]),
    ("Selon les chiffres rendus publics hier par l'INSEE, les grandes villes sont les principales bénéficiaires.",
     [("Insee", "les grandes villes sont les principales bénéficiaires")]),
    # the speaker's own figure, inside its own claim: no second claim
    ("L'UNAPEI a dénoncé le « scandale » des 15.000 enfants handicapés, selon son estimation, qui restent chez eux.",
     [("UNAPEI", "le « scandale » des 15.000 enfants handicapés")]),
])
def test_l_auteur_d_une_estimation_publiee_un_jour_dit(text, claims):
    a = chronique.analyze(text, lang="fr", published="2024-10-31")
    assert [(c["speaker"]["name"], c["content"]["text"]) for c in a.claims] == claims


@pytest.mark.parametrize("text, speaker", [
    ("Le ministre est arrivé. « Rien n'est décidé », fait-il valoir.", "Le ministre"),
    ("« Rien n'est décidé », fait-on savoir à Matignon.", "Matignon"),
    ("La ministre est arrivée. « Rien n'est décidé », fait-elle remarquer.", "La ministre"),
])
def test_une_locution_verbale_inversee_rapporte_les_mots(text, speaker):
    # « fait-il valoir »: the pronoun between the words of « faire valoir »
    a = chronique.analyze(text, lang="fr", published="2024-11-20")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


def test_la_junte_n_est_pas_le_gouvernement_qu_elle_a_dissous():
    a = chronique.analyze("Des militaires ont annoncé la dissolution du gouvernement. L'aéroport devrait rouvrir "
                          "lundi, a fait savoir la junte.", lang="fr", published="2023-09-14")
    assert [(c["speaker"]["name"], c["speaker"]["kind"]) for c in a.claims] == [("junte", "government")]


def test_pour_qui_apres_la_firme_d_une_economiste_est_l_economiste():
    a = chronique.analyze("« La désinflation se poursuit », a commenté Charlotte de Montpellier, économiste chez ING, "
                          "pour qui la BCE devrait néanmoins baisser ses taux.", lang="fr", published="2024-10-31")
    assert [c["speaker"]["name"] for c in a.claims] == ["Charlotte de Montpellier"] * 2


def test_un_temps_en_tete_des_mots_rapportes_par_selon_date_ce_qui_est_rapporte():
    a = chronique.analyze("Au troisième trimestre, le PIB a progressé de 0,4 %, selon une première estimation.",
                          lang="fr", published="2024-10-31")
    assert [c["time"]["source"] for c in a.claims] == ["published"]


@pytest.mark.parametrize("text, speaker", [
    ("Un officier entouré d'une dizaine de soldats a affirmé que l'armée avait pris le pouvoir.",
     "Un officier entouré d'une dizaine de soldats (anonyme)"),
    ("Les brigades des martyrs d'Al-Aqsa ont indiqué qu'elles poursuivraient leurs actions.",
     "brigades des martyrs d'Al-Aqsa"),
])
def test_une_elision_ne_compte_pas_comme_un_mot_du_groupe_sujet(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2023-09-14")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text", [
    "Le porte-parole a déclaré lors de son point de presse hebdomadaire que les diplomates devaient partir.",
    "Les diplomates doivent partir, a déclaré le ministre au cours d'une conférence de presse conjointe.",
])
def test_un_point_de_presse_avec_son_determinant_et_son_qualificatif_est_le_canal(text):
    a = chronique.analyze(text, lang="fr", published="2025-03-04")
    assert [c["channel"] for c in a.claims] == ["press conference"]


@pytest.mark.parametrize("text, speaker", [
    ("Le bateau avait quitté Sfax jeudi dernier, selon les témoignages recueillis par l'agence onusienne et par "
     "l'OIM.", "agence onusienne"),
    ("Le bateau avait quitté Sfax jeudi dernier, selon les témoignages des survivants.", "survivants"),
])
def test_des_temoignages_parlent_pour_qui_les_a_recueillis_ou_donnes(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2023-08-09")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, name", [
    ("Le roi a décrété un deuil national, a annoncé le palais royal dans un communiqué.", "palais royal"),
    ("Le palais présidentiel a démenti toute démission.", "palais présidentiel"),
])
def test_le_palais_d_un_chef_d_etat_parle_comme_le_gouvernement(text, name):
    a = chronique.analyze(text, lang="fr", published="2023-09-09")
    assert [(c["speaker"]["name"], c["speaker"]["kind"]) for c in a.claims] == [(name, "government")]


@pytest.mark.parametrize("text, speaker", [
    ("La ministre chargée de l'Égalité a déclaré que le plan serait présenté.", "La ministre chargée de l'Égalité"),
    ("Le plan sera présenté, a déclaré la ministre chargée de l'Égalité.", "la ministre chargée de l'Égalité"),
    ("Le ministre délégué chargé des Transports a affirmé que les trains rouleraient.",
     "Le ministre délégué chargé des Transports"),
])
def test_le_titre_d_une_personne_va_jusqu_au_domaine_dont_elle_est_chargee(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2023-08-09")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


def test_le_technicien_d_une_entreprise_chargee_d_un_traitement_parle_pour_lui():
    a = chronique.analyze("Un technicien de l'entreprise chargée du traitement, qui a souhaité rester anonyme, "
                          "estime que l'infestation pourrait venir de bagages.", lang="fr", published="2024-01-10")
    assert [c["speaker"]["name"] for c in a.claims] == ["Un technicien (anonyme)"]


@pytest.mark.parametrize("text, speaker", [
    ("Au moins 41 migrants sont morts dans le naufrage, ont annoncé mercredi des survivants cités par le HCR.",
     "survivants"),
    ("Au moins 41 migrants sont morts, ont raconté des habitants interrogés par l'AFP.", "habitants"),
])
def test_un_participe_et_son_agent_ne_sont_pas_du_nom_du_locuteur(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2023-08-09")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, content", [
    ("Le ministre a dénoncé mercredi sur franceinfo une grève « incompréhensible ».", "une grève « incompréhensible »"),
    ("Aucune rançon n'a été versée, a assuré lundi matin le ministre sur TF1.", "Aucune rançon n'a été versée"),
    ("« Nous n'avons jamais connu un tel niveau », a reconnu sa directrice générale, Hélène Marchetti, sur France "
     "Inter.", "Nous n'avons jamais connu un tel niveau"),
])
def test_une_chaine_apres_sur_est_le_canal_quel_que_soit_le_verbe(text, content):
    a = chronique.analyze(text, lang="fr", published="2024-10-15")
    assert [(c["content"]["text"], c["channel"]) for c in a.claims] == [(content, "interview")]


@pytest.mark.parametrize("text, speaker, kind", [
    ("Le Paris Saint-Germain a affirmé que le joueur était en bonne santé.", "Paris Saint-Germain", "organization"),
    ("Paris a affirmé que la décision était illégale.", "France", "government"),
    ("La société Le Trot a annoncé que le cheval était suspendu.", "Trot", "organization"),
])
def test_un_nom_ouvert_par_une_capitale_ou_apres_son_article_n_est_ni_l_etat_ni_une_personne(text, speaker, kind):
    a = chronique.analyze(text, lang="fr", published="2024-09-10")
    assert [(c["speaker"]["name"], c["speaker"]["kind"]) for c in a.claims] == [(speaker, kind)]


def test_un_collectif_nomme_par_un_mot_diese_parle():
    a = chronique.analyze("Depuis janvier, 94 femmes ont été tuées, selon le décompte du collectif #NousToutes.",
                          lang="fr", published="2023-10-13")
    assert [c["speaker"]["name"] for c in a.claims] == ["NousToutes"]


@pytest.mark.parametrize("text, speaker", [
    ("Le rapport constate que 40 % des rivières sont polluées.", "rapport"),
    ("Oxfam a publié lundi un rapport. Le rapport constate que 40 % des rivières sont polluées.", "Oxfam"),
])
def test_un_rapport_constate_pour_son_auteur_ou_pour_lui_meme(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2025-03-12")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Le M23 a affirmé lundi avoir pris le contrôle de Goma.", "M23"),
    ("Le G7 a annoncé que les sanctions seraient renforcées.", "G7"),
])
def test_des_chiffres_colles_a_des_capitales_sont_du_nom(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2025-01-27")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


def test_un_nom_singulier_ne_reprend_pas_une_organisation_au_nom_pluriel():
    a = chronique.analyze("Les Républicains alliés à Éric Ciotti obtiendraient 4 %.\n\n« La dynamique reste du côté du RN », "
                          "estime Frédéric Dabi, directeur général de l'Ifop. La participation pourrait atteindre 64 %, "
                          "selon l'institut.", lang="fr", published="2024-06-26")
    assert a.claims[-1]["speaker"]["name"] != "Les Républicains"


@pytest.mark.parametrize("text, speaker", [
    ("Le bilan s'élève à 12 morts, selon la télévision d'État.", "state television"),
    ("Le bilan s'élève à 12 morts, selon la télévision d'Etat iranienne.", "state television"),
    ("Le bilan s'élève à 12 morts, a rapporté la chaîne Al-Jazeera.", "Al Jazeera"),
    ("Le bilan s'élève à 12 morts, a rapporté la télévision d'État RTS.", "RTS"),
    ("Le bilan s'élève à 12 morts, a rapporté l'agence de presse officielle Irna.", "IRNA"),
])
def test_un_media_dont_le_nom_commence_par_son_article_et_un_nom_commun_parle(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2023-12-19")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("« Nous avons décidé de défendre la paix », a déclaré l'un des militaires.", "l'un des militaires (anonyme)"),
    ("« Nous avons décidé de défendre la paix », a déclaré l'un des officiers lors d'une intervention télévisée.",
     "l'un des officiers (anonyme)"),
    ("« C'est fini », a lancé l'une des habitantes du quartier.", "l'une des habitantes (anonyme)"),
    ("L'un des militaires a déclaré que la paix serait défendue.", "L'un des militaires (anonyme)"),
])
def test_l_un_des_membres_d_un_groupe_parle_sans_nom(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2023-08-30")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


def test_l_un_des_membres_d_un_groupe_n_est_pas_la_personne_nommee_apres_l_attaque():
    a = chronique.analyze("« Nous avons décidé de défendre la paix », a déclaré l'un des officiers. L'un de ses fils, "
                          "Noureddin Bongo Valentin, a été arrêté, selon eux.", lang="fr", published="2023-08-30")
    assert a.claims[0]["speaker"]["name"] == "l'un des officiers (anonyme)"


@pytest.mark.parametrize("text, speaker", [
    ("Emmanuel Macron s'est rendu sur place mardi. « Nous reconstruirons », a déclaré le chef de l'Etat.",
     "Emmanuel Macron"),
    ("Emmanuel Macron était présent. « Nous gagnerons », a déclaré le président de la République.", "Emmanuel Macron"),
    ("Emmanuel Macron était présent. « Nous gagnerons », a déclaré le président du club.", "le président du club"),
    ("Emmanuel Macron a reçu Joe Biden. « Nous gagnerons », a déclaré le président américain.", "Joe Biden"),
])
def test_un_titre_designe_le_titulaire_de_la_fonction_nomme_avant(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2024-03-26")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Depuis le début de l'année, plus de 30 000 hectares ont brûlé en France, d'après le système européen "
     "d'information sur les feux de forêt (EFFIS).", "EFFIS"),
    ("Plus de 30 000 hectares ont brûlé, selon le réseau de surveillance (RNSA), qui publie un bulletin.", "RNSA"),
])
def test_un_groupe_nominal_que_ferme_un_sigle_entre_parentheses_parle_par_ce_sigle(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2022-07-19")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("L'Union européenne l'a qualifié d'« insuffisant ».", "European Union"),
    ("La France l'a qualifié d'« insuffisant ».", "France"),
    ("Le ministre les a dénoncés comme « inacceptables ».", "Le ministre"),
])
def test_le_pronom_complement_avant_le_verbe_n_est_pas_du_sujet(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2023-12-12")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


@pytest.mark.parametrize("text", [
    "Le ministre de la Transition écologique, Christophe Béchu, doit se rendre dans le département la semaine "
    "prochaine, a annoncé son cabinet.",
    "Le ministre, Christophe Béchu, va démissionner, a annoncé son cabinet.",
])
def test_un_modal_apres_l_apposition_ouvre_le_predicat_et_non_un_apart(text):
    a = chronique.analyze(text, lang="fr", published="2024-02-08")
    assert [c["speaker"]["name"] for c in a.claims] == ["cabinet de Christophe Béchu"]
    assert a.claims[0]["content"]["text"].startswith("Le ministre")


def test_une_phrase_au_plus_que_parfait_ne_date_pas_les_paroles_rapportees_ensuite():
    a = chronique.analyze("Condamné en première instance le 14 juin 2023, il avait aussitôt fait appel. « Mon client "
                          "attend ce deuxième procès avec sérénité », a déclaré à l'AFP son avocat, Me Antoine Vey.",
                          lang="fr", published="2024-11-06")
    assert a.claims[0]["time"]["value"] == "2024-11-06"
    # des paroles elles-mêmes au plus-que-parfait, même d'un auxiliaire partagé, restent de ce temps-là
    a = chronique.analyze("A l'audience, le 15 mai, la procureure avait dénoncé « une tromperie ». Le prévenu avait "
                          "reconnu des « erreurs » mais contesté tout ajout de sirop.", lang="fr", published="2025-06-19")
    assert [c["time"]["value"] for c in a.claims] == ["2025-05-15"] * len(a.claims) and len(a.claims) >= 2


def test_la_proposition_dite_a_quelqu_un_peut_s_ouvrir_sur_un_pronom_indefini():
    a = chronique.analyze("L'entraîneur a prévenu ses joueurs dans le vestiaire que personne ne leur ferait de cadeau.",
                          lang="fr", published="2024-02-12")
    assert [c["content"]["text"] for c in a.claims] == ["personne ne leur ferait de cadeau"]


@pytest.mark.parametrize("text, speaker", [
    ("« L'environnement reste incertain », a déclaré le directeur financier Jean-Jacques Guiony lors d'une conférence "
     "téléphonique.", "Jean-Jacques Guiony"),
    ("Michel Barnier a engagé lundi la responsabilité de son gouvernement. « Nous arrivons à un moment de vérité », a "
     "lancé le chef du gouvernement.", "Michel Barnier"),
])
def test_le_domaine_d_un_directeur_et_le_chef_du_gouvernement(text, speaker):
    a = chronique.analyze(text, lang="fr", published="2024-12-02")
    assert [c["speaker"]["name"] for c in a.claims] == [speaker]


def test_une_etude_publiee_dans_une_revue_parle_et_non_la_revue():
    a = chronique.analyze("La consommation de boissons sucrées est associée à un risque accru de diabète, selon une "
                          "vaste étude publiée mercredi dans la revue The Lancet, qui a suivi 500 000 adultes entre 2010 "
                          "et 2022.", lang="fr", published="2024-05-15")
    assert [c["speaker"]["kind"] for c in a.claims] == ["anonymous source"]
    assert a.claims[0]["speaker"]["name"].startswith("une vaste étude")


def test_un_aparte_clos_par_un_nom_et_son_sigle_decrit_le_sujet():
    a = chronique.analyze("Les industriels du secteur, réunis au sein de l'Association nationale des industries "
                          "alimentaires (Ania), ont jugé l'étude « partielle ».", lang="fr", published="2024-05-15")
    assert [c["speaker"]["name"] for c in a.claims] == ["industriels du secteur"]


def test_un_media_cite_apres_une_attribution_au_pronom_inverse_ne_parle_pas():
    a = chronique.analyze("« Je n'ai rien vu », avait-il déclaré à l'audience le 11 octobre, selon Ouest-France.",
                          lang="fr", published="2023-11-08")
    assert [c["content"]["text"] for c in a.claims] == ["Je n'ai rien vu"]


def test_a_bracket_after_the_channel_before_the_clause_is_passed_over():
    a = chronique.analyze("Le ministère a indiqué dans un communiqué (en anglais) que 20 personnes étaient mortes.",
                          lang="fr", published="2024-08-05")
    assert [c["content"]["text"] for c in a.claims] == ["20 personnes étaient mortes"]


@pytest.mark.parametrize("texte, locuteur", [
    ("Des clients ont applaudi. « C'est une victoire », a lancé l'un d'eux.", "l'un d'eux (anonyme)"),
    ("Des clientes ont applaudi. « C'est une victoire », a lancé l'une d'entre elles.",
     "l'une d'entre elles (anonyme)"),
])
def test_l_un_d_eux_apres_le_verbe_parle_pour_un_membre_du_groupe(texte, locuteur):
    a = chronique.analyze(texte, lang="fr", published="2023-11-02")
    assert [c["speaker"]["name"] for c in a.claims] == [locuteur]


def test_un_adjectif_apres_le_complement_du_titre_ne_coupe_pas_le_nom():
    a = chronique.analyze("Le ministre de l'Intérieur démissionnaire Bruno Retailleau a annoncé mardi la mobilisation "
                          "de 80 000 policiers. « Nous ne tolérerons aucun blocage », a-t-il prévenu.",
                          lang="fr", published="2025-09-09")
    assert [c["speaker"]["name"] for c in a.claims] == ["Bruno Retailleau"]


@pytest.mark.parametrize("texte, contenu", [
    ("La procureure de Paris, Laure Beccuau, n'exclut pas que les voleurs aient agi pour le compte d'un "
     "commanditaire.", ["les voleurs aient agi pour le compte d'un commanditaire"]),
    ("L'ARS n'exclut pas que d'autres cas soient découverts.", ["d'autres cas soient découverts"]),
    # une autre négation ne rapporte rien ; ni « ce que ... n'exclut pas »
    ("Laure Beccuau n'affirme pas que les voleurs aient agi.", []),
    ("Il peut saisir le Tribunal fédéral, ce que son entourage n'exclut pas.", []),
])
def test_ne_pas_exclure_que_rapporte_ce_que_le_locuteur_tient_pour_possible(texte, contenu):
    a = chronique.analyze(texte, lang="fr", published="2025-10-20")
    assert [c["content"]["text"] for c in a.claims] == contenu


@pytest.mark.parametrize("texte, locuteurs", [
    ("Le Danois Jonas Vingegaard a fini deuxième, devant le Belge Remco Evenepoel. « C'était dur », a dit le "
     "Danois.", ["Jonas Vingegaard"]),
    ("Pogacar a gagné. Le Slovène a confirmé qu'il ne participerait pas aux Jeux.", ["Le Slovène"]),
])
def test_une_nationalite_seule_apres_l_article_est_la_personne_nommee_avec_elle(texte, locuteurs):
    a = chronique.analyze(texte, lang="fr", published="2024-07-21")
    assert [(c["speaker"]["name"], c["speaker"]["kind"]) for c in a.claims] == [(x, "person") for x in locuteurs]


def test_le_romancier_apres_un_nom_est_cette_personne():
    a = chronique.analyze("Kamel Daoud a reçu le prix Goncourt. « Ce livre est né d'une blessure », a déclaré le "
                          "romancier de 54 ans à son arrivée chez Drouant.", lang="fr", published="2024-11-04")
    assert [c["speaker"]["name"] for c in a.claims] == ["Kamel Daoud"]


def test_un_verbe_nie_avant_selon_un_document_ne_fait_pas_du_document_un_canal():
    a = chronique.analyze("Les prévisionnistes n'excluent pas de nouveaux orages dès lundi, selon un bulletin publié "
                          "vendredi.", lang="fr", published="2024-11-21")
    assert [(c["speaker"]["name"], c["content"]["text"]) for c in a.claims] == [
        ("un bulletin (anonyme)", "Les prévisionnistes n'excluent pas de nouveaux orages dès lundi")]


def test_une_ligne_de_date_avec_sa_region_entre_parentheses_n_est_pas_un_locuteur():
    a = chronique.analyze("SAINT-OMER (Pas-de-Calais), 7 novembre 2023 (AFP) - Emmanuel Macron s'est rendu mardi au "
                          "chevet des sinistrés, promettant que « la solidarité nationale » serait « au rendez-vous ».",
                          lang="fr", published="2023-11-07")
    assert [c["speaker"]["name"] for c in a.claims] == ["Emmanuel Macron"]


def test_pour_sa_part_n_est_pas_le_titre_du_nom_qui_suit():
    a = chronique.analyze("« Rien », a déclaré pour sa part Eduardo Prieto, directeur des opérations du gestionnaire, "
                          "lors d'une conférence. Selon lui, deux pannes pourraient être en cause.", lang="fr",
                          published="2025-04-29")
    assert [c["speaker"]["name"] for c in a.claims] == ["Eduardo Prieto", "Eduardo Prieto"]


def test_un_nom_et_son_sigle_en_apposition_apres_selon_parle_et_n_est_pas_rapporte():
    a = chronique.analyze("Selon le gestionnaire du réseau espagnol, Red Eléctrica (REE), 99,95 % de la demande était "
                          "de nouveau couverte à 07h00.", lang="fr", published="2025-04-29")
    assert [(c["speaker"]["name"], c["content"]["text"]) for c in a.claims] == [
        ("Red Eléctrica", "99,95 % de la demande était de nouveau couverte à 07h00")]


def test_un_participe_de_nomination_en_tete_de_phrase_n_est_pas_un_nom():
    a = chronique.analyze("Robert Badinter est mort. Nommé ministre de la Justice par François Mitterrand en juin "
                          "1981, il avait défendu le projet de loi d'abolition. « J'ai l'honneur de demander "
                          "l'abolition », avait-il lancé.", lang="fr", published="2024-02-09")
    assert [c["speaker"]["name"] for c in a.claims] == ["Robert Badinter"]


def test_l_entreprise_ne_renvoie_pas_a_un_sigle_de_train_nomme_juste_avant():
    a = chronique.analyze("La SNCF a annoncé une grève. Seul un TGV sur deux circulera en moyenne jeudi, et deux TER "
                          "sur cinq, selon les prévisions publiées mardi soir par l'entreprise.", lang="fr",
                          published="2024-11-21")
    assert [c["speaker"]["name"] for c in a.claims] == ["SNCF"]


def test_un_nom_appose_apres_un_complement_au_nom_de_lieu_compose_est_celui_du_titre():
    a = chronique.analyze("« Notre objectif reste Rungis », a affirmé sur BFMTV la présidente de la Coordination "
                          "rurale du Lot-et-Garonne, Karine Duc.", lang="fr", published="2024-01-29")
    assert [c["speaker"]["name"] for c in a.claims] == ["Karine Duc"]


@pytest.mark.parametrize("text, content", [
    # after a semicolon, « selon ... , » opens its clause as it opens a sentence
    ("A Marseille, des commerces du centre-ville ont été pillés dans la soirée de jeudi ; selon une source "
     "policière, près de 90 personnes y auraient été interpellées.",
     "près de 90 personnes y auraient été interpellées"),
    # a preposition before the time of the saying (« dès vendredi soir ») is passed over as the time is
    ("Gérald Darmanin avait révélé dès vendredi soir sur TF1 que Mohammed Mogouchkov était suivi par la DGSI.",
     "Mohammed Mogouchkov était suivi par la DGSI"),
])
def test_une_attribution_apres_un_point_virgule_et_des_avant_le_jour(text, content):
    a = chronique.analyze(text, lang="fr", published="2023-06-30")
    assert [c["content"]["text"] for c in a.claims] == [content]


def test_l_auteur_d_un_bilan_date_parle_selon():
    a = chronique.analyze("Selon un nouveau bilan communiqué dimanche en fin d'après-midi par le ministère de "
                          "l'Intérieur, le tremblement de terre a fait 2.122 morts.", lang="fr", published="2023-09-10")
    assert [(c["speaker"]["name"], c["content"]["text"]) for c in a.claims] == [
        ("ministère de l'Intérieur", "le tremblement de terre a fait 2.122 morts")]

## Registry certificates: assets/flows/certificates.toml.

flow-certificates-certificate_type = De quel certificat avez-vous besoin ?
flow-certificates-certificate_type-residence = Résidence
flow-certificates-certificate_type-family-status = Composition de la famille (stato di famiglia)
flow-certificates-certificate_type-residence-and-family = Résidence et composition de la famille
flow-certificates-certificate_type-civil-status = État civil
flow-certificates-certificate_type-birth = Naissance
flow-certificates-certificate_type-marriage = Mariage
flow-certificates-certificate_type-existence = Certificat de vie

flow-certificates-page-holder = Pour qui est le certificat
flow-certificates-codice_fiscale = Codice fiscale (code fiscal) de la personne
flow-certificates-codice_fiscale-hint = Vous pouvez demander seulement les certificats de personnes qui habitent à Arezzo.
flow-certificates-surname = Nom de famille de la personne

flow-certificates-use = Pourquoi avez-vous besoin du certificat ?
flow-certificates-use-hint = Le certificat coûte un timbre fiscal (marca da bollo) de 16 euros, sauf pour certains usages prévus par la loi.
flow-certificates-use-stamp-duty = Autre usage (avec timbre fiscal de 16 euros)
flow-certificates-use-school = École ou bourse d'études (gratuit)
flow-certificates-use-pension = Retraite (gratuit)
flow-certificates-use-social-assistance = Aide sociale ou allocations (gratuit)
flow-certificates-use-legal-aid = Aide juridictionnelle (gratuito patrocinio) (gratuit)
flow-certificates-use-sport = Sport amateur (gratuit)

flow-certificates-copies = Combien de copies ?

flow-certificates-what_next = Le certificat est valable 6 mois. On ne peut pas le donner aux bureaux publics ni aux services publics : pour eux, votre propre déclaration (autocertificazione) suffit. Si le certificat est avec timbre, achetez une marca da bollo (timbre fiscal) de 16 euros dans un bureau de tabac (tabaccheria) et collez-la sur le certificat, dans l'espace prévu, avant de l'utiliser.

## Regroupement familial : assets/flows/family-reunification.toml.

flow-family-reunification-page-permit = Votre titre de séjour (permesso di soggiorno)
flow-family-reunification-permit_type = Quel type de titre de séjour avez-vous ?
flow-family-reunification-permit_type-work = Travail salarié
flow-family-reunification-permit_type-self-employment = Travail indépendant
flow-family-reunification-permit_type-family = Raisons familiales
flow-family-reunification-permit_type-long-term = Résident de longue durée UE
flow-family-reunification-permit_type-study = Études
flow-family-reunification-permit_type-asylum = Asile ou protection subsidiaire
flow-family-reunification-permit_type-other = Autre
flow-family-reunification-permit_one_year = Votre titre de séjour dure-t-il au moins un an ?
flow-family-reunification-permit_one_year-hint = Regardez la date de délivrance et la date d’expiration sur le titre.
flow-family-reunification-permit-too-short = Pour demander le regroupement familial, il faut un titre de séjour d’au moins un an. Demandez à l’opérateur quelles autres solutions existent.

flow-family-reunification-family-add-another = Voulez-vous ajouter un autre membre de la famille ?
flow-family-reunification-page-member = Le membre de la famille que vous voulez faire venir en Italie
flow-family-reunification-relationship = Qui est-ce pour vous ?
flow-family-reunification-relationship-spouse = Mari ou épouse
flow-family-reunification-relationship-minor-child = Fils ou fille mineur(e)
flow-family-reunification-relationship-adult-child-disabled = Fils ou fille majeur(e) avec invalidité totale
flow-family-reunification-relationship-parent = Parent à charge
flow-family-reunification-member_surname = Nom
flow-family-reunification-member_given_name = Prénom
flow-family-reunification-member_birth_date = Date de naissance
flow-family-reunification-member_country = Pays où il ou elle vit aujourd’hui
flow-family-reunification-member_country-hint = Le visa se demande au consulat d’Italie de ce pays.
flow-family-reunification-age-does-not-fit = L’âge ne correspond pas : le conjoint doit avoir au moins 18 ans, un enfant mineur moins de 18 ans.

flow-family-reunification-annual_income = Vos revenus de la dernière année, en euros
flow-family-reunification-annual_income-hint = Le total brut de la Certificazione Unica ou de la déclaration de revenus. Vous pouvez ajouter les revenus des membres de la famille qui vivent avec vous.
flow-family-reunification-income-too-low = Pour ce nombre de membres de la famille, il faut un revenu d’au moins { NUMBER($income_threshold, minimumFractionDigits: 2) } euros par an. Demandez à l’opérateur : parfois on peut ajouter les revenus d’autres membres de la famille.

flow-family-reunification-page-housing = Le logement où vous habiterez
flow-family-reunification-dwelling_area = Combien de mètres carrés fait le logement ?
flow-family-reunification-dwelling_area-hint = C’est écrit sur le contrat de location ou sur le plan du logement.
flow-family-reunification-housing-too-small = Pour toutes les personnes qui habiteront le logement, il faut au moins { NUMBER($housing_minimum, maximumFractionDigits: 0) } mètres carrés.
flow-family-reunification-housing_certificate = Avez-vous le certificat d’aptitude du logement (idoneità alloggiativa) du Comune ?
flow-family-reunification-housing_certificate-hint = Si vous ne l’avez pas encore, demandez-le au bureau du logement du Comune : la demande en a besoin.

flow-family-reunification-page-applicant = Vos données
flow-family-reunification-surname = Nom
flow-family-reunification-given_name = Prénom
flow-family-reunification-codice_fiscale = Code fiscal (codice fiscale)

flow-family-reunification-page-contacts = Comment vous contacter
flow-family-reunification-phone = Numéro de téléphone
flow-family-reunification-email = E-mail (si vous en avez un)

flow-family-reunification-what_next = La demande va au Sportello Unico per l’Immigrazione de la Prefettura, qui demande l’avis de la Questura. L’autorisation (nulla osta) arrive dans les 90 jours. Ensuite, votre proche demande le visa au consulat d’Italie ; dans les 8 jours après son arrivée en Italie, vous devez aller ensemble au Sportello Unico.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-family-reunification-portal_ready = Votre SPID, ou votre CIE avec son code PIN ; votre titre de séjour ; votre passeport et ceux des membres de la famille ; le contrat de location ou l'acte de propriété du logement et le certificat d'aptitude du logement (idoneità alloggiativa) du Comune ; vos revenus de la dernière année (Certificazione Unica ou déclaration de revenus) ; les données d'un timbre fiscal (marca da bollo) de 16 euros.

## Change of residence: the questions of assets/flows/residence-change.toml.

flow-residence-change-reason = Pourquoi changez-vous de résidence ?
flow-residence-change-reason-from-other-comune = J'arrive d'une autre commune italienne
flow-residence-change-reason-from-abroad = J'arrive de l'étranger
flow-residence-change-reason-within-comune = Je change d'adresse dans Arezzo
flow-residence-change-reason-other = Autre raison
flow-residence-change-previous_comune = De quelle commune arrivez-vous ?
flow-residence-change-previous_comune-hint = La commune où vous aviez votre résidence avant.
flow-residence-change-previous_country = De quel pays arrivez-vous ?

flow-residence-change-page-applicant = Vos informations
flow-residence-change-surname = Nom de famille
flow-residence-change-given_name = Prénom
flow-residence-change-sex = Sexe
flow-residence-change-sex-female = Femme
flow-residence-change-sex-male = Homme

flow-residence-change-page-applicant-birth = Votre naissance
flow-residence-change-birth_date = Date de naissance
flow-residence-change-birth_country = Pays de naissance
flow-residence-change-adult-required = La personne qui fait la déclaration doit être majeure. Ajoutez un mineur comme personne qui déménage avec vous.

flow-residence-change-page-applicant-codes = Codice fiscale et nationalité
flow-residence-change-codice_fiscale = Codice fiscale (code fiscal)
flow-residence-change-codice_fiscale-hint = Il est sur la carte sanitaire (tessera sanitaria) : 16 caractères, ou 11 chiffres s'il est provisoire.
flow-residence-change-citizenship = Nationalité

flow-residence-change-civil_status = Situation familiale
flow-residence-change-civil_status-single = Célibataire
flow-residence-change-civil_status-married = Marié ou mariée
flow-residence-change-civil_status-civil-union = En union civile
flow-residence-change-civil_status-separated = Séparé ou séparée
flow-residence-change-civil_status-divorced = Divorcé ou divorcée
flow-residence-change-civil_status-widowed = Veuf ou veuve

flow-residence-change-page-address = Votre nouvelle adresse à Arezzo
flow-residence-change-street = Rue ou place
flow-residence-change-street-hint = Par exemple : Via Roma.
flow-residence-change-house_number = Numéro de rue
flow-residence-change-interior = Numéro d'appartement (s'il y en a un)
flow-residence-change-cap = Code postal (CAP)
flow-residence-change-cap-arezzo = Ce code postal n'est pas celui du Comune di Arezzo : le code postal de la ville est 52100.

flow-residence-change-others_registered = D'autres personnes ont-elles déjà leur résidence dans ce logement ?
flow-residence-change-others_registered-hint = Si oui, la personne titulaire de la fiche de famille (scheda di famiglia) devra signer son accord.
flow-residence-change-registered_holder = Prénom et nom du titulaire de la fiche de famille
flow-residence-change-registered_holder-hint = La personne déjà résidente qui signe l'accord.

flow-residence-change-title = À quel titre habitez-vous dans ce logement ?
flow-residence-change-title-owner = Je suis propriétaire
flow-residence-change-title-lease = J'ai un contrat de location enregistré
flow-residence-change-title-public-housing = Logement social (ERP)
flow-residence-change-title-free-loan = Prêt gratuit enregistré (comodato d'uso)
flow-residence-change-title-usufruct = Usufruit
flow-residence-change-title-other = Autre (invité, vie commune)

flow-residence-change-page-lease = Enregistrement du contrat
flow-residence-change-lease_office = Bureau de l'Agenzia delle Entrate (les impôts)
flow-residence-change-lease_office-hint = C'est écrit sur le reçu d'enregistrement du contrat.
flow-residence-change-lease_date = Date d'enregistrement
flow-residence-change-lease_number = Numéro d'enregistrement

flow-residence-change-members-add-another = Une autre personne déménage-t-elle avec vous ?
flow-residence-change-page-member = Une personne qui déménage avec vous
flow-residence-change-member_surname = Nom de famille
flow-residence-change-member_given_name = Prénom
flow-residence-change-member_birth_date = Date de naissance
flow-residence-change-member_relationship = Quel est son lien avec vous ?
flow-residence-change-member_relationship-spouse = Époux ou épouse
flow-residence-change-member_relationship-partner = Compagnon ou compagne
flow-residence-change-member_relationship-child = Fils ou fille
flow-residence-change-member_relationship-parent = Père ou mère
flow-residence-change-member_relationship-sibling = Frère ou sœur
flow-residence-change-member_relationship-other = Autre
flow-residence-change-page-member-codes = Codice fiscale et nationalité de la personne
flow-residence-change-member_codice_fiscale = Codice fiscale (si elle en a un)
flow-residence-change-member_citizenship = Nationalité

flow-residence-change-page-contacts = Comment vous contacter
flow-residence-change-phone = Numéro de téléphone
flow-residence-change-email = E-mail (si vous en avez un)

flow-residence-change-what_next = Votre demande sert à remettre la déclaration : la déclaration n'est valable que lorsque toutes les personnes majeures qui déménagent l'ont signée (les cases sur le formulaire) et que vous l'avez remise au guichet de l'état civil (anagrafe), ou envoyée par PEC (courriel certifié), avec les pièces d'identité de tous et votre permesso di soggiorno (titre de séjour), ou le reçu de la demande. À partir de ce jour, le Comune (la mairie) enregistre la résidence dans les 2 jours ouvrables ; dans les 45 jours, la Polizia Municipale (police municipale) peut venir vérifier que vous habitez à cette adresse : si vous ne recevez aucune nouvelle, votre résidence est confirmée.

## Fiches d'information par service (« imprimer ces informations ») : ce qu'il faut,
## combien ça coûte, où et quand. Faits tirés des notes de conception (DOMAIN.md).

info-need = Ce qu'il vous faut
info-cost = Combien ça coûte
info-where = Où et quand

info-certificates-need = Le codice fiscale (code fiscal) de la personne du certificat. Pour le certificat avec timbre, une marca da bollo (timbre fiscal) de 16 euros.
info-certificates-cost = Le certificat en ligne est gratuit. Avec timbre, il coûte 16 euros (marca da bollo) ; les actes de naissance et de mariage sont toujours sans timbre.
info-certificates-where = Tout de suite, ici à la borne ou sur le portail ANPR. Le certificat est valable 6 mois et ne se donne pas aux bureaux publics : pour eux, votre propre déclaration (autocertificazione) suffit.

info-residence-change-need = Une pièce d'identité de chaque personne qui déménage, le titre de séjour (ou le reçu de la Poste) pour ceux qui ne sont pas citoyens de l'Union européenne, le contrat de location enregistré ou le document qui vous donne le droit d'habiter le logement.
info-residence-change-cost = Gratuit.
info-residence-change-where = Dans les 20 jours après le déménagement. Le Comune (la mairie) enregistre la déclaration dans les 2 jours ouvrables ; la Polizia Municipale (police municipale) peut vérifier dans les 45 jours. Ufficio Anagrafe du Comune di Arezzo, Piazza Amintore Fanfani.

info-permit-status-need = Le numéro du dossier (10 caractères) ou le « numero assicurata » (12 chiffres) du reçu de la Poste.
info-permit-status-cost = Gratuit.
info-permit-status-where = À tout moment, ici ou sur le site de la Polizia di Stato (la page publique que lit la borne). Quand le titre de séjour est prêt, la Questura vous envoie un SMS avec le jour et le lieu pour le retirer.

info-family-reunification-need = Un titre de séjour d'au moins un an, vos revenus de l'année dernière (Certificazione Unica ou déclaration de revenus), le contrat du logement et le certificat de conformité du logement (idoneità alloggiativa) du Comune, les documents des membres de la famille.
# Source: Prefetture's immigration FAQ (e.g. Reggio Emilia, read 2026-12):
# one 16 € marca da bollo per application.
info-family-reunification-cost = La demande nécessite une marca da bollo (timbre fiscal) de 16 euros, dont vous saisissez les données sur le portail. Le certificat de conformité du logement et les traductions des documents sont payants.
info-family-reunification-where = La demande se fait sur le portail ALI du Ministero dell'Interno, avec votre SPID ou votre CIE : ici, vous la préparez, et si vous le souhaitez, un opérateur la fait avec vous. Elle va au Sportello Unico per l'Immigrazione de la Prefettura di Arezzo ; ensuite, votre proche demande le visa au consulat d'Italie.

info-citizenship-status-need = Le numéro de la demande (K10…) et votre date de naissance.
info-citizenship-status-cost = Gratuit.
info-citizenship-status-where = L'état de la demande se consulte seulement sur le portail ALI du Ministero dell'Interno, en entrant avec votre SPID ou votre CIE : ici, vous préparez la feuille, et si vous le souhaitez, un opérateur ouvre le portail avec vous. La loi prévoit une décision dans les 24 mois, prolongeables jusqu'à 36.

info-italian-test-a2-need = Le titre de séjour, le passeport, le codice fiscale (code fiscal) et une adresse e-mail que vous lisez chaque jour.
info-italian-test-a2-cost = Gratuit.
info-italian-test-a2-where = La demande se fait sur le site testitaliano.interno.it, avec votre SPID ou votre CIE : ici, vous la préparez, et si vous le souhaitez, un opérateur la fait avec vous. La convocation arrive par e-mail dans les 60 jours ; le test a lieu dans un CPIA (école pour adultes). Si vous ne le réussissez pas, vous pouvez vous inscrire de nouveau après 90 jours.

info-state-school-enrolment-need = Les informations sur l'enfant et les parents, le code de l'école que vous choisissez (10 caractères, pour Arezzo il commence par AR) et une adresse e-mail.
info-state-school-enrolment-cost = Gratuit.
info-state-school-enrolment-where = Les inscriptions se font sur la plateforme Unica du ministère, avec votre SPID ou votre CIE, chaque année entre janvier et février : ici, vous les préparez, et si vous le souhaitez, un opérateur les fait avec vous. En dehors de cette période, apportez le formulaire au secrétariat de l'école.

info-municipal-school-services-need = Les informations sur l'enfant et sur le parent qui paie, le codice fiscale (code fiscal), le nom de l'école et, si vous l'avez, l'attestation ISEE (attestazione ISEE).
info-municipal-school-services-cost = La demande est gratuite. Le service se paie selon l'ISEE : jusqu'à 13.500 euros, le tarif est réduit.
info-municipal-school-services-where = Bureau scolaire du Comune di Arezzo (Sportello Unico, Piazza Amintore Fanfani), pendant les périodes d'inscription fixées par le Comune.

info-online-magazines-need = La carte d'une bibliothèque de Toscane.
info-online-magazines-cost = Gratuit.
info-online-magazines-where = À tout moment, depuis le téléphone ou l'ordinateur avec MLOL, ou à la bibliothèque. La carte se fait gratuitement à la Biblioteca Città di Arezzo, via dei Pileati 8.

info-training-courses-need = Une pièce d'identité et le titre de séjour. Pour les bons (voucher) et les aides, l'inscription au Centro per l'Impiego (agence pour l'emploi).
info-training-courses-cost = Beaucoup de cours sont gratuits ; la fiche du cours indique le prix.
info-training-courses-where = À l'organisme de formation écrit sur la fiche, avant la date limite. Informations au Centro per l'Impiego d'Arezzo, via Monte Cervino 24.

info-job-offers-need = Le CV, une pièce d'identité et le titre de séjour.
info-job-offers-cost = Gratuit.
info-job-offers-where = Au Centro per l'Impiego (agence pour l'emploi) écrit sur l'offre (Arezzo, San Giovanni Valdarno, Sestino, Civitella), avant la date de clôture.

info-health-booking-need = L'ordonnance électronique (le numéro NRE) et la tessera sanitaria (carte sanitaire), ou le code STP si vous n'avez pas de titre de séjour.
info-health-booking-cost = Vous payez le ticket avec pagoPA, sauf si une exemption est écrite sur l'ordonnance.
info-health-booking-where = Hôpitaux et maisons de santé de la USL Toscana Sud Est. Pour annuler, téléphonez au CUP avec le code du rendez-vous.

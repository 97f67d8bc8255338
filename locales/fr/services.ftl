## Categories of the home screen.

category-citizen-life = Vie quotidienne
category-education = Éducation
category-culture = Culture
category-work-training = Travail et formation
category-health = Santé

## Services: name, then one line under it.

service-certificates = Certificats du registre de la population (anagrafe)
service-certificates-summary = Demandez un certificat de résidence, de situation de famille ou un autre, et imprimez-le ici.
service-residence-change = Changement de résidence
service-residence-change-summary = Déclarez votre nouvelle adresse et les personnes qui vivent avec vous.
service-permit-status = Suivi du titre de séjour
service-permit-status-summary = Vérifiez si votre titre de séjour (permesso di soggiorno) est prêt.
service-family-reunification = Regroupement familial
service-family-reunification-summary = Vérifiez vos revenus et votre logement, puis préparez la demande pour le portail ALI.
service-citizenship-status = Suivi de la demande de nationalité
service-citizenship-status-summary = Comment voir où en est votre demande, sur le portail ALI.
service-italian-test-a2 = Test de langue italienne A2
service-italian-test-a2-summary = Préparez l'inscription au test, à faire sur le portail du ministère.
service-state-school-enrolment = Inscription à l'école publique
service-state-school-enrolment-summary = Préparez l'inscription en première année, à faire sur le portail Unica.
service-municipal-school-services = Crèche, cantine et transport scolaire
service-municipal-school-services-summary = Demandez au Comune (la mairie) une place en crèche, la cantine ou le bus scolaire.
service-online-magazines = Journaux et magazines en ligne
service-online-magazines-summary = Lisez des journaux et des magazines en plusieurs langues avec votre carte de bibliothèque.
service-training-courses = Formations
service-training-courses-summary = Cherchez une formation dans la province d'Arezzo et imprimez sa fiche.
service-job-offers = Offres d'emploi
service-job-offers-summary = Cherchez les offres des agences pour l'emploi (Centri per l'impiego) et imprimez la fiche.
service-health-booking = Rendez-vous médicaux et examens
service-health-booking-summary = Prenez rendez-vous avec l'ordonnance électronique et payez le ticket modérateur avec pagoPA.

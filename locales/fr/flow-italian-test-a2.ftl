## Test de langue italienne A2 : assets/flows/italian-test-a2.toml.

flow-italian-test-a2-purpose = Que voulez-vous faire ?
flow-italian-test-a2-purpose-enrol = M'inscrire au test
flow-italian-test-a2-purpose-result = Connaître le résultat du test

flow-italian-test-a2-page-result = Le résultat du test
flow-italian-test-a2-application_number = Numéro de la demande
flow-italian-test-a2-application_number-hint = Il est sur le reçu de l'inscription au test, ou dans l'e-mail de la Prefettura.
flow-italian-test-a2-result_birth_date = Votre date de naissance

flow-italian-test-a2-exemption = Une de ces situations est-elle la vôtre ?
flow-italian-test-a2-exemption-hint = Dans une de ces situations, vous n'avez pas besoin de passer le test.
flow-italian-test-a2-exemption-none = Non, aucune
flow-italian-test-a2-exemption-under-14 = J'ai moins de 14 ans
flow-italian-test-a2-exemption-italian-school = J'ai un diplôme d'une école italienne
flow-italian-test-a2-exemption-cpia-certificate = J'ai un certificat d'italien de niveau A2 ou plus d'un CPIA (école pour adultes) ou d'un organisme reconnu
flow-italian-test-a2-exemption-university = J'étudie ou j'ai étudié dans une université italienne
flow-italian-test-a2-exemption-disability = J'ai une maladie ou un handicap qui m'empêche d'apprendre la langue, avec un certificat médical

flow-italian-test-a2-exempt = Vous n'avez pas besoin de passer le test. Quand vous demandez le titre de séjour de longue durée, apportez le document qui le prouve (diplôme, certificat ou certificat médical). L'opérateur peut vous aider.

flow-italian-test-a2-recent_fail = Dans les 90 derniers jours, avez-vous échoué au test, ou avez-vous été absent sans raison ?
flow-italian-test-a2-recent_fail-hint = Après un échec au test ou une absence sans raison, il faut attendre 90 jours avant de s'inscrire à nouveau.
flow-italian-test-a2-wait-90-days = Vous pouvez vous inscrire à nouveau 90 jours après le test. Revenez plus tard, ou demandez la date exacte à l'opérateur.

flow-italian-test-a2-page-applicant = Vos informations
flow-italian-test-a2-surname = Nom de famille
flow-italian-test-a2-given_name = Prénom
flow-italian-test-a2-birth_date = Date de naissance

flow-italian-test-a2-page-origin = Naissance et nationalité
flow-italian-test-a2-birth_country = Pays de naissance
flow-italian-test-a2-citizenship = Nationalité
flow-italian-test-a2-codice_fiscale = Codice fiscale (code fiscal)

flow-italian-test-a2-page-permit = Votre titre de séjour (permesso di soggiorno)
flow-italian-test-a2-permit_type = Quel type de titre de séjour avez-vous ?
flow-italian-test-a2-permit_type-work = Travail salarié
flow-italian-test-a2-permit_type-self-employment = Travail indépendant
flow-italian-test-a2-permit_type-family = Raisons familiales
flow-italian-test-a2-permit_type-study = Études
flow-italian-test-a2-permit_type-other = Autre
flow-italian-test-a2-permit_number = Numéro du titre de séjour
flow-italian-test-a2-permit_number-hint = Il est en haut à droite sur la carte du titre de séjour.
flow-italian-test-a2-permit_expiry = Date d'expiration du titre de séjour
flow-italian-test-a2-permit_expiry-hint = Si votre titre de séjour a expiré il y a peu et que vous avez demandé le renouvellement, écrivez la date de l'ancienne carte.

flow-italian-test-a2-page-passport = Votre passeport
flow-italian-test-a2-passport_number = Numéro du passeport
flow-italian-test-a2-passport_expiry = Date d'expiration du passeport

flow-italian-test-a2-page-address = Où vous habitez
flow-italian-test-a2-comune = Commune (comune)
flow-italian-test-a2-street = Rue et numéro
flow-italian-test-a2-cap = Code postal (CAP)

flow-italian-test-a2-page-contacts = Comment on vous convoque au test
flow-italian-test-a2-email = E-mail
flow-italian-test-a2-email-hint = La Prefettura envoie la convocation par e-mail : écrivez une adresse que vous lisez tous les jours.
flow-italian-test-a2-phone = Téléphone

flow-italian-test-a2-what_next = Dans les 60 jours, la Prefettura vous envoie la convocation par e-mail : le jour, l'heure et le CPIA où passer le test. Apportez votre passeport et votre titre de séjour. La Questura reçoit aussi le résultat.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-italian-test-a2-portal_ready = Votre SPID, ou votre CIE avec son code PIN ; votre titre de séjour ; votre passeport ; une adresse e-mail que vous lisez : la convocation arrive là.

## Offres d'emploi : assets/flows/job-offers.toml.

flow-job-offers-area = Où voulez-vous travailler ?
flow-job-offers-area-arezzo = Arezzo et alentours
flow-job-offers-area-valdarno = Valdarno
flow-job-offers-area-casentino = Casentino
flow-job-offers-area-valtiberina = Valtiberina
flow-job-offers-area-valdichiana = Valdichiana
flow-job-offers-area-any = Dans toute la province

flow-job-offers-sector = Dans quel secteur ?
flow-job-offers-sector-care = Aide aux personnes
flow-job-offers-sector-catering = Cuisine, bars et restaurants
flow-job-offers-sector-building = Bâtiment
flow-job-offers-sector-industry = Industrie, mécanique, orfèvrerie
flow-job-offers-sector-logistics = Entrepôt et transports
flow-job-offers-sector-agriculture = Agriculture
flow-job-offers-sector-cleaning = Nettoyage
flow-job-offers-sector-retail = Magasins et vente
flow-job-offers-sector-any = Tous les secteurs

flow-job-offers-page-hours = Horaire et permis de conduire
flow-job-offers-hours = Combien d'heures voulez-vous travailler ?
flow-job-offers-hours-full-time = Temps plein
flow-job-offers-hours-part-time = Temps partiel
flow-job-offers-hours-any = Peu importe
flow-job-offers-driving_licence = Avez-vous un permis de conduire valable en Italie ?
flow-job-offers-driving_licence-hint = Si vous répondez non, nous ne vous montrons pas les offres qui demandent le permis.

flow-job-offers-offer = Choisissez une offre
flow-job-offers-offer-hint = Nous imprimons l'offre avec son code et le Centro per l'Impiego (agence pour l'emploi) à contacter.
flow-job-offers-offer-none = Il n'y a pas d'offres avec ces choix. Revenez en arrière et essayez une autre zone ou un autre secteur.

flow-job-offers-how_to_apply = Pour postuler, allez au Centro per l'Impiego écrit sur la feuille, ou écrivez à l'adresse indiquée, avec le code de l'offre, votre CV et votre titre de séjour. Faites-le avant la date de clôture.

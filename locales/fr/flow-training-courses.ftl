## Formations : assets/flows/training-courses.toml.

flow-training-courses-area = Où voulez-vous suivre la formation ?
flow-training-courses-area-arezzo = Arezzo et alentours
flow-training-courses-area-valdarno = Valdarno
flow-training-courses-area-casentino = Casentino
flow-training-courses-area-valtiberina = Valtiberina
flow-training-courses-area-valdichiana = Valdichiana
flow-training-courses-area-online = En ligne, depuis chez vous
flow-training-courses-area-any = Dans toute la province

flow-training-courses-sector = Quel métier voulez-vous apprendre ?
flow-training-courses-sector-care = Aide aux personnes (badante, OSS)
flow-training-courses-sector-catering = Cuisine, bars et restaurants
flow-training-courses-sector-building = Bâtiment
flow-training-courses-sector-industry = Industrie, mécanique, orfèvrerie
flow-training-courses-sector-logistics = Entrepôt et transports
flow-training-courses-sector-agriculture = Agriculture
flow-training-courses-sector-computing = Ordinateur et informatique
flow-training-courses-sector-italian-language = Langue italienne
flow-training-courses-sector-any = Toutes les formations

flow-training-courses-page-conditions = Votre situation
flow-training-courses-free_only = Voulez-vous voir seulement les formations gratuites ?
flow-training-courses-registered_unemployed = Êtes-vous inscrit comme chômeur au Centro per l'Impiego (agence pour l'emploi) ?
flow-training-courses-registered_unemployed-hint = Si vous êtes inscrit, vous pouvez avoir un voucher (bon) jusqu'à 3 000 euros et une aide pour suivre la formation.

flow-training-courses-course = Choisissez une formation
flow-training-courses-course-hint = Nous imprimons la fiche de la formation avec les coordonnées de l'organisme de formation.
flow-training-courses-course-none = Il n'y a pas de formations avec ces choix. Revenez en arrière et essayez une autre zone ou un autre secteur.

flow-training-courses-how_to_apply = Sur la fiche, il y a la date limite et les coordonnées de l'organisme de formation. Téléphonez ou allez à l'organisme avant la date limite, avec une pièce d'identité et votre titre de séjour. Pour le voucher, parlez avec le Centro per l'Impiego.

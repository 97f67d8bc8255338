## Services scolaires de la commune : assets/flows/municipal-school-services.toml.

flow-municipal-school-services-services = Pour quels services faites-vous la demande ?
flow-municipal-school-services-services-hint = Vous pouvez en choisir plusieurs.
flow-municipal-school-services-services-nursery = Crèche (asilo nido, de 3 mois à 3 ans)
flow-municipal-school-services-services-canteen = Cantine scolaire (mensa)
flow-municipal-school-services-services-transport = Transport scolaire (bus scolaire)

flow-municipal-school-services-page-transport = Le transport scolaire
flow-municipal-school-services-transport_far = Habitez-vous hors du centre-ville et à plus de 1 km de l'école ?
flow-municipal-school-services-transport_far-hint = Le bus scolaire est seulement pour ceux qui habitent loin de l'école.
flow-municipal-school-services-transport-too-close = Le transport est seulement pour ceux qui habitent hors du centre et à plus de 1 km de l'école. Revenez en arrière et enlevez le transport, ou demandez à l'opérateur.
flow-municipal-school-services-transport_nearest_school = L'enfant va-t-il à l'école la plus proche de la maison ?

flow-municipal-school-services-page-child = L'enfant
flow-municipal-school-services-child_surname = Nom de famille
flow-municipal-school-services-child_given_name = Prénom
flow-municipal-school-services-child_birth_date = Date de naissance
flow-municipal-school-services-nursery-age = La crèche est pour les enfants jusqu'à 3 ans. Pour un enfant plus âgé, enlevez la crèche de votre choix.
flow-municipal-school-services-child_codice_fiscale = Codice fiscale (code fiscal) de l'enfant
flow-municipal-school-services-child_codice_fiscale-hint = Si l'enfant n'a pas de codice fiscale, laissez vide.

flow-municipal-school-services-school_name = Dans quelle école va l'enfant ?
flow-municipal-school-services-school_name-hint = Le nom de l'école et la classe, par exemple « Primaria Pio Borri, 2ª B ».

flow-municipal-school-services-page-diet = Les repas
flow-municipal-school-services-special_diet = L'enfant a-t-il besoin d'un régime spécial ?
flow-municipal-school-services-special_diet-none = Non
flow-municipal-school-services-special_diet-medical = Oui, pour des raisons de santé (allergie, intolérance)
flow-municipal-school-services-special_diet-religious = Oui, pour des raisons religieuses
flow-municipal-school-services-special_diet-vegetarian = Oui, végétarien
flow-municipal-school-services-diet_details = Qu'est-ce que l'enfant ne peut pas manger ?
flow-municipal-school-services-diet_details-hint = Pour des raisons de santé, il faut aussi le certificat du médecin : apportez-le au bureau scolaire.

flow-municipal-school-services-page-parent = Le parent qui paie le service
flow-municipal-school-services-parent_relationship = Qui êtes-vous pour l'enfant ?
flow-municipal-school-services-parent_relationship-mother = Mère
flow-municipal-school-services-parent_relationship-father = Père
flow-municipal-school-services-parent_relationship-guardian = Tuteur
flow-municipal-school-services-parent_surname = Nom de famille
flow-municipal-school-services-parent_given_name = Prénom
flow-municipal-school-services-parent_codice_fiscale = Votre codice fiscale

flow-municipal-school-services-page-address = Où vous habitez
flow-municipal-school-services-comune = Commune (comune)
flow-municipal-school-services-street = Rue et numéro
flow-municipal-school-services-cap = Code postal (CAP)

flow-municipal-school-services-page-isee = ISEE
flow-municipal-school-services-has_isee = Avez-vous une attestation ISEE valide ?
flow-municipal-school-services-has_isee-hint = Avec un ISEE jusqu'à 13 500 euros, vous payez un tarif réduit. Sans ISEE, vous payez le tarif plein. L'ISEE se fait gratuitement dans un CAF (centre d'aide fiscale).
flow-municipal-school-services-isee_value = Montant de l'ISEE, en euros

flow-municipal-school-services-page-contacts = Vos coordonnées
flow-municipal-school-services-phone = Téléphone
flow-municipal-school-services-email = E-mail

flow-municipal-school-services-what_next = Le bureau scolaire du Comune vérifie la demande et publie les classements (graduatorie). Il vous écrit ou vous téléphone pour vous dire si l'enfant est admis et combien coûte le service.

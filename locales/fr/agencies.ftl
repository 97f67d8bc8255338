## Ce que répondent les bureaux : refus, état des demandes, fiches.
## Les codes viennent des contrats des organismes (docs/contracts).

agency-not-available = Le service du bureau ne répond pas en ce moment. Vous n'avez rien perdu : réessayez plus tard ou demandez à l'opérateur.
agency-where-else = Vous pouvez aussi vérifier vous-même, sur le site du bureau, ou demander au guichet. L'opérateur peut vous imprimer une feuille avec les adresses.
agency-problem-other = Le bureau n'a pas pu accepter la demande telle qu'elle est. Demandez à l'opérateur.
agency-problem-no-such-reference = Le bureau ne trouve aucun dossier avec ce numéro et cette date de naissance. Vérifiez le numéro sur le reçu.
agency-problem-card-not-valid = La bibliothèque ne reconnaît pas la carte : vérifiez le numéro et le nom de famille, ou demandez à la bibliothèque.
agency-problem-slot-taken = Cette place vient d'être prise par une autre personne. Choisissez un autre jour ou une autre heure.
agency-problem-prescription-not-found = Le CUP (centre de rendez-vous) ne trouve pas cette ordonnance. Vérifiez le numéro (NRE) sur l'ordonnance, ou demandez à l'opérateur.
agency-problem-prescription-used = Cette ordonnance a déjà été utilisée pour un rendez-vous.
agency-problem-already-applied = Le bureau a déjà une demande identique à celle-ci.

## The three answers of the Polizia di Stato's public page
## (questure.poliziadistato.it/stranieri), and what the kiosk says when it
## cannot read the page.
status-permit-status-ready = Le titre de séjour (permesso di soggiorno) est prêt. La Questura (bureau de police pour les titres de séjour) vous envoie un SMS avec le jour et le lieu pour le retirer.
status-permit-status-in-progress = Le titre de séjour est en cours de traitement : il n'est pas encore prêt. Vérifiez de nouveau dans quelques jours.
status-permit-status-not-in-archive = Ce numéro n'est pas dans les archives de la Polizia di Stato (police italienne). Vérifiez le numéro sur le reçu. S'il est correct, la demande n'est peut-être pas encore arrivée : réessayez dans quelques jours ou demandez à l'opérateur.
permit-page-unreadable = Nous n'avons pas pu lire la réponse de la page de la Polizia di Stato. Ouvrez la page avec l'opérateur, ou sur votre téléphone avec ce code QR, et écrivez votre numéro.



item-provider = Organisme
item-place = Lieu
item-hours = Heures
item-certificate = Attestation
item-requirements = Conditions
item-cost = Coût
item-starts-on = Début
item-deadline = Date limite
item-contact = Contacts
item-posts = Postes
item-contract = Contrat
item-language = Langue
item-how-to-read = Comment le lire

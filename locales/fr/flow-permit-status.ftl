## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = Numéro du dossier ou « numero assicurata »
flow-permit-status-reference-hint = Le « numero assicurata » (12 chiffres) est en haut du reçu de la Poste ; le numéro du dossier (10 caractères) vous a été donné par la Questura.
flow-permit-status-birth_date = Votre date de naissance
flow-permit-status-birth_date-hint = Certains bureaux de la Questura la demandent pour montrer l'état du dossier.

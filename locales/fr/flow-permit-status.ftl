## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = Numéro du dossier ou « numero assicurata »
flow-permit-status-reference-hint = Le « numero assicurata » (12 chiffres) est en haut du reçu de la Poste ; le numéro du dossier (10 caractères) vous a été donné par la Questura.

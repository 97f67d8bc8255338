## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = Numărul dosarului sau „numero assicurata”
flow-permit-status-reference-hint = „Numero assicurata” (12 cifre) este sus, pe chitanța de la Poste (poștă); numărul dosarului (10 caractere) ți l-a dat Questura.

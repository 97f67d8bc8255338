## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = Numéro de votre demande de citoyenneté
flow-citizenship-status-reference-hint = Il commence par K10, par exemple K10/C/123456. Il est sur le reçu de la demande et sur le portail ALI.
flow-citizenship-status-birth_date = Votre date de naissance
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-citizenship-status-portal_ready = Votre SPID, ou votre CIE avec son code PIN, et le numéro de la demande (K10).

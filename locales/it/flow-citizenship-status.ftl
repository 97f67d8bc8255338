## Stato della domanda di cittadinanza: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = Numero della domanda di cittadinanza
flow-citizenship-status-reference-hint = Inizia con K10, per esempio K10/C/123456. È sulla ricevuta della domanda e nel portale ALI.
flow-citizenship-status-birth_date = La tua data di nascita
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-citizenship-status-portal_ready = Il tuo SPID o la tua CIE con il PIN, e il numero della domanda (K10).

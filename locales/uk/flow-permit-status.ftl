## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = Номер справи або "numero assicurata"
flow-permit-status-reference-hint = "Numero assicurata" (12 цифр) є вгорі на квитанції Poste; номер справи (10 символів) вам дала Questura (поліція).

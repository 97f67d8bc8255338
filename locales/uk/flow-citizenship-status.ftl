## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = Номер заяви на громадянство
flow-citizenship-status-reference-hint = Він починається з K10, наприклад K10/C/123456. Він є на квитанції про подання заяви та на порталі ALI.
flow-citizenship-status-birth_date = Ваша дата народження
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-citizenship-status-portal_ready = Ваш SPID або ваша CIE з PIN-кодом, і номер заяви (K10).

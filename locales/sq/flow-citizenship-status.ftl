## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = Numri i kërkesës për shtetësi
flow-citizenship-status-reference-hint = Fillon me K10, për shembull K10/C/123456. Është në dëftesën e kërkesës dhe në portalin ALI.
flow-citizenship-status-birth_date = Data jote e lindjes
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-citizenship-status-portal_ready = SPID-i yt, ose CIE-ja jote me PIN-in, dhe numri i kërkesës (K10).

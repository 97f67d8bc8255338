## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = Numri i kërkesës për shtetësi
flow-citizenship-status-reference-hint = Fillon me K10, për shembull K10/C/123456. Është në dëftesën e kërkesës dhe në portalin ALI.
flow-citizenship-status-birth_date = Data jote e lindjes

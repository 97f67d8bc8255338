## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = Número de tu solicitud de ciudadanía
flow-citizenship-status-reference-hint = Empieza por K10, por ejemplo K10/C/123456. Está en el recibo de la solicitud y en el portal ALI.
flow-citizenship-status-birth_date = Tu fecha de nacimiento
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-citizenship-status-portal_ready = Tu SPID, o tu CIE con su PIN, y el número de la solicitud (K10).

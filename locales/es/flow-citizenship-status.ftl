## Citizenship application status: assets/flows/citizenship-status.toml.

flow-citizenship-status-reference = Número de tu solicitud de ciudadanía
flow-citizenship-status-reference-hint = Empieza por K10, por ejemplo K10/C/123456. Está en el recibo de la solicitud y en el portal ALI.
flow-citizenship-status-birth_date = Tu fecha de nacimiento

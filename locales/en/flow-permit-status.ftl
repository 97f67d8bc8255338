## Residence permit check: assets/flows/permit-status.toml.

flow-permit-status-reference = Application number or "numero assicurata"
flow-permit-status-reference-hint = The "numero assicurata" (12 digits) is at the top of the post office receipt; the application number (10 characters) was given to you by the Questura.
